import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '#server/db/client';
import {
  drillCountFromRows,
  drillDown,
  matrixFor,
  reportPdf,
  reportXlsx,
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

export type DashboardBenchOptions = {
  scale?: 'city' | 'province';
  /** Where the raw baseline runs (province: a pool whose statements time out). */
  raw?: { database: Database; timeoutSeconds: number };
};

export async function benchDashboard(database: Database, options: DashboardBenchOptions = {}) {
  const scale = options.scale ?? 'city';
  const ctx = adminContext(database);
  const officerOf = (c: typeof ctx) => ({
    ...c,
    actor: { ...c.actor!, role: 'officer' as const, kecamatanCodes: ['35.73.05'] },
  });
  const officer = officerOf(ctx);
  const rawCtx = options.raw ? adminContext(options.raw.database) : ctx;
  const rawOfficer = officerOf(rawCtx);
  // At province scale one naive aggregate takes minutes: measured once, without a warm-up.
  const rawRuns = Number(
    process.env.BENCH_DASHBOARD_RAW_RUNS ?? (scale === 'province' ? 1 : Math.max(5, Math.round(RUNS / 3))),
  );
  const start = performance.now();
  // BENCH_DASHBOARD_SEEDED=1: the database already holds the demo (a second bench over one load).
  const seeded = process.env.BENCH_DASHBOARD_SEEDED
    ? await countSeeded(database)
    : await seedDemo(database, {
        scale,
        homeRegionCode: '35.73',
        // The demo certificates are signed with a key kept there.
        dataDir: mkdtempSync(path.join(os.tmpdir(), 'bk-bench-dashboard-')),
        until: process.env.BENCH_UNTIL ?? '2026-11-30',
        log:
          scale === 'province'
            ? (line) => console.log(`${((performance.now() - start) / 1000).toFixed(0)} s ${line}`)
            : undefined,
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
  const regency =
    scale === 'province'
      ? (
          (await database.db.execute(
            sql`SELECT code FROM regions WHERE level = 'district' AND code LIKE '35.07.%' ORDER BY code`,
          )) as unknown as { rows: { code: string }[] }
        ).rows.map((r) => r.code)
      : [];
  const cases: [string, (source: 'rollup' | 'raw') => Promise<unknown>][] = [
    ['summary (12 months)', (s) => summaryFor(s === 'raw' ? rawCtx : ctx, all, s)],
    // Not the default period: the outcomes before/after are taken at other boundaries.
    ['summary (this year)', (s) => summaryFor(s === 'raw' ? rawCtx : ctx, year, s)],
    [
      'summary (this year, kecamatan)',
      (s) => summaryFor(s === 'raw' ? rawCtx : ctx, { ...year, area: district.area }, s),
    ],
    ['summary (officer)', (s) => summaryFor(s === 'raw' ? rawOfficer : officer, own, s)],
    ['needs-matrix open', (s) => matrixFor(s === 'raw' ? rawCtx : ctx, all, 'open', s)],
    ['needs-matrix all', (s) => matrixFor(s === 'raw' ? rawCtx : ctx, all, 'all', s)],
    ['targeting', (s) => targetingFor(s === 'raw' ? rawCtx : ctx, all, s)],
  ];
  // Province: an officer for a whole regency (the demo's province accounts), Kab. Malang's 33.
  if (regency.length > 1) {
    cases.splice(4, 0, [
      `summary (officer, ${regency.length} kecamatan)`,
      (s) => {
        const c = { ...(s === 'raw' ? rawCtx : ctx) };
        c.actor = { ...c.actor!, role: 'officer', kecamatanCodes: regency };
        return summaryFor(c, scopeOf(c, {}), s);
      },
    ]);
  }
  const rows: (string | number)[][] = [];
  for (const [name, run] of cases) {
    const fast = await measure(() => run('rollup'), RUNS);
    const raw = await measure(() => run('raw'), rawRuns, scale === 'province' ? 0 : 1).catch((e: unknown) => {
      // A statement timeout: the baseline is "more than the limit".
      if (options.raw && /statement timeout/.test(String((e as { cause?: unknown }).cause ?? e))) return null;
      throw e;
    });
    const over = `> ${((options.raw?.timeoutSeconds ?? 0) * 1000).toFixed(0)}`;
    rows.push([
      name,
      ms(fast.p50),
      ms(fast.p95),
      raw ? ms(raw.p50) : over,
      raw ? ms(raw.p95) : over,
      raw
        ? `${(raw.p95 / fast.p95).toFixed(1)}×`
        : `> ${(((options.raw?.timeoutSeconds ?? 0) * 1000) / fast.p95).toFixed(0)}×`,
    ]);
    console.log(
      `  ${name}: rollup p95 ${ms(fast.p95)} ms, raw p95 ${raw ? ms(raw.p95) : over} ms (${raw?.n ?? 0} runs)`,
    );
  }
  // A drill-down's page and count; its baseline counts the matching businesses from the rows.
  for (const [name, figure] of [
    ['drill: open capital needs', { figure: 'needs', category: 'capital' }],
    ['drill: never supported', { figure: 'never_supported' }],
    ['drill: certified (12 months)', { figure: 'trained', stage: 'certified' }],
    ['drill: visited (12 months)', { figure: 'visited' }],
  ] as const) {
    const query = { status: 'open', stage: 'registered', page: 1, pageSize: 50, ...figure } as const;
    const timing = await measure(() => drillDown(ctx, query), RUNS);
    const raw = await measure(
      () => drillCountFromRows(rawCtx, query),
      rawRuns,
      scale === 'province' ? 0 : 1,
    ).catch(() => null);
    const over = `> ${((options.raw?.timeoutSeconds ?? 0) * 1000).toFixed(0)}`;
    rows.push([
      name,
      ms(timing.p50),
      ms(timing.p95),
      raw ? ms(raw.p50) : over,
      raw ? ms(raw.p95) : over,
      raw ? `${(raw.p95 / timing.p95).toFixed(1)}×` : '–',
    ]);
    console.log(
      `  ${name}: p95 ${ms(timing.p95)} ms, count from the rows p95 ${raw ? ms(raw.p95) : over} ms`,
    );
  }
  // The reports: the same figures, drawn (PDF with charts, A4) or tabulated (XLSX).
  for (const [name, make] of [
    ['report.pdf', () => reportPdf(ctx, {})],
    ['report.xlsx', () => reportXlsx(ctx, {})],
  ] as const) {
    const timing = await measure(make, RUNS);
    rows.push([name, ms(timing.p50), ms(timing.p95), '–', '–', 'no raw report']);
    console.log(`  ${name}: p95 ${ms(timing.p95)} ms`);
  }
  console.log(
    table(['endpoint (service)', 'p50 ms', 'p95 ms', 'raw p50', 'raw p95', 'raw/rollup p95'], rows),
  );
  console.log('  target: p95 < 100 ms on PGlite at city scale, < 300 ms on PostgreSQL at province scale');
}

async function countSeeded(database: Database) {
  const result = await database.db.execute(sql`SELECT
    (SELECT count(*) FROM businesses)::int AS businesses, (SELECT count(*) FROM visits)::int AS visits,
    (SELECT count(*) FROM needs)::int AS needs, (SELECT count(*) FROM training_events)::int AS events,
    (SELECT count(*) FROM support_interventions)::int AS supports`);
  return (
    result as unknown as {
      rows: { businesses: number; visits: number; needs: number; events: number; supports: number }[];
    }
  ).rows[0];
}
