import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import {
  type Area,
  before,
  inArea,
  kindOver,
  type Months,
  num,
  rowsOf,
  type Source,
  sourceTable,
} from './source';

/**
 * Live IKM by kecamatan and subsector: at the period's end and at its start; with the
 * kecamatan's name (the figures name the areas they cover). Over every kecamatan from the rollup,
 * by kecamatan (`ikm/m`, subsector null) and by subsector (`ikm/p`, kecamatan null) apart: the
 * kecamatan × subsector cells are far more rows at province scale.
 */
export async function businessCells(db: Queryable, source: Source, area: Area, m: Months) {
  const sums = sql`sum(n) FILTER (WHERE period <= ${m.last}::date) AS total,
             sum(n) FILTER (WHERE period < ${m.first}::date) AS at_start`;
  const name = sql`(SELECT r.name FROM regions r WHERE r.code = f.district_code) AS name`;
  const query =
    source === 'rollup' && area === null
      ? sql`
      SELECT district_code, NULL AS subsector, ${sums}, ${name}
        FROM dash_rollup f WHERE kind = 'ikm/m'
       GROUP BY district_code
      UNION ALL
      SELECT NULL, subsector, ${sums}, NULL
        FROM dash_rollup f WHERE kind = 'ikm/p' AND district_code = ''
       GROUP BY subsector`
      : sql`
      SELECT district_code, subsector, ${sums}, ${name}
        FROM ${sourceTable(source)} f
       WHERE kind = 'ikm' AND ${inArea(area)}
       GROUP BY district_code, subsector`;
  const rows = rowsOf<Record<string, unknown>>(await db.execute(query));
  const text = (v: unknown) => (v === null || v === undefined ? null : String(v));
  return rows.map((r) => ({
    districtCode: text(r.district_code),
    subsector: text(r.subsector),
    total: num(r.total),
    atStart: num(r.at_start),
    name: text(r.name),
  }));
}

/**
 * Registrations per month of the period, and all earlier ones as one row for the month before it
 * (the running total starts from them).
 */
export async function registrationsByMonth(db: Queryable, source: Source, area: Area, m: Months) {
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT to_char(greatest(period, ${before(m)}), 'YYYY-MM') AS month, sum(n) AS added
        FROM ${sourceTable(source)} f
       WHERE ${kindOver(source, area, 'ikm', 'ikm/m', 'ikm/p')} AND period <= ${m.last}::date
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
       WHERE (${kindOver(source, area, 'visit', 'visit/m', 'visit/p')}
              OR (${kindOver(source, area, 'channel', 'channel/m', 'channel/p')} AND dim = 'marketplace'))
         AND period BETWEEN ${m.first}::date AND ${m.last}::date
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
       WHERE ${kindOver(source, area, 'snapshot', 'snapshot', 'snapshot/p')} AND period <= make_date(${lastYear}, 1, 1)
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
