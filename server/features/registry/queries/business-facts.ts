import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import type { Actor } from '#server/lib/context';
import { LIVE } from './live';
import { rowsOf, scopeCondition } from './scope';

/*
 * What other features (monitoring, training, needs) need to know about businesses they refer
 * to, without reading the registry's tables themselves.
 */

export type BusinessFacts = {
  id: string;
  name: string;
  districtCode: string;
  districtName: string | null;
  villageName: string | null;
  /** Neither deleted nor merged into another record. */
  live: boolean;
  mergedIntoId: string | null;
  ownerNames: string[];
  /** ikm_owner accounts linked to the business's owners. */
  ownerUserIds: string[];
};

type FactsRow = Omit<BusinessFacts, 'ownerNames' | 'ownerUserIds'> & {
  owner_names: string[] | null;
  owner_user_ids: string[] | null;
};

/** Facts of the businesses with these ids (any state); unknown ids are left out. */
export async function businessFacts(db: Queryable, ids: readonly string[]): Promise<BusinessFacts[]> {
  if (ids.length === 0) return [];
  const result = await db.execute(sql`
    SELECT b.id, b.name, b.district_code AS "districtCode", d.name AS "districtName", v.name AS "villageName",
      (${LIVE}) AS live, b.merged_into_id AS "mergedIntoId",
      (SELECT array_agg(o.name ORDER BY bo.is_primary DESC, o.name) FROM business_owners bo
         JOIN owners o ON o.id = bo.owner_id WHERE bo.business_id = b.id) AS owner_names,
      (SELECT array_agg(o.user_id::text) FROM business_owners bo
         JOIN owners o ON o.id = bo.owner_id WHERE bo.business_id = b.id AND o.user_id IS NOT NULL) AS owner_user_ids
    FROM businesses b
    LEFT JOIN regions d ON d.code = b.district_code
    LEFT JOIN regions v ON v.code = b.village_code
    WHERE b.id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`);
  return rowsOf<FactsRow>(result).map(({ owner_names, owner_user_ids, ...row }) => ({
    ...row,
    ownerNames: owner_names ?? [],
    ownerUserIds: (owner_user_ids ?? []).map(String),
  }));
}

/**
 * A subquery of the ids of live businesses the actor may read (admin: all; officer: assigned
 * kecamatan; IKM owner: own; anyone else: none), for other features' scoped lists and writes.
 */
export function readableBusinessIds(actor: Actor | null): SQL {
  return sql`SELECT b.id FROM businesses b WHERE ${LIVE} AND ${scopeCondition(actor)}`;
}
