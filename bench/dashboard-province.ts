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
try {
  await prepareDatabase(database);
  await benchDashboard(database, { scale: 'province' });
} finally {
  await database.close();
}
