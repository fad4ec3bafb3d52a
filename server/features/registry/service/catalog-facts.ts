import type { Queryable } from '#server/db/client';
import type { Actor } from '#server/lib/context';
import {
  type CatalogFactsRow,
  catalogFactsOf,
  namedBusinessesIn,
  visibleBusinessIds,
} from '../queries/catalog-facts';

export type CatalogBusinessFacts = CatalogFactsRow;

/**
 * Public facts of businesses for the catalog (no personal data of owners) with the scope its
 * access rules need. Read-only and unauthorized: the caller decides who sees what.
 */
export const businessFactsFor = (db: Queryable, ids: readonly string[]) => catalogFactsOf(db, ids);

/** The businesses an actor may see in the registry, as a subquery of ids (same rules as the registry's policy). */
export function businessIdsVisibleTo(actor: Actor | null) {
  if (actor?.role === 'admin') return visibleBusinessIds({ kind: 'all' });
  if (actor?.role === 'officer')
    return visibleBusinessIds({ kind: 'kecamatan', codes: actor.kecamatanCodes });
  if (actor?.role === 'ikm_owner') return visibleBusinessIds({ kind: 'linkedAccount', userId: actor.id });
  return visibleBusinessIds({ kind: 'none' });
}

/** Every live business, as a subquery of ids (what public pages may show products of). */
export const liveBusinessIds = () => visibleBusinessIds({ kind: 'all' });

/** Up to `limit` businesses the actor may see, by name (pickers of other features). */
export const visibleBusinessNames = (db: Queryable, actor: Actor | null, q: string, limit = 50) =>
  namedBusinessesIn(db, businessIdsVisibleTo(actor), q.trim(), limit);
