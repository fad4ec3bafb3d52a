/**
 * Every problem these functions report is an i18n key in the `registry-validation`
 * namespace plus interpolation params, so the server (import report, API errors) and the web
 * (inline form errors) translate the same reason the same way. The catalogs in
 * core/i18n/{id,en}/registry-validation.json must hold exactly these codes; a test enforces it.
 */
export const ISSUE_NAMESPACE = 'registry-validation';

export const ISSUE_CODES = [
  'common.empty',
  'common.invalidType',
  'common.excelError',
  'nik.digits',
  'nik.length',
  'nik.precisionLost',
  'nik.province',
  'nik.region',
  'nik.day',
  'nik.month',
  'nik.date',
  'nik.future',
  'nik.serial',
  'nik.regionOutside',
  'nib.digits',
  'nib.length',
  'nib.placeholder',
  'npwp.digits',
  'npwp.length',
  'npwp.placeholder',
  'npwp.precisionLost',
  'npwp.leadingZeroRestored',
  'kbli.digits',
  'kbli.length',
  'kbli.version',
  'phone.noDigits',
  'phone.invalid',
  'phone.notIndonesian',
  'phone.mobileTooShort',
  'phone.mobileTooLong',
  'phone.mobilePrefix',
  'phone.landlineLength',
  'phone.missingAreaCode',
  'phone.multiple',
  'phone.areaCodeAssumed',
  'phone.extensionDropped',
  'money.invalid',
  'money.negative',
  'money.range',
  'money.ambiguous',
  'money.tooLarge',
  'money.approximate',
  'money.rounded',
  'money.period',
  'number.invalid',
  'integer.invalid',
  'integer.negative',
  'integer.notWhole',
  'integer.multiple',
  'integer.tooSmall',
  'integer.tooLarge',
  'year.invalid',
  'year.tooEarly',
  'year.tooLate',
  'date.invalid',
  'date.monthFirst',
  'date.incomplete',
  'date.yearOnly',
  'date.excelPhantom',
  'date.outOfRange',
  'region.notFound',
  'region.ambiguous',
  'region.fuzzy',
  'legalForm.unknown',
  'subsector.unmapped',
  'gender.unknown',
  'education.unknown',
  'certification.unknown',
  'exportStatus.unknown',
  'yesNo.unknown',
  'header.notFound',
  'header.noBusinessName',
  'header.unrecognized',
  'header.duplicate',
] as const;

export type IssueCode = (typeof ISSUE_CODES)[number];
export type IssueKey = `${typeof ISSUE_NAMESPACE}:${IssueCode}`;
export type IssueParams = Record<string, string | number>;

export type Issue = {
  key: IssueKey;
  params?: IssueParams;
};

/**
 * Failures carry every error found (a NIK can have a bad day and a bad month at once);
 * successes may carry warnings the importer reports without refusing the row.
 */
export type ParseResult<T> = { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] };

export function issue(code: IssueCode, params?: IssueParams): Issue {
  const key: IssueKey = `${ISSUE_NAMESPACE}:${code}`;
  return params ? { key, params } : { key };
}

export function ok<T>(value: T, warnings: Issue[] = []): ParseResult<T> {
  return { ok: true, value, warnings };
}

export function fail<T>(code: IssueCode, params?: IssueParams): ParseResult<T> {
  return { ok: false, issues: [issue(code, params)] };
}

export function failWith<T>(issues: Issue[]): ParseResult<T> {
  return { ok: false, issues };
}

/** The code without namespace, handy in tests and switch statements. */
export function issueCode(value: Issue): IssueCode {
  return value.key.slice(ISSUE_NAMESPACE.length + 1) as IssueCode;
}
