import type { Socket } from 'node:net';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody, ErrorCode } from '#core/errors';
import { fieldLabel, type IssueLike, localizeIssues } from '#core/i18n/issues';
import type { Locale } from '#core/i18n/locales';
import { AppError } from './errors';
import { requestLocale, translate } from './i18n';

function body(code: ErrorCode, message: string, details?: ErrorBody['error']['details']): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

type ValidationError = FastifyError & {
  validation?: IssueLike[];
  validationContext?: string;
};

function mapFastifyError(error: ValidationError, locale: Locale): { status: number; payload: ErrorBody } {
  if (error.validation) {
    const context =
      error.validationContext && error.validationContext !== 'body' ? [error.validationContext] : [];
    const fields = localizeIssues(
      error.validation,
      locale,
      (key, params) => translate(locale, key, params),
      context,
    );
    return {
      status: 400,
      payload: body('validation_failed', translate(locale, 'errors:codes.validation_failed'), { fields }),
    };
  }
  const status = error.statusCode ?? 500;
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH' || status === 414)
    return { status: 414, payload: body('bad_request', translate(locale, 'errors:url.too_long')) };
  const code: ErrorCode =
    error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError
      ? 'invalid_json'
      : status === 413
        ? 'payload_too_large'
        : status === 415
          ? 'unsupported_media_type'
          : status === 429
            ? 'rate_limited'
            : status === 404
              ? 'not_found'
              : status < 500
                ? 'bad_request'
                : 'internal';
  const effectiveStatus = code === 'invalid_json' ? 400 : status;
  return { status: effectiveStatus, payload: body(code, translate(locale, `errors:codes.${code}`)) };
}

/** Answers any error in the one documented shape `{ error: { code, message, details? } }`. */
/** An AppError as the body the API answers with, translated (also one item's refusal in a batch). */
export function appErrorBody(error: AppError, locale: Locale): ErrorBody {
  const details = error.details?.fields
    ? {
        ...error.details,
        fields: error.details.fields.map(({ path, code, message, params }) => ({
          path,
          code,
          message: translate(locale, message, {
            field: fieldLabel(path, (key, p) => translate(locale, key, p)),
            ...params,
          }),
        })),
      }
    : error.details;
  return body(error.code, translate(locale, error.message, error.params), details);
}

export function sendError(error: FastifyError | AppError, request: FastifyRequest, reply: FastifyReply) {
  const locale = requestLocale(request);
  if (error instanceof AppError) {
    const payload = appErrorBody(error, locale);
    if (error.status >= 500) request.log.error({ err: error }, 'app error');
    const retry = payload.error.details?.retryAfterSeconds;
    if (retry) reply.header('retry-after', String(retry));
    return reply.status(error.status).send(payload);
  }
  const { status, payload } = mapFastifyError(error as ValidationError, locale);
  if (status >= 500) request.log.error({ err: error }, 'unhandled error');
  else request.log.info({ code: payload.error.code, fastifyCode: error.code }, 'request refused');
  return reply.status(status).send(payload);
}

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => sendError(error, request, reply));
}

/**
 * Errors the router raises before any route or hook runs (a malformed URL, an over-long
 * path parameter): Fastify's `frameworkErrors` option, so they answer in the same shape.
 */
export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  return sendError(error, request, reply);
}

/** A request too broken to parse as HTTP: answered on the socket, still in the one shape. */
export function clientErrorHandler(error: NodeJS.ErrnoException, socket: Socket) {
  if (!socket.writable) return socket.destroy(error);
  const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
  const payload = JSON.stringify(body('bad_request', translate('id', 'errors:codes.bad_request')));
  socket.end(
    `HTTP/1.1 ${status} ${status === 431 ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
      `Connection: close\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(payload)}\r\n\r\n${payload}`,
  );
}
