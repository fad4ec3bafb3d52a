import { type DuplicateCandidate, type DuplicateList, DuplicatesQuery } from '#core/schemas/registry';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { piiFor } from '#server/lib/pii';
import { canReadBusiness } from '../policy';
import { findBusinessesByIds, ownersOfBusinesses } from '../queries/businesses';
import { liveByNib, liveByOwnerNikHash, liveBySimilarName } from '../queries/duplicates';
import { requireRegistry } from './access';

/*
 * Search before create. Three signals: the same NIB, an owner with the same NIK (compared by
 * keyed hash), or a similar name nearby (same kelurahan, else same kecamatan).
 */

export const NAME_SIMILARITY_THRESHOLD = 0.45;

type Hit = { id: string; reasons: Set<DuplicateCandidate['reasons'][number]>; similarity: number };

export async function findDuplicates(
  ctx: ServiceContext,
  rawQuery: DuplicatesQuery | Record<string, unknown>,
): Promise<DuplicateList> {
  const actor = requireRegistry(ctx);
  if (actor.role === 'ikm_owner') throw forbidden();
  const query = DuplicatesQuery.parse(rawQuery);
  const hits = new Map<string, Hit>();
  const add = (id: string, reason: DuplicateCandidate['reasons'][number], similarity = 0) => {
    const hit = hits.get(id) ?? { id, reasons: new Set(), similarity: 0 };
    hit.reasons.add(reason);
    hit.similarity = Math.max(hit.similarity, similarity);
    hits.set(id, hit);
  };
  const probe = { name: query.name, excludeId: query.excludeId };
  if (query.nib) for (const r of await liveByNib(ctx.db, query.nib, probe)) add(r.id, 'nib', r.sim);
  if (query.nik) {
    const hash = piiFor(ctx.config.secrets.encryptionKey).hashNik(query.nik);
    for (const r of await liveByOwnerNikHash(ctx.db, hash, probe)) add(r.id, 'nik', r.sim);
  }
  if (query.name) {
    const near = {
      ...probe,
      name: query.name,
      villageCode: query.villageCode,
      districtCode: query.districtCode,
    };
    for (const r of await liveBySimilarName(ctx.db, near, NAME_SIMILARITY_THRESHOLD, query.limit))
      add(r.id, 'similar_name', r.sim);
  }

  const weight = (h: Hit) => (h.reasons.has('nib') ? 4 : 0) + (h.reasons.has('nik') ? 2 : 0) + h.similarity;
  const ranked = [...hits.values()].sort((a, b) => weight(b) - weight(a)).slice(0, query.limit);
  const ids = ranked.map((h) => h.id);
  const rows = await findBusinessesByIds(ctx.db, ids);
  const ownerRows = await ownersOfBusinesses(ctx.db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items: DuplicateCandidate[] = [];
  const elsewhere = { count: 0, reasons: new Set<DuplicateCandidate['reasons'][number]>() };
  for (const hit of ranked) {
    const row = byId.get(hit.id);
    if (!row) continue;
    const owners = ownerRows.filter((o) => o.businessId === row.id);
    const scope = {
      districtCode: row.districtCode,
      ownerUserIds: owners.flatMap((o) => (o.owner.userId ? [o.owner.userId] : [])),
    };
    // Outside one's scope: that a match exists and why, nothing that says which record it is.
    if (!canReadBusiness(actor, scope)) {
      elsewhere.count++;
      for (const r of hit.reasons) elsewhere.reasons.add(r);
      continue;
    }
    items.push({
      id: row.id,
      name: row.name,
      brand: row.brand,
      districtCode: row.districtCode,
      districtName: row.districtName,
      villageCode: row.villageCode,
      villageName: row.villageName,
      nib: row.nib,
      ownerNames: owners.map((o) => o.owner.name),
      reasons: [...hit.reasons],
      similarity: Math.round(hit.similarity * 100) / 100,
      inScope: true,
    });
  }
  return { items, elsewhere: { count: elsewhere.count, reasons: [...elsewhere.reasons] } };
}
