import { type SQL, sql } from 'drizzle-orm';
import { TOTAL_CAP } from '../../../../core/schemas/registry';
import type { Queryable } from '../../../db/client';
import type { Actor } from '../../../lib/context';
import { LIVE, rowsOf, scopeCondition } from './scope';

/*
 * Registry search over 100k+ rows. Every condition is one an index answers:
 *  - words of 3+ characters: substring match on `search_text` (name, brand, NIB; GIN trigram)
 *    or on the owner's name (GIN trigram on owners.name), combined per word with UNION;
 *  - words of 1–2 characters ("UD", "CV"), which have no trigram: word-prefix full-text match
 *    on `search_vector` (GIN);
 *  - nothing found and the text is long enough: typo-tolerant trigram word similarity (`%>`).
 * Every word must match (AND). Totals are counted up to TOTAL_CAP rows only, so an unfiltered
 * keystroke never counts the whole table.
 */

export type SearchFilter = {
  q?: string;
  kecamatan?: string;
  kelurahan?: string;
  subsector?: string;
  certification?: string;
  exportStatus?: string;
  dataYear?: number;
  hasCoordinates?: 'true' | 'false';
  ownerId?: string;
};

export type SearchSort =
  | 'relevance'
  | 'name'
  | 'updatedAt'
  | 'createdAt'
  | 'yearFounded'
  | 'turnover'
  | 'workers';

const MAX_WORDS = 6;
const FUZZY_MIN_LENGTH = 4;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return [
    ...new Set(
      q
        .toLowerCase()
        .split(/[\s,;/]+/)
        .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
        .filter((w) => w.length > 0),
    ),
  ].slice(0, MAX_WORDS);
}

function wordCondition(word: string): SQL | null {
  if (word.length >= 3) {
    const pattern = `%${escapeLike(word)}%`;
    return sql`b.id IN (
      SELECT s.id FROM businesses s
        WHERE s.search_text LIKE ${pattern} AND s.deleted_at IS NULL AND s.merged_into_id IS NULL
      UNION
      SELECT bo.business_id FROM business_owners bo JOIN owners o ON o.id = bo.owner_id
        WHERE o.name ILIKE ${pattern})`;
  }
  // Only plain letters/digits can go into a tsquery literal safely.
  if (!/^[\p{L}\p{N}]+$/u.test(word)) return null;
  return sql`b.search_vector @@ to_tsquery('simple', ${`${word}:*`})`;
}

function fuzzyCondition(q: string): SQL {
  return sql`b.id IN (
    SELECT s.id FROM businesses s
      WHERE s.search_text %> ${q} AND s.deleted_at IS NULL AND s.merged_into_id IS NULL
    UNION
    SELECT bo.business_id FROM business_owners bo JOIN owners o ON o.id = bo.owner_id
      WHERE o.name %> ${q})`;
}

function filterConditions(f: SearchFilter): SQL[] {
  const out: SQL[] = [];
  if (f.kecamatan) out.push(sql`b.district_code = ${f.kecamatan}`);
  if (f.kelurahan) out.push(sql`b.village_code = ${f.kelurahan}`);
  if (f.subsector) out.push(sql`b.subsector = ${f.subsector}`);
  if (f.exportStatus) out.push(sql`b.export_status = ${f.exportStatus}`);
  if (f.hasCoordinates === 'true') out.push(sql`b.lat IS NOT NULL AND b.lng IS NOT NULL`);
  if (f.hasCoordinates === 'false') out.push(sql`(b.lat IS NULL OR b.lng IS NULL)`);
  if (f.certification)
    out.push(sql`b.id IN (SELECT c.business_id FROM certifications c WHERE c.type = ${f.certification})`);
  if (f.dataYear !== undefined)
    out.push(sql`b.id IN (SELECT s.business_id FROM business_snapshots s WHERE s.data_year = ${f.dataYear})`);
  if (f.ownerId)
    out.push(sql`b.id IN (SELECT bo.business_id FROM business_owners bo WHERE bo.owner_id = ${f.ownerId})`);
  return out;
}

