import { type SQL, sql } from 'drizzle-orm';
import { LIVE } from './live';

/**
 * A subquery of the account ids (owners.user_id) linked to a live business in one of the
 * kecamatan: how other features scope an officer's view of IKM owners' own records. An empty
 * list selects nobody.
 */
export function linkedAccountIdsIn(kecamatanCodes: readonly string[]): SQL {
  if (kecamatanCodes.length === 0) return sql`SELECT NULL::uuid WHERE FALSE`;
  const codes = sql.join(
    kecamatanCodes.map((c) => sql`${c}`),
    sql`, `,
  );
  return sql`SELECT o.user_id FROM owners o
      JOIN business_owners bo ON bo.owner_id = o.id
      JOIN businesses b ON b.id = bo.business_id
      WHERE o.user_id IS NOT NULL AND ${LIVE}
        AND b.district_code IN (${codes})`;
}
