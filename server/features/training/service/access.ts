import type { ServiceContext } from '#server/lib/context';
import { AppError, notFound } from '#server/lib/errors';
import { canViewEvent } from '../policy';
import { findEvent } from '../queries/events';

export function requireActor(ctx: ServiceContext) {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

/** An event the actor may see, or 404 (an event a trainer is not assigned to is not disclosed). */
export async function loadViewableEvent(ctx: ServiceContext, id: string) {
  requireActor(ctx);
  const row = await findEvent(ctx.db, id);
  if (!row || !canViewEvent(ctx.actor, row)) throw notFound('training:errors.eventNotFound');
  return row;
}

export async function loadAnyEvent(ctx: ServiceContext, id: string) {
  const row = await findEvent(ctx.db, id);
  if (!row) throw notFound('training:errors.eventNotFound');
  return row;
}
