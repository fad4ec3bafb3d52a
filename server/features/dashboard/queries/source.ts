import { type SQL, sql } from 'drizzle-orm';

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

/** A month-grained period: first day of the first month, first day of the last month. */
export type Months = { first: string; last: string };

export const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
