import { sql } from 'drizzle-orm';
import type { Database } from '#server/db/client';
import { listBusinesses } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { measure, ms, type Timing, table } from './stats';

const RUNS = 40;

/** Representative list requests: name fragments, typos, filters, plain browsing, an officer's view. */
const SEARCHES: [string, Record<string, unknown>][] = [
  ['name word "perak"', { q: 'perak' }],
  ['two words "batik sari"', { q: 'batik sari' }],
  ['prefix "topen"', { q: 'topen' }],
  ['owner name "siti aminah"', { q: 'siti aminah' }],
  ['typo "kerajnan"', { q: 'kerajnan' }],
  ['typo "anyamn lestri"', { q: 'anyamn lestri' }],
  ['kecamatan + subsector', { kecamatan: '35.73.05', subsector: 'kayu' }],
  ['certification halal', { certification: 'halal' }],
  ['data year + export status', { dataYear: 2023, exportStatus: 'aktif' }],
  ['text + kecamatan', { q: 'keramik', kecamatan: '35.73.02' }],
  ['browse by name, page 50', { page: 50, pageSize: 25 }],
  ['sort by turnover', { sort: 'turnover' }],
];

export async function benchSearch(database: Database, ctx: ServiceContext, count: number) {
  const rows: (string | number)[][] = [];
  const ids = await database.db.execute(sql`SELECT id FROM businesses ORDER BY random() LIMIT ${RUNS + 3}`);
  const idList = (ids as unknown as { rows: { id: string }[] }).rows.map((r) => r.id);
  let i = 0;
  const baseline = await measure(
    () => database.db.execute(sql`SELECT * FROM businesses WHERE id = ${idList[i++ % idList.length]}`),
    RUNS,
  );
  const officer: ServiceContext = {
    ...ctx,
    actor: ctx.actor && { ...ctx.actor, role: 'officer', kecamatanCodes: ['35.73.05'] },
  };
  const all: [string, Timing][] = [];
  for (const [label, query] of SEARCHES)
    all.push([label, await measure(() => listBusinesses(ctx, query), RUNS)]);
  all.push(['officer, "jaya"', await measure(() => listBusinesses(officer, { q: 'jaya' }), RUNS)]);
  rows.push([
    'baseline: primary-key lookup',
    ms(baseline.p50),
    ms(baseline.p95),
    ms(baseline.p99),
    '1.0',
    '',
  ]);
  let worstP95 = 0;
  for (const [label, t] of all) {
    worstP95 = Math.max(worstP95, t.p95);
    rows.push([
      label,
      ms(t.p50),
      ms(t.p95),
      ms(t.p99),
      (t.p95 / baseline.p95).toFixed(1),
      t.p95 < 50 ? 'yes' : 'NO',
    ]);
  }
  console.log(
    `\n(a) Search over ${count.toLocaleString('en')} businesses on PGlite through listBusinesses, ${RUNS} runs each (ms)\n`,
  );
  console.log(table(['request', 'p50', 'p95', 'p99', 'p95 / baseline', 'p95 < 50 ms'], rows));
  console.log(`\nworst p95: ${ms(worstP95)} ms (target < 50 ms)`);
}
