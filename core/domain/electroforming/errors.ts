/**
 * How the electroforming core refuses input: it throws one `ElectroformingInputError`
 * carrying every problem found (not only the first), each naming the field and an i18n key
 * with its interpolation params. The server maps it to `AppError('calculation_invalid')`
 * with `details.fields` (HTTP 400); the web translates the keys itself.
 *
 * Practical-window problems are never errors: they come back as `warnings` on a result.
 */

export type IssueParams = Record<string, string | number>;

export type InputIssue = {
  /** Dotted path of the input field, e.g. `areaCm2` or `steps.1.minutes`. */
  field: string;
  /** Full i18n key, e.g. `electroforming:errors.areaRange`. */
  key: string;
  params: IssueParams;
};

export const ERROR_NAMESPACE = 'electroforming';

export const errorKey = (name: string): string => `${ERROR_NAMESPACE}:errors.${name}`;

export class ElectroformingInputError extends Error {
  /** The `core/errors.ts` code the server answers with. */
  readonly code = 'calculation_invalid' as const;
  readonly issues: readonly InputIssue[];

  constructor(issues: readonly InputIssue[]) {
    super(issues.map((issue) => `${issue.field}: ${issue.key}`).join('; ') || 'invalid electroforming input');
    this.name = 'ElectroformingInputError';
    this.issues = issues;
  }
}

export function isElectroformingInputError(error: unknown): error is ElectroformingInputError {
  return error instanceof ElectroformingInputError;
}
