import { type SQL, sql } from 'drizzle-orm';
import { TOTAL_CAP } from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import { rowsOf } from './scope';

/*
 * One page of a filtered (and maybe text-matched) set, shaped so PGlite touches few rows:
 *  - the first TOTAL_CAP + 1 matches are collected once; when the set ends before that, the
 *    page is sorted from them and the total is exact;
 *  - otherwise the total is reported as capped ("1,000+") and every page comes from walking a
 *    sorted index, which finds the first rows of a large set early instead of sorting all of
 *    it. The planner cannot know the set is large (its estimates for prefix text queries are
 *    far off), so for name and relevance order the walk is asked for explicitly (bitmap scans
 *    and sorts off, in a transaction of its own).
 * Relevance: the name starts with the text (or is the NIB) first, then names that contain it,
 * then other matches (brand, owner); shorter names first, then by name. On a capped set it is
 * two tiers: names that start with the text, by name, then the rest, recently updated first.
 * Which of the two applies depends on the set only, never on the page, so paging through a
 * result never repeats or skips a row.
 */

export type SearchSort =
  | 'relevance'
  | 'name'
  | 'updatedAt'
  | 'createdAt'
  | 'yearFounded'
  | 'turnover'
  | 'workers';

export type PageArgs = {
  /** The search text as typed (relevance compares names with it); none when browsing. */
  text?: string;
  sort: SearchSort;
  order: 'asc' | 'desc';
  page: number;
  pageSize: number;
};

export type SearchPage = { ids: string[]; total: number; totalCapped: boolean };

/** Byte order of the lower-cased name: the same on both engines, and prefix ranges use its index. */
const NAME = sql.raw('lower(b.name) COLLATE "C"');

const NULLS_LAST = (column: string, order: 'asc' | 'desc') =>
  sql.raw(`${column} ${order === 'asc' ? 'ASC' : 'DESC'} NULLS LAST`);

function orderBy(sort: SearchSort, order: 'asc' | 'desc'): SQL {
  const dir = sql.raw(order === 'asc' ? 'ASC' : 'DESC');
  switch (sort) {
    case 'relevance':
      return sql`b.rank ASC, length(b.name) ASC, ${NAME} ASC, b.id ASC`;
    case 'name':
      return sql`${NAME} ${dir}, b.id ${dir}`;
    case 'updatedAt':
      return sql`b.updated_at ${dir}, b.id ${dir}`;
    case 'createdAt':
      return sql`b.created_at ${dir}, b.id ${dir}`;
    case 'yearFounded':
      return sql`${NULLS_LAST('b.year_founded', order)}, ${NAME} ASC, b.id ASC`;
    case 'turnover':
      return sql`${NULLS_LAST('b.latest_turnover_yearly_idr', order)}, ${NAME} ASC, b.id ASC`;
    case 'workers':
      return sql`${NULLS_LAST('b.latest_workers', order)}, ${NAME} ASC, b.id ASC`;
  }
}

/** The text lower-cased with single spaces, and as a LIKE pattern (wildcards escaped). */
function normalized(text: string) {
  const plain = text.trim().replace(/\s+/g, ' ').toLowerCase();
  return { plain, like: plain.replace(/[\\%_]/g, (c) => `\\${c}`) };
}

function relevance(text: string): SQL {
  const { plain, like } = normalized(text);
  return sql`CASE WHEN ${NAME} LIKE ${`${like}%`} OR b.nib = ${plain} THEN 0
    WHEN ${NAME} LIKE ${`%${like}%`} THEN 1 ELSE 2 END`;
}

/**
 * The set up to `limit` + 1 rows, its size, and the page sorted from it. Sequential scans are
 * off: with a LIMIT the planner bets on finding the rows early in the table, and loses the bet
 * badly when filters that look independent are not (no match at all means the whole table).
 */
