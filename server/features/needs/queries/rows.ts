import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';

/** The rows of a raw query, whichever driver ran it. */
export async function rows<T>(db: Queryable, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

export const uuidList = (ids: readonly string[]) =>
  sql`ARRAY[${sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]::uuid[]`;

export const textList = (values: readonly string[]) =>
  values.length === 0
    ? sql`ARRAY[]::text[]`
    : sql`ARRAY[${sql.join(
        values.map((v) => sql`${v}`),
        sql`, `,
      )}]::text[]`;

/** Postgres unique violations, whichever driver raised them (drizzle wraps the driver's error). */
export function isUniqueViolation(error: unknown): boolean {
  let e: unknown = error;
  for (let depth = 0; e && depth < 4; depth++) {
    const candidate = e as { code?: string; cause?: unknown };
    if (candidate.code === '23505') return true;
    e = candidate.cause;
  }
  return false;
}
