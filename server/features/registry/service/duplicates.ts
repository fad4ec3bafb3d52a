import { type SQL, sql } from 'drizzle-orm';
import { type DuplicateCandidate, type DuplicateList, DuplicatesQuery } from '#core/schemas/registry';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { piiFor } from '#server/lib/pii';
import { canReadBusiness } from '../policy';
import { findBusinessesByIds, ownersOfBusinesses } from '../queries/businesses';
import { LIVE, rowsOf } from '../queries/scope';
import { requireRegistry } from './access';

/*
 * Search before create. Three signals: the same NIB, an owner with the same NIK (compared by
 * keyed hash), or a similar name nearby (same kelurahan, else same kecamatan). Names are
 * compared without legal forms and generic words, so "UD Daun Tembaga" meets "Daun Tembaga"
 * (1.0) while "Kerajinan Kayu" and "Kerajinan Kulit" stay apart (0.1 instead of 0.48).
 */

export const NAME_SIMILARITY_THRESHOLD = 0.45;

const GENERIC_WORDS =
  'ud|cv|pt|pd|fa|kop|koperasi|kud|ikm|ukm|umkm|irt|toko|usaha|kerajinan|industri|produksi|sentra|home|industry';
const bare = (expr: SQL) =>
  sql`btrim(regexp_replace(regexp_replace(lower(${expr}), ${`\\m(${GENERIC_WORDS})\\M\\.?`}, ' ', 'g'), '\\s+', ' ', 'g'))`;

/** Name similarity on bare names, falling back to the full names when nothing is left. */
function nameSimilarity(column: SQL, name: string): SQL {
  const b = bare(column);
  const q = bare(sql`${name}::text`);
  return sql`CASE WHEN ${b} = '' OR ${q} = '' THEN similarity(lower(${column}), lower(${name}::text))
    ELSE similarity(${b}, ${q}) END`;
}

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
  const exclude = query.excludeId ? sql`AND b.id <> ${query.excludeId}` : sql``;
  const similarityOf = query.name ? nameSimilarity(sql`b.name`, query.name) : sql`0`;

  if (query.nib) {
    const rows = await ctx.db.execute(sql`SELECT b.id, ${similarityOf} AS sim FROM businesses b
      WHERE ${LIVE} AND b.nib = ${query.nib} ${exclude}`);
    for (const r of rowsOf<{ id: string; sim: number }>(rows)) add(r.id, 'nib', Number(r.sim));
  }
  if (query.nik) {
    const hash = piiFor(ctx.config.secrets.encryptionKey).hashNik(query.nik);
    const rows = await ctx.db.execute(sql`SELECT DISTINCT b.id, ${similarityOf} AS sim FROM businesses b
      JOIN business_owners bo ON bo.business_id = b.id JOIN owners o ON o.id = bo.owner_id
      WHERE ${LIVE} AND o.nik_hash = ${hash} ${exclude}`);
    for (const r of rowsOf<{ id: string; sim: number }>(rows)) add(r.id, 'nik', Number(r.sim));
  }
  if (query.name) {
    // Nearby first; with no place given, the trigram index narrows the whole register.
    const near = query.villageCode
      ? sql`b.village_code = ${query.villageCode}`
      : query.districtCode
        ? sql`b.district_code = ${query.districtCode}`
        : sql`b.name % ${query.name}`;
    const rows = await ctx.db.execute(sql`SELECT id, sim FROM (
        SELECT b.id, ${similarityOf} AS sim FROM businesses b WHERE ${LIVE} AND ${near} ${exclude}
      ) s WHERE sim >= ${NAME_SIMILARITY_THRESHOLD} ORDER BY sim DESC LIMIT ${query.limit}`);
    for (const r of rowsOf<{ id: string; sim: number }>(rows)) add(r.id, 'similar_name', Number(r.sim));
  }

  const weight = (h: Hit) => (h.reasons.has('nib') ? 4 : 0) + (h.reasons.has('nik') ? 2 : 0) + h.similarity;
  const ranked = [...hits.values()].sort((a, b) => weight(b) - weight(a)).slice(0, query.limit);
  const ids = ranked.map((h) => h.id);
  const rows = await findBusinessesByIds(ctx.db, ids);
  const ownerRows = await ownersOfBusinesses(ctx.db, ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ranked.flatMap((hit): DuplicateCandidate[] => {
    const row = byId.get(hit.id);
    if (!row) return [];
    const inScope = canReadBusiness(actor, { districtCode: row.districtCode, ownerUserIds: [] });
    const base = {
      id: row.id,
      name: row.name,
      districtCode: row.districtCode,
      districtName: row.districtName,
      reasons: [...hit.reasons],
      similarity: Math.round(hit.similarity * 100) / 100,
      inScope,
    };
    // Outside one's kecamatan: enough to know the record exists and whom to ask, no more.
    if (!inScope)
      return [{ ...base, brand: null, villageCode: null, villageName: null, nib: null, ownerNames: [] }];
    return [
      {
        ...base,
        brand: row.brand,
        villageCode: row.villageCode,
        villageName: row.villageName,
        nib: row.nib,
        ownerNames: ownerRows.filter((o) => o.businessId === row.id).map((o) => o.owner.name),
      },
    ];
  });
  return { items };
}
