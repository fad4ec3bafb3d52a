/**
 * How the electroforming core refuses input: it throws one `ElectroformingInputError`
 * carrying every problem found (not only the first), each naming the field and an i18n key
 * with its interpolation params. The server answers 400 with `details.fields`; the web
 * translates the keys itself.
 *
 * `reason` tells the two kinds apart: `input` — a figure the math cannot take (out of range,
 * missing); `rule` — figures that are each fine but break a rule of a plan or a costing
 * (a strike thicker than the target, a reading-based costing without readings).
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

export type RefusalReason = 'input' | 'rule';

export class ElectroformingInputError extends Error {
  readonly issues: readonly InputIssue[];
  readonly reason: RefusalReason;

  constructor(issues: readonly InputIssue[], reason: RefusalReason = 'input') {
    super(issues.map((issue) => `${issue.field}: ${issue.key}`).join('; ') || 'invalid electroforming input');
    this.name = 'ElectroformingInputError';
    this.issues = issues;
    this.reason = reason;
  }
}

export function isElectroformingInputError(error: unknown): error is ElectroformingInputError {
  return error instanceof ElectroformingInputError;
}

/** The same refusal with every field under `prefix` (`plan` → `plan.steps.0.currentA`). */
export function prefixIssues(error: ElectroformingInputError, prefix: string): ElectroformingInputError {
  if (!prefix) return error;
  return new ElectroformingInputError(
    error.issues.map((issue) => ({ ...issue, field: `${prefix}.${issue.field}` })),
    error.reason,
  );
}

/** Runs core math; its refusals come back with their fields under `prefix`. */
export function withPrefix<T>(prefix: string, fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (isElectroformingInputError(error)) throw prefixIssues(error, prefix);
    throw error;
  }
}

/** A refusal of one field by a rule of a plan or a costing. */
export const ruleError = (field: string, key: string, params: IssueParams = {}) =>
  new ElectroformingInputError([{ field, key, params }], 'rule');
