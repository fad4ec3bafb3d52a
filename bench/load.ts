import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';
import pg from 'pg';
import { buildApp } from '#server/app';
import { type Database, openDatabase } from '#server/db/client';
import { prepareDatabase } from '#server/prepare';
import { testConfig } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { withDatabase } from '#server/test/urls';
import { seedBusinesses } from './setup';
import { ms, table } from './stats';

/*
 * Load figures (issue 9): a signed-in officer's search and create at 30 concurrent
 * connections over real HTTP on loopback, beside GET /api/health measured in the same run by
 * the same server (the baseline: what the framework costs without the database). Each engine
 * the app runs on: PGlite (always) and PostgreSQL when BENCH_DATABASE_URL, TEST_DATABASE_URL or
 * DATABASE_URL names a server (a throwaway database is created there and dropped after).
 *
 * autocannon (already used by the catalog bench) drives the connections: it keeps exactly N
 * requests in flight on keep-alive sockets and reports HdrHistogram percentiles, which a
 * hand-written undici pool would have to reimplement.
 */

const CONNECTIONS = 30;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 8);
const BUSINESSES = Number(process.env.BENCH_LOAD_BUSINESSES ?? 20_000);

/** Counts the statements the app sends while `counting` is on (drizzle's logger sees each one). */
const statements = { counting: false, n: 0 };
const logger = {
  logQuery: () => {
    if (statements.counting) statements.n++;
  },
};

type Figures = { p50: number; p99: number; rps: number; errors: string; requests: number };

async function load(options: autocannon.Options): Promise<Figures> {
  const r = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  // Which answers were not 2xx, e.g. "429×3", and socket errors/timeouts.
  const refused = Object.entries(r.statusCodeStats ?? {})
    .filter(([code]) => !code.startsWith('2'))
    .map(([code, { count }]) => `${code}×${count}`);
  if (r.errors > 0) refused.push(`err×${r.errors}`);
  return {
    p50: r.latency.p50,
    p99: r.latency.p99,
    rps: r.requests.average,
    errors: refused.join(' ') || '0',
    requests: r.requests.total,
  };
}

/** A fresh PostgreSQL database on the server `url` names; dropped again on close. */
async function postgresDatabase(url: string): Promise<Database> {
  const name = `bk_bench_${randomBytes(5).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(url, name), logger });
  const close = database.close;
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: url });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await dropper.end();
  };
  return database;
}

async function run(label: string, database: Database) {
  await prepareDatabase(database);
  await seedBusinesses(database, BUSINESSES);
  const app = await buildApp({ config: testConfig(), database, logger: false });
  await app.ready();
  try {
    const admin = await setupAdmin(app);
    const cookie = [...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const headers = { cookie, 'content-type': 'application/json', 'x-csrf-token': admin.csrf ?? '' };
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    // Requests still queued from a run are answered before the next run starts.
    const settle = () => fetch(`${base}/api/health`).then((r) => r.text());
    const health = await load({ url: `${base}/api/health` });
    await settle();
    const search = await load({
      url: `${base}/api/businesses?q=batik%20sari&pageSize=20`,
      headers: { cookie },
    });
    await settle();
    let n = 0;
    const create = await load({
      url: `${base}/api/businesses`,
      method: 'POST',
      headers,
      requests: [
        {
          setupRequest: (req) => {
            n++;
            return {
              ...req,
              body: JSON.stringify({
                name: `UD Beban ${n}`,
                subsector: 'logam',
                districtCode: '35.73.05',
                villageCode: '35.73.05.1003',
              }),
            };
          },
        },
      ],
    });
    await settle();
    const healthAfter = await load({ url: `${base}/api/health` });
    // Statements per create, one request at a time (independent of the machine's load), once
    // every queued request has been answered.
    await settle();
    const COUNTED = 20;
    statements.n = 0;
    statements.counting = true;
    for (let i = 0; i < COUNTED; i++) {
      const res = await fetch(`${base}/api/businesses`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          name: `UD Hitung ${i}`,
          subsector: 'logam',
          districtCode: '35.73.05',
          villageCode: '35.73.05.1003',
        }),
      });
      if (res.status !== 201) throw new Error(`create answered ${res.status}: ${await res.text()}`);
    }
    statements.counting = false;
    const row = (name: string, f: Figures) => [
      name,
      ms(f.p50),
      ms(f.p99),
      f.rps.toFixed(0),
      f.requests,
      f.errors,
      `${(f.p50 / Math.max(health.p50, 0.01)).toFixed(1)}×`,
    ];
    console.log(
      `\nLoad — ${label}, ${BUSINESSES.toLocaleString('en')} businesses, ${CONNECTIONS} connections for ${SECONDS} s each, signed in as admin, HTTP on loopback`,
    );
    console.log(
      table(
        ['request', 'p50 ms', 'p99 ms', 'req/s', 'requests', 'errors', 'p50 vs health'],
        [
          row('GET /api/health (baseline)', health),
          row('GET /api/businesses?q=batik sari', search),
          row('POST /api/businesses (create)', create),
          row('GET /api/health (after)', healthAfter),
        ],
      ),
    );
    console.log(`statements per create (session check included): ${(statements.n / COUNTED).toFixed(1)}`);
  } finally {
    await app.close();
  }
}

export async function benchLoad() {
  const pglite = await openDatabase({ kind: 'pglite', dir: null, logger });
  try {
    await run('PGlite (embedded, in memory)', pglite);
  } finally {
    await pglite.close();
  }
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!url) {
    console.log('\nLoad — PostgreSQL skipped (set BENCH_DATABASE_URL, TEST_DATABASE_URL or DATABASE_URL)');
    return;
  }
  const postgres = await postgresDatabase(url);
  try {
    await run(`PostgreSQL ${new URL(url).host}`, postgres);
  } finally {
    await postgres.close();
  }
}
