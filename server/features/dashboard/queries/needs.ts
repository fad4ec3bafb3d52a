import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import {
  type Area,
  before,
  inArea,
  kindOf,
  kindOver,
  type Months,
  num,
  rowsOf,
  type Source,
  sourceTable,
} from './source';

const OPEN = sql`('identified', 'planned', 'in_progress')`;

/**
 * Needs by category and by kecamatan (`district`) or subsector (`subsector`), open ones or all:
 * n, high priority, high and identified with no support (unattended). From the rollup: per
 * kecamatan the `need/…/k` rows (no subsector, no month: at most kecamatan × 13); by subsector
 * over every kecamatan the `need/open/p` rows (subsector × 13), within an area the `need/open`
 * rows of its kecamatan.
 */
export async function needCounts(
  db: Queryable,
  source: Source,
  area: Area,
  status: 'open' | 'all',
  by: 'district' | 'subsector',
) {
  const key = by === 'district' ? sql`district_code` : sql`subsector`;
  let where: SQL;
  if (source === 'raw') {
    where = sql`kind = 'need' AND ${status === 'open' ? sql`dim2 IN ${OPEN}` : sql`true`}`;
  } else if (by === 'district') {
    where = sql`kind = ${status === 'open' ? 'need/open/k' : 'need/all/k'}`;
  } else if (status === 'all') {
    where = sql`kind = 'need/all'`;
  } else {
    where = area === null ? sql`kind = 'need/open/p' AND district_code = ''` : sql`kind = 'need/open'`;
  }
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT ${key} AS key, dim AS category, sum(n) AS n, sum(v1) AS high, sum(v2) AS unattended
        FROM ${sourceTable(source)} f
       WHERE ${where} AND ${inArea(area)}
       GROUP BY 1, 2`),
  );
  return rows.map((r) => ({
    key: String(r.key),
    category: String(r.category),
    n: num(r.n),
    high: num(r.high),
    unattended: num(r.unattended),
  }));
}

/**
 * Open needs of the latest training cohorts (the participants' businesses), by category: the
 * `latest` events with such needs in the area by start date, and any tied with the last of them.
 */
export async function cohortNeeds(db: Queryable, source: Source, area: Area, latest: number) {
  const query =
    source === 'rollup'
      ? // The latest events first, each looked up by id, until enough have needs in the area.
        sql`
      WITH latest AS (
        SELECT e.id, e.title_id, e.title_en, e.start_date FROM training_events e
         WHERE EXISTS (SELECT 1 FROM dash_rollup f
                        WHERE f.kind = 'need_cohort' AND f.dim2 = e.id::text AND f.n <> 0 AND ${inArea(area, sql`f.district_code`)})
         ORDER BY e.start_date DESC FETCH FIRST (${latest}::int) ROWS WITH TIES)
      SELECT f.dim2 AS event_id, f.dim AS category, sum(f.n) AS n, e.title_id, e.title_en, e.start_date::text AS start_date
        FROM latest e JOIN dash_rollup f ON f.kind = 'need_cohort' AND f.dim2 = e.id::text
       WHERE ${inArea(area, sql`f.district_code`)}
       GROUP BY f.dim2, f.dim, e.title_id, e.title_en, e.start_date`
      : sql`
      WITH c AS MATERIALIZED (
        SELECT f.dim2, f.dim, sum(f.n) AS n FROM ${sourceTable(source)} f
         WHERE f.kind = 'need_cohort' AND ${inArea(area, sql`f.district_code`)}
         GROUP BY f.dim2, f.dim),
      latest AS (
        SELECT e.id, e.title_id, e.title_en, e.start_date FROM training_events e
         WHERE e.id::text IN (SELECT dim2 FROM c)
         ORDER BY e.start_date DESC FETCH FIRST (${latest}::int) ROWS WITH TIES)
      SELECT c.dim2 AS event_id, c.dim AS category, c.n, e.title_id, e.title_en, e.start_date::text AS start_date
        FROM c JOIN latest e ON e.id::text = c.dim2`;
  const rows = rowsOf<Record<string, unknown>>(await db.execute(query));
  return rows.map((r) => ({
    eventId: String(r.event_id),
    category: String(r.category),
    n: num(r.n),
    title: { id: String(r.title_id), en: String(r.title_en) },
    startDate: String(r.start_date),
  }));
}

/** Businesses ever supported, by kecamatan (the rest of the live IKM were never supported): 2 rows per kecamatan. */
export async function supportedByDistrict(db: Queryable, source: Source, area: Area) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT district_code, sum(n) FILTER (WHERE kind LIKE 'supported%') AS supported,
             sum(n) FILTER (WHERE kind LIKE 'ikm%') AS total
        FROM ${sourceTable(source)} f
       WHERE kind IN (${kindOf(source, 'supported', 'supported/d')}, ${kindOf(source, 'ikm', 'ikm/k')})
         AND ${inArea(area)}
       GROUP BY district_code`),
  );
  return rows.map((r) => ({
    districtCode: String(r.district_code),
    supported: num(r.supported),
    total: num(r.total),
  }));
}

/**
 * Needs identified and closed per month of the period by status, and all earlier ones as rows
 * for the month before it (open = the difference, running).
 */
export async function needsByMonth(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT to_char(greatest(period, ${before(m)}), 'YYYY-MM') AS month, split_part(kind, '/', 1) AS kind,
             dim2 AS status, sum(n) AS n
        FROM ${sourceTable(source)} f
       WHERE (${kindOver(source, area, 'need', 'need/m', 'need/p')}
              OR ${kindOver(source, area, 'need_closed', 'need_closed/m', 'need_closed/p')})
         AND period <= ${m.last}::date
       GROUP BY 1, 2, 3 ORDER BY 1`),
  );
  return rows.map((r) => ({
    month: String(r.month),
    kind: String(r.kind),
    status: String(r.status),
    n: num(r.n),
  }));
}

/**
 * Support delivered in the period, by type. Within an area an intervention counts with the
 * businesses it reached there and their share of its value (value × reached there / reached).
 * It counts once: over all kecamatan on its first one, within one kecamatan there; within
 * several (an officer's), the interventions reaching any of them are counted from the rows.
 */
export async function supportByType(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT dim AS type, sum(n) AS businesses, sum(v1) AS value, sum(v2) AS once, sum(v3) AS per_district
        FROM ${sourceTable(source)} f
       WHERE kind = 'support' AND period BETWEEN ${m.first}::date AND ${m.last}::date AND ${inArea(area)}
       GROUP BY dim ORDER BY dim`),
  );
  const several = area !== null && area.length > 1 ? await supportCounts(db, area, m) : null;
  return rows.map((r) => ({
    type: String(r.type),
    businesses: num(r.businesses),
    valueIdr: num(r.value),
    count: area === null ? num(r.once) : several ? (several.get(String(r.type)) ?? 0) : num(r.per_district),
  }));
}

/** Interventions of the period that reached a live business in any of the kecamatan, by type. */
async function supportCounts(db: Queryable, area: string[], m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT si.type, count(*) AS n FROM support_interventions si
       WHERE si.date >= ${m.first}::date AND si.date < (${m.last}::date + interval '1 month')
         AND EXISTS (SELECT 1 FROM support_businesses sb JOIN businesses b ON b.id = sb.business_id
                      WHERE sb.support_id = si.id AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
                        AND ${inArea(area, sql`b.district_code`)})
       GROUP BY si.type`),
  );
  return new Map(rows.map((r) => [String(r.type), num(r.n)]));
}
