import { monthsBetween } from '#core/domain/dashboard';
import type { AreaRow, DashboardFilters, Summary } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { needsByMonth, supportByType } from '../queries/needs';
import { outcomes } from '../queries/outcomes';
import { inOneStatement, type Source } from '../queries/source';
import {
  businessCells,
  registrationsByMonth,
  snapshotsByYear,
  trainingFunnel,
  visitsByMonth,
} from '../queries/summary';
import { type Scope, scopeOf } from './scope';

const month = (day: string) => day.slice(0, 7);
const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : null);
const pct = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : null);

type Cell = { districtCode: string | null; subsector: string | null; total: number; atStart: number };

function areaRows(cells: Cell[], key: 'districtCode' | 'subsector', names: Map<string, string>): AreaRow[] {
  const by = new Map<string, { businesses: number; atStart: number }>();
  for (const c of cells) {
    const code = c[key];
    if (code === null) continue; // a row by the other key only (queries/summary.ts `businessCells`)
    const row = by.get(code) ?? { businesses: 0, atStart: 0 };
    row.businesses += c.total;
    row.atStart += c.atStart;
    by.set(code, row);
  }
  return [...by]
    .map(([code, r]) => ({
      code,
      name: names.get(code) ?? null,
      businesses: r.businesses,
      atStart: r.atStart,
      added: r.businesses - r.atStart,
      growthPct: pct(r.businesses - r.atStart, r.atStart),
    }))
    .sort((a, b) => b.businesses - a.businesses || a.code.localeCompare(b.code));
}

/*
 * Outcomes before/after, for the period's months (queries/needs.ts `outcomes`):
 * - supported: live businesses in the area reached by support dated within the period; "before"
 *   is their last visit before the first such support (at any earlier time), "after" their
 *   latest visit from that support to the period's end;
 * - not yet supported: businesses with no support dated up to the period's end; "before" is
 *   their last visit before the period, "after" their latest visit within it.
 * Businesses supported only before the period are in neither group. A business counts only
 * with a visit on both sides; each average (monthly turnover, workers, sales channels) is over
 * the businesses that answered that question on both visits. Visits are the source: yearly
 * snapshots hold no channels and a different turnover (a year's), so they are not mixed in.
 */

/** The headline figures for a scope, read from `source` (the rollup, or the raw rows). */
export async function summaryFor(
  ctx: ServiceContext,
  scope: Scope,
  source: Source = 'rollup',
): Promise<Summary> {
  const { area, period } = scope;
  const m = { first: period.firstMonth, last: period.lastMonth };
  // One statement for every figure (queries/source.ts `inOneStatement`).
  const [cells, registrations, visitRows, snapshots, funnel, needRows, delivered, outcomeRows] =
    await inOneStatement(ctx.db, [
      (db) => businessCells(db, source, area, m),
      (db) => registrationsByMonth(db, source, area, m),
      (db) => visitsByMonth(db, source, area, m),
      (db) => snapshotsByYear(db, source, area, Number(period.to.slice(0, 4))),
      (db) => trainingFunnel(db, source, area, m),
      (db) => needsByMonth(db, source, area, m),
      (db) => supportByType(db, source, area, m),
      (db) => outcomes(db, source, area, m),
    ] as const);
  const names = new Map(
    cells.flatMap((c) =>
      c.name === null || c.districtCode === null ? [] : [[c.districtCode, c.name] as const],
    ),
  );
  const byDistrict = areaRows(cells, 'districtCode', names);
  const bySubsector = areaRows(cells, 'subsector', new Map());
  const businesses = byDistrict.reduce((a, r) => a + r.businesses, 0);
  const atStart = byDistrict.reduce((a, r) => a + r.atStart, 0);

  const addedByMonth = new Map(registrations.map((r) => [r.month, r.added]));
  let running = registrations.filter((r) => `${r.month}-01` < m.first).reduce((a, r) => a + r.added, 0);
  const growth = monthsBetween(m.first, m.last).map((first) => {
    const added = addedByMonth.get(month(first)) ?? 0;
    running += added;
    return { month: month(first), added, total: running };
  });

  const visitsOf = new Map(visitRows.filter((r) => r.kind === 'visit').map((r) => [r.month, r]));
  const onlineOf = new Map(visitRows.filter((r) => r.kind === 'channel').map((r) => [r.month, r.n]));
  const visitTrend = monthsBetween(m.first, m.last).map((first) => {
    const v = visitsOf.get(month(first));
    const n = v?.n ?? 0;
    return {
      month: month(first),
      visits: n,
      producingPct: pct(v?.producing ?? 0, n),
      piecesAvg: ratio(v?.pieces ?? 0, v?.producing ?? 0),
      turnoverAvg: ratio(v?.turnover ?? 0, v?.turnoverN ?? 0),
      workersAvg: ratio(v?.workers ?? 0, v?.workersN ?? 0),
      onlinePct: pct(onlineOf.get(month(first)) ?? 0, n),
    };
  });

  // Needs: identified per month; open at a month's end = identified so far − closed so far.
  const identified = new Map<string, number>();
  const closed = new Map<string, number>();
  const met = new Map<string, number>();
  let openBefore = 0;
  let needsOpen = 0;
  for (const r of needRows) {
    const before = `${r.month}-01` < m.first;
    if (r.kind === 'need') {
      if (before) openBefore += r.n;
      else identified.set(r.month, (identified.get(r.month) ?? 0) + r.n);
      if (r.status === 'identified' || r.status === 'planned' || r.status === 'in_progress') needsOpen += r.n;
    } else {
      if (before) openBefore -= r.n;
      else closed.set(r.month, (closed.get(r.month) ?? 0) + r.n);
      if (!before && r.status === 'met') met.set(r.month, (met.get(r.month) ?? 0) + r.n);
    }
  }
  let open = openBefore;
  const needsTrend = monthsBetween(m.first, m.last).map((first) => {
    const key = month(first);
    open += (identified.get(key) ?? 0) - (closed.get(key) ?? 0);
    return { month: key, identified: identified.get(key) ?? 0, met: met.get(key) ?? 0, open };
  });

  return {
    period: { from: period.from, to: period.to, districtCodes: area },
    totals: {
      businesses,
      added: businesses - atStart,
      visits: visitTrend.reduce((a, v) => a + v.visits, 0),
      registered: funnel.registered,
      certified: funnel.certified,
      needsOpen,
      needsMet: needsTrend.reduce((a, r) => a + r.met, 0),
    },
    byDistrict,
    bySubsector,
    growth,
    visitTrend,
    snapshotTrend: snapshots.map((s) => ({
      year: s.year,
      businesses: s.businesses,
      turnoverTotal: s.turnover,
      turnoverAvg: ratio(s.turnover, s.turnoverN),
      workersTotal: s.workers,
      outputTotal: s.output,
    })),
    funnel,
    needsTrend,
    support: {
      delivered,
      outcomes: outcomeRows,
    },
  };
}

export async function getSummary(ctx: ServiceContext, filters: DashboardFilters): Promise<Summary> {
  return summaryFor(ctx, scopeOf(ctx, filters));
}
