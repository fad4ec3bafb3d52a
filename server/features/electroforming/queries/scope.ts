import { eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { linkedAccountIdsIn } from '#server/features/registry/service';
import type { SummaryScope } from '../policy';

/**
 * The condition on an owner-user column for a scope: one owner, everyone (no condition), or the
 * users linked in the registry to a live business in the given kecamatan. An officer without
 * kecamatan sees nobody.
 */
export function ownedBy(column: AnyPgColumn, scope: SummaryScope): SQL | undefined {
  if ('kecamatanCodes' in scope) {
    if (scope.kecamatanCodes.length === 0) return sql`FALSE`;
    return sql`${column} IN (${linkedAccountIdsIn(scope.kecamatanCodes)})`;
  }
  return scope.ownerId ? eq(column, scope.ownerId) : undefined;
}
