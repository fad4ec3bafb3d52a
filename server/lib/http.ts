import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';
import { MESSAGE_PARSE } from '#core/i18n/issues';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A feature's routes: a plain async function registered under /api. */
export type RoutesPlugin = (app: App) => Promise<void>;

/** At most this many issues travel back: enough to fix a form, not a megabyte of echoes. */
export const MAX_ISSUES = 50;

type Frame = { value: unknown; key: PropertyKey | null; parent: Frame | null };

function pathOf(frame: Frame): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let f: Frame | null = frame; f !== null && f.key !== null; f = f.parent) path.push(f.key);
  return path.reverse();
}

/**
 * Paths of the strings holding a NUL: neither PostgreSQL text nor PGlite can store one.
 * Iterative and linear: each value is visited once and a path is only built for a hit
 * (the body's depth is already bounded by the JSON parser, see json-body.ts).
 */
export function nulPaths(value: unknown, limit = MAX_ISSUES): PropertyKey[][] {
  const out: PropertyKey[][] = [];
  const stack: Frame[] = [{ value, key: null, parent: null }];
  while (stack.length > 0 && out.length < limit) {
    const frame = stack.pop() as Frame;
    const v = frame.value;
    if (typeof v === 'string') {
      if (v.includes('\u0000')) out.push(pathOf(frame));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: frame });
    } else if (v !== null && typeof v === 'object') {
      const entries = Object.entries(v);
      for (let i = entries.length - 1; i >= 0; i--)
        stack.push({ value: entries[i][1], key: entries[i][0], parent: frame });
    }
  }
  return out;
}

/** Validates with zod and hands the raw issues to the error handler, which translates them. */
export const zodValidatorCompiler =
  ({ schema }: { schema: ZodType }) =>
  (data: unknown) => {
    const nul = nulPaths(data);
    if (nul.length > 0)
      return {
        error: nul.map((path) => ({
          keyword: 'custom',
          instancePath: '',
          schemaPath: '',
          params: {},
          code: 'custom',
          path,
          message: 'errors:fields.null_character',
        })),
      };
    const result = schema.safeParse(data, MESSAGE_PARSE);
    if (result.success) return { value: result.data };
    // Raw zod issues travel as `error.validation`; the error handler localizes them.
    return {
      error: result.error.issues.slice(0, MAX_ISSUES).map((i) => ({
        keyword: i.code,
        instancePath: '',
        schemaPath: '',
        params: {},
        ...i,
      })),
    };
  };

export function toIso(value: Date | null | undefined): string | null {
  return value ? value.toISOString() : null;
}
