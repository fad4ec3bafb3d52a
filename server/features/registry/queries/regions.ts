import { eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Database, Queryable } from '#server/db/client';
import { regions } from '#server/db/schema';
import { rowsOf } from './scope';

/* Kemendagri regions (reference data): pickers, location checks, the import's region index. */

export type RegionRow = typeof regions.$inferSelect;

export async function findRegion(db: Queryable, code: string): Promise<RegionRow | undefined> {
  const [row] = await db.select().from(regions).where(eq(regions.code, code));
  return row;
}

export async function findRegions(db: Queryable, codes: string[]): Promise<RegionRow[]> {
  if (codes.length === 0) return [];
  return db.select().from(regions).where(inArray(regions.code, codes));
}

/** The names of these region codes (history shows "Lowokwaru", not 35.73.05). */
export async function regionNames(db: Queryable, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(inArray(regions.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** A regency and everything under it (its kecamatan and kelurahan). */
export async function regionsWithin(db: Queryable, regencyCode: string): Promise<RegionRow[]> {
  return db
    .select()
    .from(regions)
    .where(sql`${regions.code} = ${regencyCode} or ${regions.code} like ${`${regencyCode}.%`}`);
}

export type RegionPickerRow = {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  parent_code: string | null;
  parent_name: string | null;
  home: boolean;
};

export type RegionSearch = {
  parent?: string;
  level?: string;
  within?: string;
  /** A name, already stripped of "Kec." and the like. */
  term?: string;
  homeCode: string;
  limit: number;
};

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Regions for pickers: children of `parent`, every region of `level` under `within`, or a name
 * search. Whatever the list, the home city's regions come first; a search ranks whole-word
 * matches above matches inside a word ("Malang" before "Pemalang").
 */
export async function searchRegions(db: Queryable, search: RegionSearch): Promise<RegionPickerRow[]> {
  const where: SQL[] = [];
  if (search.parent) where.push(sql`r.parent_code = ${search.parent}`);
  if (search.level) where.push(sql`r.level = ${search.level}`);
  if (search.within) where.push(sql`r.code LIKE ${`${escapeLike(search.within)}.%`}`);
  const order: SQL[] = [sql`home DESC`];
  if (search.term !== undefined) {
    const term = escapeLike(search.term);
    where.push(sql`r.name ILIKE ${`%${term}%`}`);
    order.push(sql`CASE WHEN r.name ILIKE ${term} THEN 2 WHEN r.name ILIKE ${`${term}%`} OR r.name ILIKE ${`% ${term}%`}
      THEN 1 ELSE 0 END DESC`);
  }
  const homePattern = `${escapeLike(search.homeCode)}.%`;
  return rowsOf<RegionPickerRow>(
    await db.execute(sql`
      SELECT r.code, r.name, r.level, r.parent_code, p.name AS parent_name,
        (r.code = ${search.homeCode} OR r.code LIKE ${homePattern}) AS home
      FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY ${sql.join(order, sql`, `)}, r.name ASC, r.code ASC
      LIMIT ${search.limit}`),
  );
}

async function raw(database: Database, text: string, params: unknown[] = []): Promise<{ n?: number }[]> {
  const result =
    database.driver.kind === 'pglite'
      ? await database.driver.client.query<{ n?: number }>(text, params)
      : await database.driver.pool.query<{ n?: number }>(text, params);
  return result.rows;
}

export async function countRegions(database: Database): Promise<number> {
  const [{ n = 0 }] = await raw(database, 'SELECT count(*)::int AS n FROM regions');
  return n;
}

const UPSERT = `INSERT INTO regions (code, parent_code, level, name)
  SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[])
  ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level,
    name = excluded.name`;

/**
 * Inserts or updates one batch of regions. Rows travel as four array parameters: no SQL text
 * to escape, and far less parsing than a VALUES list.
 */
export async function upsertRegions(
  database: Database,
  rows: { code: string; parentCode: string | null; level: string; name: string }[],
) {
  await raw(database, UPSERT, [
    rows.map((r) => r.code),
    rows.map((r) => r.parentCode),
    rows.map((r) => r.level),
    rows.map((r) => r.name),
  ]);
}
