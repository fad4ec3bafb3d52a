import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Database } from '#server/db/client';
import {
  drillDown,
  matrixFor,
  scopeOf,
  seedDemo,
  summaryFor,
  targetingFor,
} from '#server/features/dashboard/service';
import { adminContext } from './setup';
import { measure, ms, table } from './stats';

/*
 * (f) Dashboard at city scale: the demo office (`npm run seed:demo -- --scale city`: 5,000 IKM,
 * 50,000 visits, ~20,000 needs, 200 events) in PGlite; each endpoint's service read from the
 * rollup next to the same figures aggregated from the raw rows (the views over the tables),
 * the baseline. BENCH_DASHBOARD_SCALE=province with BENCH_DATABASE_URL: bench/dashboard-province.ts.
 */

const RUNS = Number(process.env.BENCH_DASHBOARD_RUNS ?? 30);

export async function benchDashboard(database: Database, options: { scale?: 'city' | 'province' } = {}) {
  const scale = options.scale ?? 'city';
  const ctx = adminContext(database);
  const officer = {
    ...ctx,
    actor: { ...ctx.actor!, role: 'officer' as const, kecamatanCodes: ['35.73.05'] },
  };
  const start = performance.now();
  const seeded = await seedDemo(database, {
    scale,
    homeRegionCode: '35.73',
    // The demo certificates are signed with a key kept there.
    dataDir: mkdtempSync(path.join(os.tmpdir(), 'bk-bench-dashboard-')),
    until: process.env.BENCH_UNTIL ?? '2026-11-30',
    sizes: process.env.BENCH_DASHBOARD_BUSINESSES
      ? {
          businesses: Number(process.env.BENCH_DASHBOARD_BUSINESSES),
          visits: Number(process.env.BENCH_DASHBOARD_BUSINESSES) * 10,
          needs: Number(process.env.BENCH_DASHBOARD_BUSINESSES) * 4,
          events: Math.max(10, Math.round(Number(process.env.BENCH_DASHBOARD_BUSINESSES) / 25)),
        }
      : undefined,
  });
  console.log(
    `\n(f) Dashboard, ${scale} scale on ${database.kind}: ${seeded.businesses.toLocaleString('en')} IKM, ${seeded.visits.toLocaleString('en')} visits, ${seeded.needs.toLocaleString('en')} needs, ${seeded.events} events, ${seeded.supports} support interventions seeded in ${((performance.now() - start) / 1000).toFixed(0)} s; ${RUNS} runs each`,
  );
  const all = scopeOf(ctx, {});
  const year = scopeOf(ctx, { from: '2026-01-01', to: '2026-11-30' });
  const district = scopeOf(ctx, { districtCode: '35.73.05' });
  const own = scopeOf(officer, {});
  const cases: [string, (source: 'rollup' | 'raw') => Promise<unknown>][] = [
    ['summary (12 months)', (s) => summaryFor(ctx, all, s)],
    ['summary (this year, kecamatan)', (s) => summaryFor(ctx, { ...year, area: district.area }, s)],
    ['summary (officer)', (s) => summaryFor(officer, own, s)],
    ['needs-matrix open', (s) => matrixFor(ctx, all, 'open', s)],
    ['needs-matrix all', (s) => matrixFor(ctx, all, 'all', s)],
    ['targeting', (s) => targetingFor(ctx, all, s)],
  ];
  const rows: (string | number)[][] = [];
  for (const [name, run] of cases) {
    const fast = await measure(() => run('rollup'), RUNS);
    const raw = await measure(() => run('raw'), Math.max(5, Math.round(RUNS / 3)), 1);
    rows.push([
      name,
      ms(fast.p50),
      ms(fast.p95),
      ms(raw.p50),
      ms(raw.p95),
      `${(raw.p95 / fast.p95).toFixed(1)}×`,
    ]);
  }
  for (const [name, query] of [
    ['drill: open capital needs', { figure: 'needs', category: 'capital' }],
    ['drill: never supported', { figure: 'never_supported' }],
    ['drill: certified (12 months)', { figure: 'trained', stage: 'certified' }],
  ] as const) {
    const timing = await measure(
      () => drillDown(ctx, { status: 'open', stage: 'registered', page: 1, pageSize: 50, ...query }),
      RUNS,
    );
    rows.push([name, ms(timing.p50), ms(timing.p95), '–', '–', 'raw rows']);
  }
  console.log(
    table(['endpoint (service)', 'p50 ms', 'p95 ms', 'raw p50', 'raw p95', 'raw/rollup p95'], rows),
  );
  console.log('  target: p95 < 100 ms on PGlite at city scale, < 300 ms on PostgreSQL at province scale');
}
