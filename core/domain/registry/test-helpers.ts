import { type IssueCode, issueCode, type ParseResult } from './issues';

/** Codes of a failed result, or of a success's warnings, for compact assertions. */
export function codesOf<T>(result: ParseResult<T>): IssueCode[] {
  return (result.ok ? result.warnings : result.issues).map(issueCode);
}

export function okValue<T>(result: ParseResult<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${codesOf(result).join(', ')}`);
  return result.value;
}

export function errorOf<T>(result: ParseResult<T>): IssueCode {
  if (result.ok) throw new Error(`expected failure, got ${JSON.stringify(result.value)}`);
  return issueCode(result.issues[0]);
}
