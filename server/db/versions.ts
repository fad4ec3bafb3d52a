import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Optimistic concurrency on an `updated_at` column: true while the row still has the version
 * the client started from. Clients see the timestamp in JSON (milliseconds) while PostgreSQL
 * keeps microseconds, so the column is compared at millisecond precision. Put it in the
 * WHERE of the write itself: a check made before the write lets two writers both pass.
 */
export function sameVersion(column: PgColumn, expected: string | Date): SQL {
  const iso = typeof expected === 'string' ? expected : expected.toISOString();
  return sql`date_trunc('milliseconds', ${column}) = ${iso}::timestamptz`;
}

/** Whether a row read earlier still has the version the client sent (milliseconds). */
export function isSameVersion(updatedAt: Date, expected: string | Date): boolean {
  return updatedAt.getTime() === new Date(expected).getTime();
}

/**
 * The `updated_at` of a write: the current time at millisecond precision (what clients see),
 * and always later than the version it replaces, so two writes in one millisecond still
 * give two versions.
 */
export function nextVersion(column: PgColumn): SQL<Date> {
  return sql<Date>`greatest(date_trunc('milliseconds', clock_timestamp()), date_trunc('milliseconds', ${column}) + interval '1 millisecond')`;
}
