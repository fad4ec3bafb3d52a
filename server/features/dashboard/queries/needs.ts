import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { type Area, inArea, type Months, rowsOf, type Source, sourceTable } from './source';

const num = (v: unknown) => Number(v ?? 0);
const OPEN = sql`('identified', 'planned', 'in_progress')`;

/** Needs by kecamatan and category, open ones or all. */
export async function needCells(db: Queryable, source: Source, area: Area, status: 'open' | 'all') {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT district_code, subsector, dim AS category, sum(n) AS n, sum(v1) AS high, sum(v2) AS unattended
        FROM ${sourceTable(source)} f
       WHERE kind = 'need' AND ${status === 'open' ? sql`dim2 IN ${OPEN}` : sql`true`} AND ${inArea(area)}
       GROUP BY district_code, subsector, dim`),
  );
  return rows.map((r) => ({
    districtCode: String(r.district_code),
    subsector: String(r.subsector),
    category: String(r.category),
    n: num(r.n),
    high: num(r.high),
    unattended: num(r.unattended),
  }));
}

/** Open needs of each training cohort (the participants' businesses), by category. */
export async function cohortNeeds(db: Queryable, source: Source, area: Area) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT f.dim2 AS event_id, f.dim AS category, sum(f.n) AS n, e.title_id, e.title_en, e.start_date::text AS start_date
        FROM ${sourceTable(source)} f JOIN training_events e ON e.id::text = f.dim2
       WHERE f.kind = 'need_cohort' AND ${inArea(area, sql`f.district_code`)}
       GROUP BY f.dim2, f.dim, e.title_id, e.title_en, e.start_date`),
  );
  return rows.map((r) => ({
    eventId: String(r.event_id),
    category: String(r.category),
    n: num(r.n),
    title: { id: String(r.title_id), en: String(r.title_en) },
    startDate: String(r.start_date),
  }));
}

/** Businesses ever supported, by kecamatan (the rest of the live IKM were never supported). */
export async function supportedByDistrict(db: Queryable, source: Source, area: Area) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT district_code, sum(n) FILTER (WHERE kind = 'supported') AS supported,
             sum(n) FILTER (WHERE kind = 'ikm') AS total
        FROM ${sourceTable(source)} f
       WHERE kind IN ('supported', 'ikm') AND ${inArea(area)}
       GROUP BY district_code`),
  );
  return rows.map((r) => ({
    districtCode: String(r.district_code),
    supported: num(r.supported),
    total: num(r.total),
  }));
}

/** Needs identified and closed per month up to the period's end (open = the difference, running). */
export async function needsByMonth(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT to_char(period, 'YYYY-MM') AS month, kind, dim2 AS status, sum(n) AS n
        FROM ${sourceTable(source)} f
       WHERE kind IN ('need', 'need_closed') AND period <= ${m.last}::date AND ${inArea(area)}
       GROUP BY period, kind, dim2 ORDER BY period`),
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

/** Turnover, workers and channels before and after, supported vs not yet supported. */
export async function outcomes(db: Queryable, source: Source, area: Area) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT dim AS grp, sum(n) AS n, sum(v1) AS t0, sum(v2) AS t1, sum(v3) AS w0, sum(v4) AS w1, sum(v5) AS c0, sum(v6) AS c1
        FROM ${sourceTable(source)} f
       WHERE kind = 'outcome' AND ${inArea(area)}
       GROUP BY dim ORDER BY dim DESC`),
  );
  return rows.map((r) => ({
    group: String(r.grp) as 'supported' | 'not_supported',
    n: num(r.n),
    t0: num(r.t0),
    t1: num(r.t1),
    w0: num(r.w0),
    w1: num(r.w1),
    c0: num(r.c0),
    c1: num(r.c1),
  }));
}
