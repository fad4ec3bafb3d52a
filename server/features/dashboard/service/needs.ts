import { NEED_CATEGORIES } from '#core/domain/needs';
import type { MatrixQuery, NeedsMatrix, Targeting } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { cohortNeeds, needCounts, supportedByDistrict } from '../queries/needs';
import { homeDistricts, regionNames } from '../queries/regions';
import type { Source } from '../queries/source';
import { type Scope, scopeOf } from './scope';

const TOP = 5;
const COHORTS = 10;

type Tally = Map<string, number>;
const add = (t: Tally, k: string, n: number) => t.set(k, (t.get(k) ?? 0) + n);
const top = (t: Tally, limit = TOP) =>
  [...t]
    .filter(([, n]) => n > 0)
    .map(([category, n]) => ({ category, n }))
    .sort((a, b) => b.n - a.n || a.category.localeCompare(b.category))
    .slice(0, limit);

/** Rows: the asker's kecamatan (an admin: the home regency's), plus any other with needs. */
async function matrixDistricts(ctx: ServiceContext, scope: Scope, withNeeds: string[]) {
  const base = scope.area ?? (await homeDistricts(ctx.db, ctx.config.HOME_REGION_CODE));
  return [...new Set([...base, ...withNeeds])].sort();
}

export async function matrixFor(
  ctx: ServiceContext,
  scope: Scope,
  status: 'open' | 'all',
  source: Source = 'rollup',
): Promise<NeedsMatrix> {
  // A cell's key is its kecamatan code.
  const cells = await needCounts(ctx.db, source, scope.area, status, 'district');
  const districts = await matrixDistricts(ctx, scope, [...new Set(cells.map((c) => c.key))]);
  const names = await regionNames(ctx.db, districts);
  const counts = new Map(districts.map((d) => [d, Object.fromEntries(NEED_CATEGORIES.map((c) => [c, 0]))]));
  for (const c of cells) {
    const row = counts.get(c.key);
    if (row && c.category in row) row[c.category] += c.n;
  }
  return {
    categories: [...NEED_CATEGORIES],
    rows: districts.map((d) => ({
      districtCode: d,
      districtName: names.get(d) ?? null,
      counts: counts.get(d) ?? {},
    })),
  };
}

export async function getNeedsMatrix(ctx: ServiceContext, query: MatrixQuery): Promise<NeedsMatrix> {
  return matrixFor(ctx, scopeOf(ctx, { districtCode: query.districtCode }), query.status);
}

export async function targetingFor(
  ctx: ServiceContext,
  scope: Scope,
  source: Source = 'rollup',
): Promise<Targeting> {
  const locale = ctx.actor?.locale ?? 'id';
  // Per kecamatan and per subsector from their own rows (at province scale the rows with both
  // are almost as many as the needs). Side by side over the pool, not inOneStatement: on
  // PostgreSQL one statement runs them one after another (100,000 IKM, interleaved: p50 419 ms
  // as one statement, 248 ms as four; bench/README.md (f)).
  const [districtCells, cells, cohorts, supported] = await Promise.all([
    needCounts(ctx.db, source, scope.area, 'open', 'district'),
    needCounts(ctx.db, source, scope.area, 'open', 'subsector'),
    cohortNeeds(ctx.db, source, scope.area, COHORTS),
    supportedByDistrict(ctx.db, source, scope.area),
  ]);
  const names = await regionNames(ctx.db, [
    ...new Set([...districtCells.map((c) => c.key), ...supported.map((s) => s.districtCode)]),
  ]);
  const overall = new Map<string, { n: number; high: number }>();
  const byDistrict = new Map<string, Tally>();
  const bySubsector = new Map<string, Tally>();
  const unattended: Tally = new Map();
  for (const c of cells) {
    const o = overall.get(c.category) ?? { n: 0, high: 0 };
    o.n += c.n;
    o.high += c.high;
    overall.set(c.category, o);
    add(bySubsector.get(c.key) ?? bySubsector.set(c.key, new Map()).get(c.key)!, c.category, c.n);
    add(unattended, c.category, c.unattended);
  }
  for (const c of districtCells) {
    add(byDistrict.get(c.key) ?? byDistrict.set(c.key, new Map()).get(c.key)!, c.category, c.n);
  }
  const cohortTally = new Map<string, { title: string; startDate: string; t: Tally; total: number }>();
  for (const c of cohorts) {
    const e = cohortTally.get(c.eventId) ?? {
      title: c.title[locale],
      startDate: c.startDate,
      t: new Map(),
      total: 0,
    };
    add(e.t, c.category, c.n);
    e.total += c.n;
    cohortTally.set(c.eventId, e);
  }
  const never = supported.map((s) => ({
    code: s.districtCode,
    name: names.get(s.districtCode) ?? null,
    n: s.total - s.supported,
  }));
  return {
    overall: [...overall]
      .map(([category, o]) => ({ category, ...o }))
      .sort((a, b) => b.n - a.n || a.category.localeCompare(b.category)),
    byDistrict: [...byDistrict]
      .map(([code, t]) => ({ code, name: names.get(code) ?? null, top: top(t) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    bySubsector: [...bySubsector]
      .map(([code, t]) => ({ code, top: top(t) }))
      .sort((a, b) => a.code.localeCompare(b.code)),
    byCohort: [...cohortTally]
      .sort((a, b) => b[1].startDate.localeCompare(a[1].startDate) || a[0].localeCompare(b[0]))
      .slice(0, COHORTS)
      .map(([eventId, e]) => ({ eventId, title: e.title, startDate: e.startDate, top: top(e.t) })),
    unattendedHigh: {
      total: [...unattended.values()].reduce((a, n) => a + n, 0),
      byCategory: top(unattended, NEED_CATEGORIES.length),
    },
    neverSupported: {
      total: never.reduce((a, r) => a + r.n, 0),
      byDistrict: never.sort((a, b) => b.n - a.n || a.code.localeCompare(b.code)),
    },
  };
}

export async function getTargeting(
  ctx: ServiceContext,
  query: { districtCode?: string },
): Promise<Targeting> {
  return targetingFor(ctx, scopeOf(ctx, { districtCode: query.districtCode }));
}
