import { type SQL, sql } from 'drizzle-orm';
import { SPELLING_RULES } from '#core/domain/registry';
import type { Queryable } from '#server/db/client';
import { LIVE } from './live';
import { rowsOf } from './scope';

/*
 * Search before create: live businesses with the same NIB, an owner with the same NIK hash, or
 * a similar name nearby. Names are compared without legal forms and generic words, so
 * "UD Daun Tembaga" meets "Daun Tembaga" (1.0) while "Kerajinan Kayu" and "Kerajinan Kulit"
 * stay apart (0.1 instead of 0.48).
 */

const GENERIC_WORDS =
  'ud|cv|pt|pd|fa|kop|koperasi|kud|ikm|ukm|umkm|irt|toko|usaha|kerajinan|industri|produksi|sentra|home|industry';
const bare = (expr: SQL) =>
  sql`btrim(regexp_replace(regexp_replace(lower(${expr}), ${`\\m(${GENERIC_WORDS})\\M\\.?`}, ' ', 'g'), '\\s+', ' ', 'g'))`;

/** The import's spelling fold (core SPELLING_RULES: oe→u, dj→j, tj→c, …) as SQL on lower-case text. */
export const spellingFoldSql = (expr: SQL): SQL =>
  SPELLING_RULES.reduce<SQL>(
    (acc, rule) => sql`regexp_replace(${acc}, ${rule.pattern}, ${rule.replacement}, 'g')`,
    expr,
  );

/**
 * Name similarity on bare names in one spelling (old and new spelling meet), falling back to
 * the full names when nothing is left.
 */
function nameSimilarity(column: SQL, name: string): SQL {
  const b = bare(column);
  const q = bare(sql`${name}::text`);
  const fold = spellingFoldSql;
  return sql`CASE WHEN ${b} = '' OR ${q} = '' THEN similarity(${fold(sql`lower(${column})`)}, ${fold(sql`lower(${name}::text)`)})
    ELSE similarity(${fold(b)}, ${fold(q)}) END`;
}

export type DuplicateHit = { id: string; sim: number };

/** What every candidate search shares: the name to score against and the record to leave out. */
export type DuplicateProbe = { name?: string; excludeId?: string };

const similarityOf = (probe: DuplicateProbe) =>
  probe.name ? nameSimilarity(sql`b.name`, probe.name) : sql`0`;
const exclude = (probe: DuplicateProbe) => (probe.excludeId ? sql`AND b.id <> ${probe.excludeId}` : sql``);
const hits = (result: unknown) =>
  rowsOf<{ id: string; sim: number }>(result).map((r) => ({ id: r.id, sim: Number(r.sim) }));

export async function liveByNib(db: Queryable, nib: string, probe: DuplicateProbe): Promise<DuplicateHit[]> {
  return hits(
    await db.execute(sql`SELECT b.id, ${similarityOf(probe)} AS sim FROM businesses b
      WHERE ${LIVE} AND b.nib = ${nib} ${exclude(probe)}`),
  );
}

export async function liveByOwnerNikHash(
  db: Queryable,
  nikHash: string,
  probe: DuplicateProbe,
): Promise<DuplicateHit[]> {
  return hits(
    await db.execute(sql`SELECT DISTINCT b.id, ${similarityOf(probe)} AS sim FROM businesses b
      JOIN business_owners bo ON bo.business_id = b.id JOIN owners o ON o.id = bo.owner_id
      WHERE ${LIVE} AND o.nik_hash = ${nikHash} ${exclude(probe)}`),
  );
}

/**
 * Similar names nearby (the kelurahan, else the kecamatan); with no place given, the trigram
 * index narrows the whole register.
 */
export async function liveBySimilarName(
  db: Queryable,
  probe: DuplicateProbe & { name: string; villageCode?: string; districtCode?: string },
  threshold: number,
  limit: number,
): Promise<DuplicateHit[]> {
  const near = probe.villageCode
    ? sql`b.village_code = ${probe.villageCode}`
    : probe.districtCode
      ? sql`b.district_code = ${probe.districtCode}`
      : sql`b.name % ${probe.name}`;
  return hits(
    await db.execute(sql`SELECT id, sim FROM (
        SELECT b.id, ${similarityOf(probe)} AS sim FROM businesses b WHERE ${LIVE} AND ${near} ${exclude(probe)}
      ) s WHERE sim >= ${threshold} ORDER BY sim DESC LIMIT ${limit}`),
  );
}
