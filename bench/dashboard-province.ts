import { openDatabase } from '#server/db/client';
import { prepareDatabase } from '#server/prepare';
import { benchDashboard } from './dashboard';

/*
 * Province scale on PostgreSQL: `BENCH_DATABASE_URL=postgres://… npx tsx bench/dashboard-province.ts`
 * (an EMPTY database: it is migrated and filled with 500,000 IKM and 5,000,000 visits, which
 * takes a long while). BENCH_DASHBOARD_BUSINESSES=50000 runs a reduced province (10 visits,
 * 4 needs per IKM).
 */
const url = process.env.BENCH_DATABASE_URL;
if (!url) {
  console.error('BENCH_DATABASE_URL is required (an empty PostgreSQL database)');
  process.exit(2);
}
const database = await openDatabase({ kind: 'postgres', url, max: 4 });
// The raw baseline's own pool, whose statements give up after BENCH_DASHBOARD_RAW_TIMEOUT_S.
const timeoutSeconds = Number(process.env.BENCH_DASHBOARD_RAW_TIMEOUT_S ?? 600);
const rawUrl = new URL(url);
rawUrl.searchParams.set('options', `-c statement_timeout=${timeoutSeconds * 1000}`);
const raw = await openDatabase({ kind: 'postgres', url: rawUrl.toString(), max: 4 });
try {
  await prepareDatabase(database);
  await benchDashboard(database, { scale: 'province', raw: { database: raw, timeoutSeconds } });
} finally {
  await raw.close();
  await database.close();
}
