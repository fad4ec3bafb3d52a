import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import type { Actor } from '#server/lib/context';
import { rowsOf } from './scope';
import { type SearchFilter, whereClause } from './search';

/** One exported business. Deliberately no NIK, nor any other owner identifier. */
export type ExportRow = {
  id: string;
  sort_name: string;
  name: string;
  brand: string | null;
  legal_form: string | null;
  nib: string | null;
  npwp: string | null;
  subsector: string;
  products: string[] | null;
  address: string | null;
  district: string | null;
  village: string | null;
  year_founded: number | null;
  export_status: string;
  export_countries: string[] | null;
  sentra: string | null;
  owners: string | null;
  phones: string | null;
  data_year: number | null;
  workers_male: number | null;
  workers_female: number | null;
  workers_total: number | null;
  investment_idr: string | null;
  turnover_monthly_idr: string | null;
  turnover_yearly_idr: string | null;
  output_value_idr: string | null;
  capacity: string | null;
  capacity_unit: string | null;
  certifications: string[] | null;
};

export type ExportCursor = { name: string; id: string } | null;

/**
 * A page of the filtered list in name order, continued from `after` (keyset paging keeps each
 * page as cheap as the first, however long the export). The same scope and filters as the
 * list (`whereClause`); figures are the latest snapshot, or the requested data year's.
 */
export async function exportPage(
  db: Queryable,
  actor: Actor | null,
  filter: SearchFilter,
  after: ExportCursor,
  limit: number,
): Promise<ExportRow[]> {
  const conditions: SQL[] = [whereClause(actor, filter)];
  if (after) conditions.push(sql`(lower(b.name) COLLATE "C", b.id) > (${after.name}, ${after.id}::uuid)`);
  const year = filter.dataYear === undefined ? sql`TRUE` : sql`s.data_year = ${filter.dataYear}`;
  const result = await db.execute(sql`
    SELECT b.id, lower(b.name) AS sort_name, b.name, b.brand, b.legal_form, b.nib, b.npwp, b.subsector, b.products, b.address,
           d.name AS district, v.name AS village, b.year_founded, b.export_status, b.export_countries, b.sentra,
           (SELECT string_agg(o.name, '; ' ORDER BY bo.is_primary DESC, o.name) FROM business_owners bo
              JOIN owners o ON o.id = bo.owner_id WHERE bo.business_id = b.id AND o.erased_at IS NULL) AS owners,
           (SELECT string_agg(o.phone, '; ' ORDER BY bo.is_primary DESC, o.name) FROM business_owners bo
              JOIN owners o ON o.id = bo.owner_id WHERE bo.business_id = b.id AND o.phone IS NOT NULL
              AND o.erased_at IS NULL) AS phones,
           s.data_year, s.workers_male, s.workers_female,
           coalesce(s.workers_total, CASE WHEN s.workers_male IS NULL AND s.workers_female IS NULL THEN NULL
             ELSE coalesce(s.workers_male, 0) + coalesce(s.workers_female, 0) END) AS workers_total,
           s.investment_idr, s.turnover_monthly_idr,
           s.turnover_yearly_idr, s.output_value_idr, s.capacity, s.capacity_unit,
           (SELECT array_agg(DISTINCT c.type ORDER BY c.type) FROM certifications c WHERE c.business_id = b.id)
             AS certifications
      FROM businesses b
      LEFT JOIN regions d ON d.code = b.district_code
      LEFT JOIN regions v ON v.code = b.village_code
      LEFT JOIN LATERAL (
        SELECT * FROM business_snapshots s WHERE s.business_id = b.id AND ${year}
        ORDER BY s.data_year DESC, s.recorded_at DESC LIMIT 1
      ) s ON TRUE
     WHERE ${sql.join(conditions, sql` AND `)}
     ORDER BY lower(b.name) COLLATE "C", b.id
     LIMIT ${limit}`);
  return rowsOf<ExportRow>(result);
}
