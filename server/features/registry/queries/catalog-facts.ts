import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { rowsOf } from './scope';

/*
 * What the catalog may know about businesses: public facts only (no owner names, NIK, phone
 * or address), plus the linked account ids its access rules need.
 */

export type CatalogFactsRow = {
  id: string;
  name: string;
  brand: string | null;
  subsector: string;
  districtCode: string;
  districtName: string | null;
  regencyName: string | null;
  yearFounded: number | null;
  hasNib: boolean;
  certificationTypes: string[];
  exportStatus: string;
  exportCountries: string[];
  latestWorkers: number | null;
  live: boolean;
  ownerUserIds: string[];
};

export async function catalogFactsOf(db: Queryable, ids: readonly string[]): Promise<CatalogFactsRow[]> {
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute(sql`
    SELECT b.id, b.name, b.brand, b.subsector, b.district_code AS "districtCode",
      d.name AS "districtName", r.name AS "regencyName", b.year_founded AS "yearFounded",
      (b.nib IS NOT NULL) AS "hasNib", b.certification_types AS "certificationTypes",
      b.export_status AS "exportStatus", b.export_countries AS "exportCountries",
      b.latest_workers AS "latestWorkers",
      (b.deleted_at IS NULL AND b.merged_into_id IS NULL) AS live,
      coalesce((SELECT array_agg(o.user_id::text) FROM business_owners bo JOIN owners o ON o.id = bo.owner_id
        WHERE bo.business_id = b.id AND o.user_id IS NOT NULL), '{}'::text[]) AS "ownerUserIds"
    FROM businesses b
    LEFT JOIN regions d ON d.code = b.district_code
    LEFT JOIN regions r ON r.code = b.regency_code
    WHERE b.id IN (${list})`);
  return rowsOf<CatalogFactsRow>(result);
}

/** Who may see which businesses, as a subquery of ids another feature filters by. */
export type BusinessVisibility =
  | { kind: 'all' }
  | { kind: 'kecamatan'; codes: readonly string[] }
  | { kind: 'linkedAccount'; userId: string }
  | { kind: 'none' };

export function visibleBusinessIds(visibility: BusinessVisibility): SQL {
  switch (visibility.kind) {
    case 'all':
      return sql`SELECT id FROM businesses WHERE deleted_at IS NULL AND merged_into_id IS NULL`;
    case 'kecamatan': {
      if (visibility.codes.length === 0) return sql`SELECT NULL::uuid WHERE FALSE`;
      const codes = sql.join(
        visibility.codes.map((c) => sql`${c}`),
        sql`, `,
      );
      return sql`SELECT id FROM businesses WHERE deleted_at IS NULL AND merged_into_id IS NULL
        AND district_code IN (${codes})`;
    }
    case 'linkedAccount':
      return sql`SELECT bo.business_id FROM business_owners bo JOIN owners o ON o.id = bo.owner_id
        JOIN businesses b ON b.id = bo.business_id
        WHERE o.user_id = ${visibility.userId}::uuid AND b.deleted_at IS NULL AND b.merged_into_id IS NULL`;
    case 'none':
      return sql`SELECT NULL::uuid WHERE FALSE`;
  }
}

/** Names of the businesses among `visible` whose name or brand contains `q`, by name. */
export async function namedBusinessesIn(db: Queryable, visible: SQL, q: string, limit: number) {
  const like = `%${q.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
  const result = await db.execute(sql`
    SELECT b.id, b.name, d.name AS "districtName" FROM businesses b
    LEFT JOIN regions d ON d.code = b.district_code
    WHERE b.id IN (${visible}) AND (${q} = '' OR lower(b.name) LIKE ${like} OR lower(coalesce(b.brand, '')) LIKE ${like})
    ORDER BY lower(b.name) COLLATE "C", b.id
    LIMIT ${limit}`);
  return rowsOf<{ id: string; name: string; districtName: string | null }>(result);
}
