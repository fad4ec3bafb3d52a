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
export const zodValidatorCompiler =
  ({ schema }: { schema: ZodType }) =>
  (data: unknown) => {
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
