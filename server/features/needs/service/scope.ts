import type { SQL } from 'drizzle-orm';
import { readableBusinessIds } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { canManageNeeds, canReadNeeds } from '../policy';

/** The businesses the asker may read (null: every business). Refuses who may not read at all. */
export function readScope(ctx: ServiceContext): SQL | null {
  if (!canReadNeeds(ctx.actor)) throw forbidden();
  return ctx.actor?.role === 'admin' ? null : readableBusinessIds(ctx.actor);
}

/** The businesses the asker may record needs and support for (null: every business). */
export function writeScope(ctx: ServiceContext): SQL | null {
  if (!canManageNeeds(ctx.actor)) throw forbidden();
  return ctx.actor?.role === 'admin' ? null : readableBusinessIds(ctx.actor);
}

export const pageOf = (q: { page: number; pageSize: number }) => ({
  limit: q.pageSize,
  offset: (q.page - 1) * q.pageSize,
});
