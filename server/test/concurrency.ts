import type { LightMyRequestResponse } from 'fastify';
import type { Database } from '../db/client';

/**
 * Helpers for race tests. They mean something on PostgreSQL, where the pool hands parallel
 * requests separate connections (PGlite has one connection and serializes every statement,
 * which hides lost updates and check-then-write races): CI runs every test on both engines.
 */

/**
 * Starts `n` copies of `task` together: each waits for one shared start signal, so none gets
 * a head start while the others are still being created.
 */
export async function together<T>(n: number, task: (i: number) => Promise<T>): Promise<T[]> {
  let go!: () => void;
  const start = new Promise<void>((resolve) => {
    go = resolve;
  });
  const running = Array.from({ length: n }, (_, i) => start.then(() => task(i)));
  go();
  return Promise.all(running);
}

/** How many answers had each status: `{ 200: 1, 409: 19 }`. */
export function statusCounts(responses: LightMyRequestResponse[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.statusCode] = (counts[r.statusCode] ?? 0) + 1;
  return counts;
}

/**
 * Watches how many pool connections are checked out at once while `work` runs; on PostgreSQL
 * a race test asserts `peak > 1` to prove its requests really overlapped in the database.
 * PGlite always reports 1.
 */
export async function peakConnections<T>(database: Database, work: () => Promise<T>) {
  if (database.driver.kind !== 'postgres') return { result: await work(), peak: 1 };
  const pool = database.driver.pool;
  let busy = 0;
  let peak = 0;
  const acquire = () => {
    busy++;
    peak = Math.max(peak, busy);
  };
  const release = () => {
    busy--;
  };
  pool.on('acquire', acquire);
  pool.on('release', release);
  try {
    return { result: await work(), peak };
  } finally {
    pool.off('acquire', acquire);
    pool.off('release', release);
  }
}

/** True when the tests run on PostgreSQL (parallel connections); false on PGlite. */
export const isPostgres = (database: Database) => database.kind === 'postgres';
