import { type BusinessFacts, businessFacts, readableBusinessIds } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { forbidden, notFound } from '#server/lib/errors';
import { canReadVisit } from '../policy';
import { scopeOf } from '../present';
import { findVisit, type VisitRow } from '../queries/visits';

export type LoadedVisit = { row: VisitRow; business: BusinessFacts };

/** Facts of one business, by id (unknown → undefined). */
export async function factsOf(ctx: ServiceContext, businessId: string) {
  const [facts] = await businessFacts(ctx.db, [businessId]);
  return facts;
}

/** Facts of many businesses, by id. */
export async function factsById(ctx: ServiceContext, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  return new Map((await businessFacts(ctx.db, unique)).map((f) => [f.id, f]));
}

/** A visit the actor may read: 404 when unknown, 403 outside the actor's scope. */
export async function loadVisit(ctx: ServiceContext, id: string): Promise<LoadedVisit> {
  if (!ctx.actor) throw forbidden();
  const row = await findVisit(ctx.db, id);
  if (!row) throw notFound();
  const business = await factsOf(ctx, row.businessId);
  if (!business) throw notFound();
  if (!canReadVisit(ctx.actor, scopeOf(row, business))) throw forbidden();
  return { row, business };
}

/** The businesses a write may touch, checked again inside the write's statement (null: any). */
export const writeScope = (ctx: ServiceContext) =>
  ctx.actor?.role === 'admin' ? null : readableBusinessIds(ctx.actor);
