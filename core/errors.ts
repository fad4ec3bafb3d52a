/**
 * The closed set of error codes the API answers with. The web maps each code to a
 * translated text (`errors:codes.<code>` in core/i18n), so a new code needs both catalogs.
 */
export const ERROR_CODES = [
  'bad_request',
  'invalid_json',
  'json_too_deep',
  'validation_failed',
  'unauthenticated',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'setup_already_done',
  'setup_required',
  'invalid_credentials',
  'account_inactive',
  'too_many_attempts',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'calculation_invalid',
  'import_failed',
  'idempotency_key_reused',
  'idempotency_in_progress',
  'internal',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** One problem with one field of the input; `path` is the dotted field path, `message` already translated. */
export type FieldIssue = {
  path: string;
  code: string;
  message: string;
  /** Interpolation values while `message` is still a catalog key (server side only). */
  params?: Record<string, unknown>;
};

export type ErrorDetails = {
  fields?: FieldIssue[];
  retryAfterSeconds?: number;
  [key: string]: unknown;
};

export type ErrorBody = {
  error: {
    code: ErrorCode;
    message: string;
    details?: ErrorDetails;
  };
};

export function isErrorBody(value: unknown): value is ErrorBody {
  return (
    typeof value === 'object' &&
    value !== null &&
    'error' in value &&
    typeof (value as ErrorBody).error?.code === 'string'
  );
}
