import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';

/**
 * Where the figures are read from: the rollup kept by triggers, or (`raw`, the bench's baseline
 * and the tests' independent check) the same facts aggregated from the raw rows on every request.
 */
export type Source = 'rollup' | 'raw';

export const sourceTable = (source: Source): SQL =>
  source === 'rollup'
    ? sql`dash_rollup`
    : sql`(SELECT * FROM dash_business_facts UNION ALL SELECT * FROM dash_event_facts
        UNION ALL SELECT * FROM dash_support_facts)`;

/**
 * The kind to read: the rollup's coarse kind where one holds the sums the query needs (see
 * server/db/schema/dashboard.ts), the fine kind in the raw rows. Summing either gives the same figures.
 */
export const kindOf = (source: Source, fine: string, coarse: string): string =>
  source === 'rollup' ? coarse : fine;

/** The figures' area: every kecamatan (null) or the listed ones. */
export type Area = string[] | null;

/** One text[] parameter (drizzle spreads a JS array into a list of parameters). */
export const textArray = (values: readonly string[]): SQL =>
  sql`${`{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`}::text[]`;

export const inArea = (area: Area, column: SQL = sql`district_code`): SQL =>
  area === null ? sql`true` : sql`${column} = ANY(${textArray(area)})`;

/**
 * A figure's rows over the area: in the rollup over every kecamatan (area null) the province-wide
 * kind (`…/p`, district_code '': dash_coarse_area, migration 0027), within an area the kind kept
 * per kecamatan; the fine kind in the raw rows. Summing any of them gives the same figures.
 */
export const kindOver = (
  source: Source,
  area: Area,
  fine: string,
  perDistrict: string,
  province: string,
): SQL =>
  source === 'raw'
    ? sql`kind = ${fine} AND ${inArea(area)}`
    : area === null
      ? sql`kind = ${province} AND district_code = ''`
      : sql`kind = ${perDistrict} AND ${inArea(area)}`;

/** A month-grained period: first day of the first month, first day of the last month. */
export type Months = { first: string; last: string };

export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** A figure read back from SQL (bigint/numeric arrive as strings; nothing counts as 0). */
export const num = (v: unknown) => Number(v ?? 0);

/** The month before the period's first: the months before the period are summed into it. */
export const before = (m: Months) => sql`(${m.first}::date - interval '1 month')::date`;

/**
 * Runs query functions that each read with one `db.execute` as ONE statement: every function is
 * called with a recorder that collects its query; the queries then run together, each as a
 * subquery aggregated to JSON (`SELECT (SELECT json_agg(q) FROM (…) q) AS r0, …`), and each
 * function gets its rows back. PGlite has one connection, so a request's cost is its statements:
 * one round trip, one parse and plan instead of one per figure. A later read of a function (after
 * its first) goes to `db` itself. Numbers come back as JSON numbers: the functions map with
 * Number(), so the figures are the same (sums stay far below 2^53).
 */
export async function inOneStatement<T extends readonly unknown[]>(
  db: Queryable,
  calls: { [K in keyof T]: (db: Queryable) => Promise<T[K]> },
): Promise<T> {
  const pending: { query: SQL; resolve: (r: unknown) => void; reject: (e: unknown) => void }[] = [];
  let sent = false;
  const recorder = {
    execute: (query: SQL) =>
      sent
        ? db.execute(query)
        : new Promise((resolve, reject) => {
            pending.push({ query, resolve, reject });
          }),
  } as unknown as Queryable;
  const results = Promise.all(calls.map((call) => call(recorder)));
  // Each function has called execute before its first await; let any that awaits first catch up.
  await Promise.resolve();
  sent = true;
  const batch = pending.splice(0);
  if (batch.length > 0) {
    try {
      const columns = sql.join(
        batch.map(
          (p, i) =>
            sql`(SELECT coalesce(json_agg(q), '[]'::json) FROM (${p.query}) q) AS ${sql.raw(`r${i}`)}`,
        ),
        sql`, `,
      );
      const [row] = rowsOf<Record<string, unknown>>(await db.execute(sql`SELECT ${columns}`));
      batch.forEach((p, i) => {
        const value = row[`r${i}`];
        p.resolve({ rows: typeof value === 'string' ? JSON.parse(value) : value });
      });
    } catch (e) {
      for (const p of batch) p.reject(e);
    }
  }
  return (await results) as unknown as T;
}