/** Scope, filters and (unless `fuzzy`) the per-word text conditions, ANDed. */
export function whereClause(actor: Actor | null, f: SearchFilter, fuzzy = false): SQL {
  const parts: SQL[] = [sql`${LIVE}`, scopeCondition(actor), ...filterConditions(f)];
  const words = searchWords(f.q);
  if (fuzzy && f.q) parts.push(fuzzyCondition(f.q.toLowerCase()));
  else for (const w of words) parts.push(wordCondition(w) ?? sql`TRUE`);
  return sql.join(parts, sql` AND `);
}

const NULLS_LAST = (column: string, order: 'asc' | 'desc') =>
  sql.raw(`${column} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`);

function orderBy(sort: SearchSort, order: 'asc' | 'desc', q: string | undefined): SQL {
  const dir = sql.raw(order === 'asc' ? 'ASC' : 'DESC');
  const byName = sql`lower(b.name) ${dir}, b.id ${dir}`;
  switch (sort) {
    case 'relevance': {
      if (!q) return sql`lower(b.name) ASC, b.id ASC`;
      const text = q.toLowerCase();
      // Both in 0–1: how well the whole text fits the name, and how well it fits one stretch of it.
      return sql`(similarity(b.name, ${text}) + word_similarity(${text}, b.search_text)
        + CASE WHEN b.nib = ${text} THEN 2 ELSE 0 END) DESC, lower(b.name) ASC, b.id ASC`;
    }
    case 'name':
      return byName;
    case 'updatedAt':
      return sql`b.updated_at ${dir}, b.id ${dir}`;
    case 'createdAt':
      return sql`b.created_at ${dir}, b.id ${dir}`;
    case 'yearFounded':
      return sql`${NULLS_LAST('b.year_founded', order)}, lower(b.name) ASC, b.id ASC`;
    case 'turnover':
      return sql`${NULLS_LAST('b.latest_turnover_yearly_idr', order)}, lower(b.name) ASC, b.id ASC`;
    case 'workers':
      return sql`${NULLS_LAST('b.latest_workers', order)}, lower(b.name) ASC, b.id ASC`;
  }
}

export type SearchPage = { ids: string[]; total: number; totalCapped: boolean };

async function runPage(
  db: Queryable,
  where: SQL,
  sort: SearchSort,
  order: 'asc' | 'desc',
  q: string | undefined,
  page: number,
  pageSize: number,
): Promise<SearchPage> {
  const offset = (page - 1) * pageSize;
  const ids = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT b.id FROM businesses b WHERE ${where}
      ORDER BY ${orderBy(sort, order, q)} LIMIT ${pageSize} OFFSET ${offset}`),
  ).map((r) => r.id);
  // A short first page already is the whole answer: no count needed.
  if (page === 1 && ids.length < pageSize) return { ids, total: ids.length, totalCapped: false };
  const [{ n }] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM
      (SELECT 1 FROM businesses b WHERE ${where} LIMIT ${TOTAL_CAP + 1}) capped`),
  );
  return { ids, total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP };
}

export async function searchBusinessIds(
  db: Queryable,
  actor: Actor | null,
  f: SearchFilter,
  sort: SearchSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): Promise<SearchPage & { fuzzy: boolean }> {
  const exact = await runPage(db, whereClause(actor, f), sort, order, f.q, page, pageSize);
  const canFuzz = f.q !== undefined && f.q.length >= FUZZY_MIN_LENGTH;
  if (exact.total > 0 || !canFuzz) return { ...exact, fuzzy: false };
  const fuzzy = await runPage(db, whereClause(actor, f, true), sort, order, f.q, page, pageSize);
  return { ...fuzzy, fuzzy: true };
}

/** Points for the map, same scope and filters; one more than the limit tells truncation. */
export async function mapPoints(db: Queryable, actor: Actor | null, f: SearchFilter, limit: number) {
  return rowsOf<{ id: string; name: string; subsector: string; lat: number; lng: number }>(
    await db.execute(sql`SELECT b.id, b.name, b.subsector, b.lat::float8 AS lat, b.lng::float8 AS lng
      FROM businesses b WHERE ${whereClause(actor, { ...f, hasCoordinates: 'true' })}
      ORDER BY b.id LIMIT ${limit + 1}`),
  );
}
