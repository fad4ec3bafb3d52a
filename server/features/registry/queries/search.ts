import { type SQL, sql } from 'drizzle-orm';
import { TOTAL_CAP } from '../../../../core/schemas/registry';
import type { Queryable } from '../../../db/client';
import type { Actor } from '../../../lib/context';
import { LIVE, rowsOf, scopeCondition } from './scope';
import { correctedQuery } from './typos';

/*
 * Registry search over 100k+ rows, shaped so PGlite touches few rows:
 *  - text: every typed word must start a word of the name, brand, NIB or an owner's name
 *    (owner names are kept on the business row by triggers). One `tsquery` ('daun:* & siti:*')
 *    answers it from one GIN index, whatever the number of words;
 *  - nothing found: each word is also tried as its closest known words (typos.ts), and the
 *    corrected query runs the same way;
 *  - relevance is computed from the name alone with plain string tests (the name starts with
 *    the text, contains it, is short), as trigram functions on every match cost too much;
 *  - with text, the matches are collected once (MATERIALIZED) for both the page and the exact
 *    total; without text, the page walks a sorted index and the total is counted up to
 *    TOTAL_CAP rows only, so browsing never counts the whole table.
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

/** Lower-cased words of letters and digits, as `to_tsvector('simple')` splits them. */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = q
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
  return [...new Set(words)].slice(0, MAX_WORDS);
}

/** Every word as a prefix; only letters and digits reach the tsquery, so no syntax can leak in. */
const prefixQuery = (words: string[]) => words.map((w) => `${w}:*`).join(' & ');

function filterConditions(f: SearchFilter): SQL[] {
  const out: SQL[] = [];
  if (f.kecamatan) out.push(sql`b.district_code = ${f.kecamatan}`);
  if (f.kelurahan) out.push(sql`b.village_code = ${f.kelurahan}`);
  if (f.subsector) out.push(sql`b.subsector = ${f.subsector}`);
  if (f.exportStatus) out.push(sql`b.export_status = ${f.exportStatus}`);
  if (f.hasCoordinates === 'true') out.push(sql`b.lat IS NOT NULL AND b.lng IS NOT NULL`);
  if (f.hasCoordinates === 'false') out.push(sql`(b.lat IS NULL OR b.lng IS NULL)`);
  // Arrays kept on the row by triggers (migration 0008): GIN lookups instead of semi-joins.
  if (f.certification) out.push(sql`b.certification_types @> ARRAY[${f.certification}]::text[]`);
  if (f.dataYear !== undefined) out.push(sql`b.data_years @> ARRAY[${f.dataYear}]::integer[]`);
  if (f.ownerId)
    out.push(sql`b.id IN (SELECT bo.business_id FROM business_owners bo WHERE bo.owner_id = ${f.ownerId})`);
  return out;
}

/** Scope, filters and the text condition (`tsquery` overrides the one built from `f.q`), ANDed. */
export function whereClause(actor: Actor | null, f: SearchFilter, tsquery?: string): SQL {
  const parts: SQL[] = [sql`${LIVE}`, scopeCondition(actor), ...filterConditions(f)];
  const words = searchWords(f.q);
  const text = tsquery ?? (words.length > 0 ? prefixQuery(words) : undefined);
  if (text) parts.push(sql`b.search_vector @@ to_tsquery('simple', ${text})`);
  return sql.join(parts, sql` AND `);
}

const NULLS_LAST = (column: string, order: 'asc' | 'desc') =>
  sql.raw(`${column} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`);

