import type { ErrorCode, ErrorDetails } from '#core/errors';

const DEFAULT_STATUS: Record<ErrorCode, number> = {
  bad_request: 400,
  invalid_json: 400,
  json_too_deep: 400,
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  account_inactive: 403,
  not_found: 404,
  conflict: 409,
  setup_already_done: 409,
  setup_required: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  calculation_invalid: 400,
  import_failed: 400,
  idempotency_key_reused: 422,
  idempotency_in_progress: 409,
  too_many_attempts: 429,
  rate_limited: 429,
  internal: 500,
};

export type AppErrorOptions = {
  status?: number;
  details?: ErrorDetails;
  /** Interpolation values for `message` when it is an i18n key. */
  params?: Record<string, unknown>;
};

/**
 * The one error type of the server. `message` is an i18n key (`ns:path`) or plain text;
 * the error handler translates keys into the requester's language.
 */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: ErrorDetails;
  readonly params?: Record<string, unknown>;

  constructor(code: ErrorCode, message?: string, options: AppErrorOptions = {}) {
    super(message ?? `errors:codes.${code}`);
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? DEFAULT_STATUS[code];
    this.details = options.details;
    this.params = options.params;
  }
}

/** `params` fill the message's placeholders (`{{code}}`); a key with placeholders needs them. */
export const notFound = (message = 'errors:codes.not_found', params?: Record<string, unknown>) =>
  new AppError('not_found', message, { params });
export const forbidden = (message = 'errors:codes.forbidden', params?: Record<string, unknown>) =>
  new AppError('forbidden', message, { params });

/** A field-level validation failure raised by a service (after zod has passed). */
export function fieldError(path: string, messageKey: string, params?: Record<string, unknown>): AppError {
  return new AppError('validation_failed', 'errors:codes.validation_failed', {
    details: { fields: [{ path, code: 'custom', message: messageKey, ...(params ? { params } : {}) }] },
  });
}
