import { eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { SummaryScope } from './policy';

/**
 * The condition on an owner-user column for a scope: one owner, everyone (no condition), or the
 * users linked in the registry (owners.user_id) to a live business in the given kecamatan. An
 * officer without kecamatan sees nobody.
 */
export function ownedBy(column: AnyPgColumn, scope: SummaryScope): SQL | undefined {
  if ('kecamatanCodes' in scope) {
    if (scope.kecamatanCodes.length === 0) return sql`FALSE`;
    const codes = sql.join(
      scope.kecamatanCodes.map((c) => sql`${c}`),
      sql`, `,
    );
    return sql`${column} IN (SELECT o.user_id FROM owners o
      JOIN business_owners bo ON bo.owner_id = o.id
      JOIN businesses b ON b.id = bo.business_id
      WHERE o.user_id IS NOT NULL AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
        AND b.district_code IN (${codes}))`;
  }
  return scope.ownerId ? eq(column, scope.ownerId) : undefined;
}
