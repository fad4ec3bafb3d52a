import type {
  FastifyBaseLogger,
  FastifyInstance,
  RawReplyDefaultExpression,
  RawRequestDefaultExpression,
  RawServerDefault,
} from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { ZodType } from 'zod';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

/** A feature's routes: a plain async function registered under /api. */
export type RoutesPlugin = (app: App) => Promise<void>;

/** Validates with zod and hands the raw issues to the error handler, which translates them. */
/** Paths of the strings holding a NUL: neither PostgreSQL text nor PGlite can store one. */
function nulPaths(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) out.push(path);
  } else if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) nulPaths(item, [...path, i], out);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) nulPaths(item, [...path, key], out);
  }
  return out;
}

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
    const result = schema.safeParse(data);
    if (result.success) return { value: result.data };
    // Raw zod issues travel as `error.validation`; the error handler localizes them.
    return {
      error: result.error.issues.map((i) => ({
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