function orderBy(sort: SearchSort, order: 'asc' | 'desc', ranked: boolean): SQL {
  const dir = sql.raw(order === 'asc' ? 'ASC' : 'DESC');
  const byName = sql`lower(b.name) ${dir}, b.id ${dir}`;
  switch (sort) {
    case 'relevance':
      return ranked
        ? sql`b.rank ASC, length(b.name) ASC, lower(b.name) ASC, b.id ASC`
        : sql`lower(b.name) ASC, b.id ASC`;
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

/** 0: the name starts with the text (or it is the NIB), 1: the name contains it, 2: other matches. */
function relevance(q: string): SQL {
  const text = q.trim().replace(/\s+/g, ' ');
  const escaped = text.replace(/[\\%_]/g, (c) => `\\${c}`);
  return sql`CASE WHEN lower(b.name) LIKE ${`${escaped}%`} OR b.nib = ${text} THEN 0
    WHEN lower(b.name) LIKE ${`%${escaped}%`} THEN 1 ELSE 2 END`;
}

/** The whole matching set, collected once (the planner picks index bitmaps), then sorted. */
function setQuery(where: SQL, p: PageArgs, rank: SQL, withTotal: boolean): SQL {
  const total = withTotal ? sql`, (SELECT count(*) FROM m)::int AS total` : sql``;
  return sql`WITH m AS MATERIALIZED (
      SELECT b.id, b.name, b.updated_at, b.created_at, b.year_founded, b.latest_turnover_yearly_idr,
        b.latest_workers, ${rank} AS rank
      FROM businesses b WHERE ${where})
    SELECT b.id${total} FROM m b
    ORDER BY ${orderBy(p.sort, p.order, true)} LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}`;
}

/** With text: the matches once, for the page and the exact total. */
async function textPage(db: Queryable, where: SQL, p: PageArgs): Promise<SearchPage> {
  const rank = p.sort === 'relevance' ? relevance((p.q ?? '').toLowerCase()) : sql`0`;
  const rows = rowsOf<{ id: string; total: number }>(await db.execute(setQuery(where, p, rank, true)));
  let total = rows[0]?.total;
  if (total === undefined) {
    // A page past the end still reports the total.
    const [{ n }] = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM businesses b WHERE ${where}`),
    );
    total = n;
  }
  return { ids: rows.map((r) => r.id), total, totalCapped: false };
}

/** Up to this many rows a filtered set is collected and sorted; beyond it, a sorted index is walked. */
const SMALL_SET = 2_000;

/**
 * Without text: the total first (capped at TOTAL_CAP), which also tells how to fetch the page —
 * nothing for an empty set, the collected set when small (a walk of the name index would skip
 * most of the table to find a few rows), a sorted index walk when large (rows come early).
 */
async function browsePage(db: Queryable, where: SQL, p: PageArgs): Promise<SearchPage> {
  const [{ n }] = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM
      (SELECT 1 FROM businesses b WHERE ${where} LIMIT ${TOTAL_CAP + 1}) capped`),
  );
  const counted = { total: Math.min(n, TOTAL_CAP), totalCapped: n > TOTAL_CAP };
  const offset = (p.page - 1) * p.pageSize;
  if (n === 0 || offset >= n) return { ids: [], ...counted };
  const query =
    n <= SMALL_SET
      ? setQuery(where, { ...p, sort: p.sort === 'relevance' ? 'name' : p.sort }, sql`0`, false)
      : sql`SELECT b.id FROM businesses b WHERE ${where}
          ORDER BY ${orderBy(p.sort, p.order, false)} LIMIT ${p.pageSize} OFFSET ${offset}`;
  return { ids: rowsOf<{ id: string }>(await db.execute(query)).map((r) => r.id), ...counted };
}

type PageArgs = { q?: string; sort: SearchSort; order: 'asc' | 'desc'; page: number; pageSize: number };

export async function searchBusinessIds(
  db: Queryable,
  actor: Actor | null,
  f: SearchFilter,
  sort: SearchSort,
  order: 'asc' | 'desc',
  page: number,
  pageSize: number,
): Promise<SearchPage & { fuzzy: boolean }> {
  const args: PageArgs = { q: f.q, sort, order, page, pageSize };
  if (searchWords(f.q).length === 0)
    return { ...(await browsePage(db, whereClause(actor, f), args)), fuzzy: false };
  const exact = await textPage(db, whereClause(actor, f), args);
  if (exact.total > 0 || (f.q ?? '').length < FUZZY_MIN_LENGTH) return { ...exact, fuzzy: false };
  const corrected = await correctedQuery(db, searchWords(f.q));
  return { ...(await textPage(db, whereClause(actor, f, corrected), args)), fuzzy: true };
}

/** Points for the map, same scope and filters; one more than the limit tells truncation. */
export async function mapPoints(db: Queryable, actor: Actor | null, f: SearchFilter, limit: number) {
  return rowsOf<{ id: string; name: string; subsector: string; lat: number; lng: number }>(
    await db.execute(sql`SELECT b.id, b.name, b.subsector, b.lat::float8 AS lat, b.lng::float8 AS lng
      FROM businesses b WHERE ${whereClause(actor, { ...f, hasCoordinates: 'true' })}
      ORDER BY b.id LIMIT ${limit + 1}`),
  );
}
