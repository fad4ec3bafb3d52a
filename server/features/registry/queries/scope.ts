import { type SQL, sql } from 'drizzle-orm';
import type { Actor } from '#server/lib/context';

/**
 * The query-level half of policy.ts: the rows of `businesses b` an actor may list. Unknown
 * roles get a condition that matches nothing, so a missed policy check still leaks no rows.
 */
export function scopeCondition(actor: Actor | null): SQL {
  if (actor?.role === 'admin') return sql`TRUE`;
  if (actor?.role === 'officer') {
    if (actor.kecamatanCodes.length === 0) return sql`FALSE`;
    return sql`b.district_code IN (${sql.join(
      actor.kecamatanCodes.map((c) => sql`${c}`),
      sql`, `,
    )})`;
  }
  if (actor?.role === 'ikm_owner') {
    return sql`b.id IN (SELECT bo.business_id FROM business_owners bo
      JOIN owners o ON o.id = bo.owner_id WHERE o.user_id = ${actor.id})`;
  }
  return sql`FALSE`;
}

/** The rows of the query result, whichever driver ran it. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
