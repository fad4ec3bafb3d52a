import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';
import type { ErrorBody, ErrorCode, FieldIssue } from '../../core/errors';
import type { Locale } from '../../core/i18n/locales';
import { AppError } from './errors';
import { isMessageKey, requestLocale, translate } from './i18n';

type IssueLike = {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  params?: Record<string, unknown>;
  [key: string]: unknown;
};

const zodLocales = { id: z.locales.id(), en: z.locales.en() } as const;

/** Turns zod issues into translated, field-level issues (one per unknown key). */
export function localizeIssues(issues: readonly IssueLike[], locale: Locale, prefix: string[] = []): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        out.push({
          path: [...base, key].join('.'),
          code: 'unrecognized_key',
          message: translate(locale, 'errors:fields.unknown_field', { field: key }),
        });
      }
      continue;
    }
    let message: string;
    if (isMessageKey(issue.message)) {
      message = translate(locale, issue.message, { ...issue, ...(issue.params ?? {}) });
    } else {
      const generated = zodLocales[locale].localeError?.(issue as unknown as $ZodRawIssue);
      message = typeof generated === 'string' ? generated : (generated?.message ?? issue.message);
    }
    out.push({ path: base.join('.') || '(root)', code: issue.code, message });
  }
  return out;
}

function body(code: ErrorCode, message: string, details?: ErrorBody['error']['details']): ErrorBody {
  return { error: { code, message, ...(details ? { details } : {}) } };
}

type ValidationError = FastifyError & {
  validation?: IssueLike[];
  validationContext?: string;
};

function mapFastifyError(error: ValidationError, locale: Locale): { status: number; payload: ErrorBody } {
  if (error.validation) {
    const context = error.validationContext && error.validationContext !== 'body' ? [error.validationContext] : [];
    const fields = localizeIssues(error.validation, locale, context);
    return {
      status: 400,
      payload: body('validation_failed', translate(locale, 'errors:codes.validation_failed'), { fields }),
    };
  }
  const status = error.statusCode ?? 500;
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

export function registerErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const locale = requestLocale(request);
    if (error instanceof AppError) {
      const details = error.details?.fields
        ? {
            ...error.details,
            fields: error.details.fields.map((f) => ({
              ...f,
              message: translate(locale, f.message, (f as { params?: Record<string, unknown> }).params),
            })),
          }
        : error.details;
      if (error.status >= 500) request.log.error({ err: error }, 'app error');
      if (details?.retryAfterSeconds) reply.header('retry-after', String(details.retryAfterSeconds));
      return reply.status(error.status).send(body(error.code, translate(locale, error.message, error.params), details));
    }
    const { status, payload } = mapFastifyError(error as ValidationError, locale);
    if (status >= 500) request.log.error({ err: error }, 'unhandled error');
    else request.log.info({ code: payload.error.code, fastifyCode: error.code }, 'request refused');
    return reply.status(status).send(payload);
  });
}
