import {
  type Business,
  type BusinessList,
  ListBusinessesQuery,
  MAP_POINT_LIMIT,
  type MapPoints,
  MapQuery,
} from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';
import { businessPermissions } from '../policy';
import { presentBusiness, presentBusinessOwner, presentListItem } from '../present/businesses';
import {
  type CertificationRow,
  certificationsOf,
  findBusinessesByIds,
  mergedInto,
  ownerNamesOf,
  type SnapshotRow,
  snapshotsOf,
} from '../queries/businesses';
import { mapPoints as queryMapPoints, type SearchSort, searchBusinessIds } from '../queries/search';
import { type LoadedBusiness, loadReadableBusiness, requireRegistry } from './access';

/**
 * Lists the businesses the actor may see. Accepts the raw query too (as the bench and other
 * features call it), so defaults and coercions are the API's.
 */
export async function listBusinesses(
  ctx: ServiceContext,
  query: ListBusinessesQuery | Record<string, unknown> = {},
): Promise<BusinessList> {
  requireRegistry(ctx);
  const { page, pageSize, sort, order, ...filter } = ListBusinessesQuery.parse(query);
  const effectiveSort: SearchSort = sort ?? (filter.q ? 'relevance' : 'name');
  const effectiveOrder = order ?? (effectiveSort === 'name' ? 'asc' : 'desc');
  const found = await searchBusinessIds(
    ctx.db,
    ctx.actor,
    filter,
    effectiveSort,
    effectiveOrder,
    page,
    pageSize,
  );
  const items = await listItems(ctx.db, found.ids);
  return { items, total: found.total, totalCapped: found.totalCapped, page, pageSize };
}

/** The rows of a page; certification types come from the row (kept there by triggers). */
async function listItems(db: Queryable, ids: string[]) {
  const [rows, ownerRows] = [await findBusinessesByIds(db, ids), await ownerNamesOf(db, ids)];
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const names = ownerRows.filter((o) => o.businessId === id).map((o) => o.name);
    return [presentListItem(row, names, row.certificationTypes)];
  });
}

/** The full record as the API answers it, for an already authorized load. */
export async function businessDetail(ctx: ServiceContext, loaded: LoadedBusiness): Promise<Business> {
  const id = loaded.row.id;
  return presentDetail(ctx, loaded, {
    snapshots: await snapshotsOf(ctx.db, id),
    certifications: await certificationsOf(ctx.db, [id]),
    mergedFromIds: await mergedInto(ctx.db, id),
  });
}

export type DetailParts = {
  snapshots: SnapshotRow[];
  certifications: CertificationRow[];
  mergedFromIds: string[];
};

/** The full record from parts the caller already holds (a create knows what it just wrote). */
export function presentDetail(ctx: ServiceContext, loaded: LoadedBusiness, parts: DetailParts): Business {
  const { row, owners, scope } = loaded;
  return presentBusiness({
    row,
    owners: owners.map((o) => presentBusinessOwner(o, o.isPrimary, ctx.config.HOME_REGION_CODE)),
    ...parts,
    permissions: businessPermissions(ctx.actor, scope),
  });
}

export async function getBusiness(ctx: ServiceContext, id: string): Promise<Business> {
  return businessDetail(ctx, await loadReadableBusiness(ctx, id));
}

/** Like getBusiness, but a merged record answers with where it went instead of an error. */
export async function resolveBusiness(
  ctx: ServiceContext,
  id: string,
): Promise<{ kind: 'business'; business: Business } | { kind: 'merged'; mergedIntoId: string }> {
  const loaded = await loadReadableBusiness(ctx, id, { allowMerged: true });
  if (loaded.row.mergedIntoId) return { kind: 'merged', mergedIntoId: loaded.row.mergedIntoId };
  return { kind: 'business', business: await businessDetail(ctx, loaded) };
}

export async function listMapPoints(
  ctx: ServiceContext,
  query: MapQuery | Record<string, unknown> = {},
): Promise<MapPoints> {
  requireRegistry(ctx);
  const filter = MapQuery.parse(query);
  const rows = await queryMapPoints(ctx.db, ctx.actor, filter, MAP_POINT_LIMIT);
  return {
    items: rows.slice(0, MAP_POINT_LIMIT).map((r) => ({
      id: r.id,
      name: r.name,
      subsector: r.subsector as MapPoints['items'][number]['subsector'],
      lat: Number(r.lat),
      lng: Number(r.lng),
    })),
    truncated: rows.length > MAP_POINT_LIMIT,
  };
}
