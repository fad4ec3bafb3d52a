import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { build } from 'vite';
import { buildApp } from '#server/app';
import type { Database } from '#server/db/client';
import { producingAnswers } from '#server/features/monitoring/test-helpers';
import { createVia } from '#server/features/registry/test-helpers';
import { testConfig } from '#server/test/app';
import { createUser, DEFAULT_PASSWORD, setupAdmin } from '#server/test/factories';

/*
 * (c) Monitoring: a phone's outbox of 500 visits synced against the local server over real
 * HTTP, one send at a time as the outbox sends them, each with its Idempotency-Key; once on a
 * clean network and once with every 5th acknowledgement dropped after the server committed
 * (the phone sees no answer and sends again later). Then the visit screens' JavaScript.
 */

const VISITS = Number(process.env.BENCH_VISITS ?? 500);

type Session = { base: string; cookie: string; csrf: string };

async function signIn(base: string, email: string): Promise<Session> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEFAULT_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${res.status}`);
  const cookies = res.headers.getSetCookie().map((c) => c.split(';')[0]);
  const csrf = cookies.find((c) => c.startsWith('bk_csrf='))?.slice('bk_csrf='.length) ?? '';
  return { base, cookie: cookies.join('; '), csrf };
}

type Item = { id: string; body: unknown; state: 'pending' | 'sent'; attempts: number };

/**
 * Drains like the web outbox: oldest pending first, one at a time; a send whose answer is lost
 * stays pending and goes again in the next pass with the same key.
 */
async function drain(session: Session, items: Item[], dropEvery: number) {
  let sends = 0;
  let dropped = 0;
  while (items.some((i) => i.state === 'pending')) {
    for (const item of items) {
      if (item.state !== 'pending') continue;
      sends += 1;
      item.attempts += 1;
      const res = await fetch(`${session.base}/api/visits`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          cookie: session.cookie,
          'x-csrf-token': session.csrf,
          'idempotency-key': item.id,
        },
        body: JSON.stringify(item.body),
      });
      await res.arrayBuffer();
      // The server has committed and answered; the phone never hears it.
      if (dropEvery > 0 && sends % dropEvery === 0 && item.attempts === 1) {
        dropped += 1;
        continue;
      }
      if (res.status !== 201 && res.status !== 200) throw new Error(`visit ${res.status}`);
      item.state = 'sent';
    }
  }
  return { sends, dropped };
}

async function countRows(database: Database, ids: string[]) {
  const result = await database.db.execute(
    sql`SELECT count(*)::int AS n, count(DISTINCT id)::int AS d FROM visits WHERE id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})`,
  );
  return (result as unknown as { rows: { n: number; d: number }[] }).rows[0];
}

/** Builds the web app into a temporary folder with a manifest, to follow each page's chunks. */
async function bundleFigures() {
  const dist = await mkdtemp(path.join(os.tmpdir(), 'bk-bench-web-'));
  await build({
    configFile: path.resolve(import.meta.dirname, '..', 'web', 'vite.config.ts'),
    logLevel: 'error',
    build: { manifest: true, outDir: dist, emptyOutDir: true },
  });
  const manifest: Record<string, { file: string; imports?: string[]; isEntry?: boolean }> = JSON.parse(
    await readFile(path.join(dist, '.vite', 'manifest.json'), 'utf8'),
  );
  const size = async (file: string) => gzipSync(await readFile(path.join(dist, file))).length;
  const closure = (keys: string[]) => {
    const seen = new Set<string>();
    const walk = (k: string) => {
      if (seen.has(k) || !manifest[k]) return;
      seen.add(k);
      for (const i of manifest[k].imports ?? []) walk(i);
    };
    for (const k of keys) walk(k);
    return seen;
  };
  const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
  const pageKey = (name: string) =>
    Object.keys(manifest).find((k) => k.endsWith(`features/monitoring/pages/${name}.tsx`));
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const sum = async (keys: Set<string>) => {
    let total = 0;
    for (const k of keys) if (manifest[k].file.endsWith('.js')) total += await size(manifest[k].file);
    return total;
  };
  const entryBytes = await sum(closure(entry));
  console.log(`  app shell (entry and its imports): ${kb(entryBytes)} gzip`);
  for (const page of ['FieldPage', 'RecordVisitPage', 'EditVisitPage']) {
    const key = pageKey(page);
    if (!key) continue;
    const all = closure([...entry, key]);
    console.log(
      `  ${page.padEnd(16)} entry + page JavaScript ${kb(await sum(all))} gzip (its own chunks ${kb((await sum(all)) - entryBytes)}); with the signed-in shell, CSS and catalogs: npm run size`,
    );
  }
  await rm(dist, { recursive: true, force: true });
}

export async function benchMonitoring(database: Database) {
  console.log(`\n(c) Monitoring: ${VISITS} queued visits synced over HTTP, one send at a time`);
  const app = await buildApp({ config: testConfig(), database, logger: false });
  await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    const admin = await setupAdmin(app);
    const businesses: string[] = [];
    for (let i = 0; i < 20; i++)
      businesses.push((await createVia(admin, { name: `UD Pantau ${i}` })).id as string);
    const officer = await createUser(database, { role: 'officer', kecamatanCodes: ['35.73.05'] });
    const session = await signIn(base, officer.email);

    // Baseline: the cheapest signed-in round trip, as many times as there are visits.
    let start = performance.now();
    for (let i = 0; i < VISITS; i++) {
      const res = await fetch(`${base}/api/auth/me`, { headers: { cookie: session.cookie } });
      await res.arrayBuffer();
    }
    const baselineMs = performance.now() - start;
    console.log(
      `  baseline GET /api/auth/me ×${VISITS}: ${(baselineMs / 1000).toFixed(2)} s (${((VISITS * 1000) / baselineMs).toFixed(0)}/s)`,
    );

    for (const dropEvery of [0, 5]) {
      const items: Item[] = Array.from({ length: VISITS }, (_, i) => {
        const id = randomUUID();
        return {
          id,
          attempts: 0,
          state: 'pending',
          body: {
            id,
            businessId: businesses[i % businesses.length],
            visitedAt: new Date(Date.now() - (i + 1) * 60_000).toISOString(),
            formVersion: 1,
            answers: producingAnswers({ piecesLastMonth: i % 100 }),
          },
        };
      });
      start = performance.now();
      const { sends, dropped } = await drain(session, items, dropEvery);
      const ms = performance.now() - start;
      const rows = await countRows(
        database,
        items.map((i) => i.id),
      );
      const label = dropEvery ? 'every 5th ack dropped' : 'clean network        ';
      console.log(
        `  ${label}: ${(ms / 1000).toFixed(2)} s, ${((VISITS * 1000) / ms).toFixed(0)} visits/s, ${sends} sends (${dropped} answers lost), rows ${rows.n} (distinct ${rows.d}) of ${VISITS}: lost ${VISITS - rows.d}, duplicated ${rows.n - rows.d}; ${(ms / baselineMs).toFixed(1)}× baseline`,
      );
    }
  } finally {
    await app.close();
  }
  await bundleFigures();
}
