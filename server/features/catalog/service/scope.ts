import type { Queryable } from '#server/db/client';
import { businessFactsFor, type CatalogBusinessFacts } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, forbidden, notFound } from '#server/lib/errors';
import { type CatalogScope, canUseCatalog, canWorkOnBusiness } from '../policy';
import { findProduct, type ProductRow } from '../queries/products';

export const scopeOf = (facts: CatalogBusinessFacts): CatalogScope => ({
  districtCode: facts.districtCode,
  ownerUserIds: facts.ownerUserIds,
  live: facts.live,
});

export function requireCatalog(ctx: ServiceContext) {
  if (!canUseCatalog(ctx.actor)) throw forbidden();
  return ctx.actor!;
}

export async function factsById(db: Queryable, ids: readonly string[]) {
  const rows = await businessFactsFor(db, [...new Set(ids)]);
  return new Map(rows.map((r) => [r.id, r]));
}

/** A business the actor may work on, or 404 (out of scope looks like missing). */
export async function loadWorkableBusiness(ctx: ServiceContext, businessId: string, field?: string) {
  requireCatalog(ctx);
  const [facts] = await businessFactsFor(ctx.db, [businessId]);
  if (!facts || !canWorkOnBusiness(ctx.actor, scopeOf(facts))) {
    if (field) throw fieldError(field, 'catalog:fields.business');
    throw notFound();
  }
  return facts;
}

export type LoadedProduct = { row: ProductRow; facts: CatalogBusinessFacts; scope: CatalogScope };

/** A product of a business the actor may work on, or 404. */
export async function loadProduct(
  ctx: ServiceContext,
  id: string,
  db: Queryable = ctx.db,
): Promise<LoadedProduct> {
  requireCatalog(ctx);
  const row = await findProduct(db, id);
  if (!row) throw notFound();
  const [facts] = await businessFactsFor(db, [row.businessId]);
  if (!facts) throw notFound();
  const scope = scopeOf(facts);
  if (!canWorkOnBusiness(ctx.actor, scope)) throw notFound();
  return { row, facts, scope };
}