async function collected(db: Queryable, where: SQL, p: PageArgs, limit: number) {
  const sort = p.sort === 'relevance' && !p.text ? 'name' : p.sort;
  const rank = sort === 'relevance' && p.text ? relevance(p.text) : sql`0`;
  const [row] = await planned<{ n: number; ids: string[] | null }>(
    db,
    ['enable_seqscan'],
    sql`WITH m AS MATERIALIZED (
        SELECT b.id, b.name, b.updated_at, b.created_at, b.year_founded, b.latest_turnover_yearly_idr,
          b.latest_workers, ${rank} AS rank
        FROM businesses b WHERE ${where} LIMIT ${limit + 1})
      SELECT (SELECT count(*) FROM m)::int AS n,
        (SELECT array_agg(page.id ORDER BY page.ord) FROM (
          SELECT b.id, row_number() OVER (ORDER BY ${orderBy(sort, p.order)}) AS ord FROM m b
          ORDER BY ord LIMIT ${p.pageSize} OFFSET ${(p.page - 1) * p.pageSize}) page) AS ids`,
  );
  return { n: row.n, ids: row.ids ?? [] };
}

type PlannerMethod = 'enable_seqscan' | 'enable_bitmapscan' | 'enable_sort';

/** Runs one query with some planner methods switched off, in a transaction of its own. */
async function planned<T>(db: Queryable, off: PlannerMethod[], query: SQL): Promise<T[]> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`SELECT ${sql.join(
        off.map((name) => sql`set_config(${name}, 'off', true)`),
        sql`, `,
      )}`,
    );
    return rowsOf<T>(await tx.execute(query));
  });
}

/** Ids of the set (`extra` ANDed) in an indexed order, by walking that index (see the header). */
async function walk(db: Queryable, where: SQL, extra: SQL, order: SQL, limit: number, offset: number) {
  const rows = await planned<{ id: string }>(
    db,
    ['enable_bitmapscan', 'enable_sort'],
    sql`SELECT b.id FROM businesses b WHERE ${where} AND ${extra} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`,
  );
  return rows.map((r) => r.id);
}

/** Recently updated first, exactly as businesses_live_updated_idx runs. */
const RECENT = sql.raw('b.updated_at DESC NULLS LAST, b.id ASC');

/**
 * A page of a capped set by relevance: names that start with the text (by name), then the other
 * matches, recently updated first. (Walking those by name could cross most of the table when
 * they cluster under a few first words, as owner-name matches often do.)
 */
async function tieredPage(db: Queryable, where: SQL, text: string, offset: number, size: number) {
  const starts = sql`${NAME} LIKE ${`${normalized(text).like}%`}`;
  const first = await walk(db, where, starts, orderBy('name', 'asc'), size, offset);
  if (first.length === size) return first;
  let before = offset + first.length;
  if (first.length === 0 && offset > 0) {
    const [{ n }] = rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM
        (SELECT 1 FROM businesses b WHERE ${where} AND ${starts} LIMIT ${offset}) s`),
    );
    before = n;
  }
  const restOffset = offset + first.length - before;
  const rest = await walk(db, where, sql`NOT (${starts})`, RECENT, size - first.length, restOffset);
  return [...first, ...rest];
}

/** A page of a capped set in any order. */
async function walkedPage(db: Queryable, where: SQL, p: PageArgs, offset: number): Promise<string[]> {
  if (p.sort === 'relevance' && p.text) return tieredPage(db, where, p.text, offset, p.pageSize);
  if (p.sort === 'relevance' || p.sort === 'name')
    return walk(
      db,
      where,
      sql`TRUE`,
      orderBy('name', p.sort === 'name' ? p.order : 'asc'),
      p.pageSize,
      offset,
    );
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT b.id FROM businesses b WHERE ${where}
      ORDER BY ${orderBy(p.sort, p.order)} LIMIT ${p.pageSize} OFFSET ${offset}`),
  );
  return rows.map((r) => r.id);
}

export async function pageOf(db: Queryable, where: SQL, p: PageArgs): Promise<SearchPage> {
  const set = await collected(db, where, p, TOTAL_CAP);
  if (set.n <= TOTAL_CAP) return { ids: set.ids, total: set.n, totalCapped: false };
  const offset = (p.page - 1) * p.pageSize;
  const ids = await walkedPage(db, where, p, offset);
  // A lower bound: the cap, or past it, up to this page and one more row when the page is full.
  const seen = offset + ids.length + (ids.length === p.pageSize ? 1 : 0);
  return { ids, total: Math.max(TOTAL_CAP, seen), totalCapped: true };
}
