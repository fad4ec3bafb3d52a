import { type SQL, sql } from 'drizzle-orm';
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

/**
 * Turnover, workers and channels before and after, for the businesses supported in the period
 * vs those not yet supported by its end (the rule is in service/summary.ts). Read from the rows:
 * which visit is "before" depends on the period, so no rollup holds it.
 */
export async function outcomes(db: Queryable, area: Area, m: Months) {
  const end = sql`(${m.last}::date + interval '1 month')::date`;
  const channels = (a: SQL) =>
    sql`CASE WHEN jsonb_typeof(${a}->'salesChannels') = 'array' THEN jsonb_array_length(${a}->'salesChannels') END`;
  const both = (before: SQL, after: SQL) =>
    sql`FILTER (WHERE ${before} IS NOT NULL AND ${after} IS NOT NULL)`;
  const measure = (name: string, of: (a: SQL) => SQL) => {
    const [b, a] = [of(sql`bv.answers`), of(sql`av.answers`)];
    return sql`avg(${b}) ${both(b, a)} AS ${sql.raw(`${name}0`)}, avg(${a}) ${both(b, a)} AS ${sql.raw(`${name}1`)}`;
  };
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      WITH s AS (
        SELECT sb.business_id, min(si.date) AS first
          FROM support_interventions si JOIN support_businesses sb ON sb.support_id = si.id
         WHERE si.date >= ${m.first}::date AND si.date < ${end}
         GROUP BY sb.business_id
      ), x AS (
        SELECT b.id, s.first, CASE WHEN s.first IS NULL THEN 'not_supported' ELSE 'supported' END AS grp
          FROM businesses b LEFT JOIN s ON s.business_id = b.id
         WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND ${inArea(area, sql`b.district_code`)}
           AND (s.first IS NOT NULL OR NOT EXISTS (
                 SELECT 1 FROM support_businesses sb JOIN support_interventions si ON si.id = sb.support_id
                  WHERE sb.business_id = b.id AND si.date < ${end}))
      )
      SELECT x.grp, count(*) AS n,
             ${measure('t', (a) => sql`dash_num(${a}->'turnoverLastMonth')`)},
             ${measure('w', (a) => sql`dash_num(${a}->'workers')`)},
             ${measure('c', channels)}
        FROM x
        JOIN LATERAL (SELECT v.answers FROM visits v
                       WHERE v.business_id = x.id AND v.status <> 'returned'
                         AND v.visited_on < coalesce(x.first, ${m.first}::date)
                       ORDER BY v.visited_on DESC, v.id DESC LIMIT 1) bv ON true
        JOIN LATERAL (SELECT v.answers FROM visits v
                       WHERE v.business_id = x.id AND v.status <> 'returned'
                         AND v.visited_on >= coalesce(x.first, ${m.first}::date) AND v.visited_on < ${end}
                       ORDER BY v.visited_on DESC, v.id DESC LIMIT 1) av ON true
       GROUP BY x.grp ORDER BY x.grp DESC`),
  );
  const avg = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return rows.map((r) => ({
    group: String(r.grp) as 'supported' | 'not_supported',
    businesses: num(r.n),
    turnoverBefore: avg(r.t0),
    turnoverAfter: avg(r.t1),
    workersBefore: avg(r.w0),
    workersAfter: avg(r.w1),
    channelsBefore: avg(r.c0),
    channelsAfter: avg(r.c1),
  }));
}
