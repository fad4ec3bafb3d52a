import { type SQL, sql } from 'drizzle-orm';

/**
 * The SQL twin of `isLiveBusiness` (core/domain/registry/live.ts) for a reference to the
 * businesses table: `b` where queries alias it, `businesses` where they do not. The partial
 * indexes of server/db/schema/registry.ts use the same condition. live.test.ts proves both
 * sides agree on the same rows.
 */
export function liveSql(ref: 'b' | 'businesses' = 'b'): SQL {
  return sql.raw(`${ref}.deleted_at IS NULL AND ${ref}.merged_into_id IS NULL`);
}

/** Live businesses aliased `b`, the common case. */
export const LIVE = liveSql('b');
