import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { type Area, inArea, kindOf, type Months, rowsOf, type Source, sourceTable } from './source';

const num = (v: unknown) => Number(v ?? 0);

/**
 * Live IKM by kecamatan and subsector: at the period's end, at its start, and added within it;
 * with the kecamatan's name (the figures name the areas they cover).
 */
export async function businessCells(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT district_code, subsector,
             sum(n) FILTER (WHERE period <= ${m.last}::date) AS total,
             sum(n) FILTER (WHERE period < ${m.first}::date) AS at_start,
             (SELECT r.name FROM regions r WHERE r.code = f.district_code) AS name
        FROM ${sourceTable(source)} f
       WHERE kind = 'ikm' AND ${inArea(area)}
       GROUP BY district_code, subsector`),
  );
  return rows.map((r) => ({
    districtCode: String(r.district_code),
    subsector: String(r.subsector),
    total: num(r.total),
    atStart: num(r.at_start),
    name: r.name === null || r.name === undefined ? null : String(r.name),
  }));
}

/** The month before the period's first: the months before the period are summed into it. */
export const before = (m: Months) => sql`(${m.first}::date - interval '1 month')::date`;

/**
 * Registrations per month of the period, and all earlier ones as one row for the month before it
 * (the running total starts from them).
 */
export async function registrationsByMonth(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT to_char(greatest(period, ${before(m)}), 'YYYY-MM') AS month, sum(n) AS added
        FROM ${sourceTable(source)} f
       WHERE kind = ${kindOf(source, 'ikm', 'ikm/m')} AND period <= ${m.last}::date AND ${inArea(area)}
       GROUP BY 1 ORDER BY 1`),
  );
  return rows.map((r) => ({ month: String(r.month), added: num(r.added) }));
}

export async function visitsByMonth(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT to_char(period, 'YYYY-MM') AS month, split_part(kind, '/', 1) AS kind,
             sum(n) AS n, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3, sum(v4) AS v4, sum(v5) AS v5, sum(v6) AS v6
        FROM ${sourceTable(source)} f
       WHERE (kind = ${kindOf(source, 'visit', 'visit/m')}
              OR (kind = ${kindOf(source, 'channel', 'channel/m')} AND dim = 'marketplace'))
         AND period BETWEEN ${m.first}::date AND ${m.last}::date AND ${inArea(area)}
       GROUP BY period, 2 ORDER BY period`),
  );
  return rows.map((r) => ({
    month: String(r.month),
    kind: String(r.kind),
    n: num(r.n),
    producing: num(r.v1),
    pieces: num(r.v2),
    turnover: num(r.v3),
    turnoverN: num(r.v4),
    workers: num(r.v5),
    workersN: num(r.v6),
  }));
}

/** Yearly snapshots up to the period's end year. */
export async function snapshotsByYear(db: Queryable, source: Source, area: Area, lastYear: number) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT extract(year FROM period)::int AS year,
             sum(n) AS n, sum(v1) AS turnover, sum(v2) AS workers, sum(v3) AS output, sum(v4) AS turnover_n
        FROM ${sourceTable(source)} f
       WHERE kind = 'snapshot' AND period <= make_date(${lastYear}, 1, 1) AND ${inArea(area)}
       GROUP BY period ORDER BY period`),
  );
  return rows.map((r) => ({
    year: num(r.year),
    businesses: num(r.n),
    turnover: num(r.turnover),
    turnoverN: num(r.turnover_n),
    workers: num(r.workers),
    output: num(r.output),
  }));
}

/** Registered → attended → certified → followed up, for events starting in the period. */
export async function trainingFunnel(db: Queryable, source: Source, area: Area, m: Months) {
  const [r] = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT sum(n) AS n, sum(v1) AS v1, sum(v2) AS v2, sum(v3) AS v3
        FROM ${sourceTable(source)} f
       WHERE kind = 'training' AND period BETWEEN ${m.first}::date AND ${m.last}::date AND ${inArea(area)}`),
  );
  return { registered: num(r?.n), attended: num(r?.v1), certified: num(r?.v2), followedUp: num(r?.v3) };
}
