import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { officeDate } from '#core/time';
import { createTestApp, type TestApp } from '#server/test/app';
import { seedDemo } from './service';

/*
 * The dashboard's shared rows (dash_outcome_grid, dash_period_grid, dash_rollup) are taken in one
 * order by every table's triggers: grids first, rollup last (migration 0033). Here a transaction
 * holds a period grid row that a business's deletion needs; the deletion must wait for it without
 * holding any rollup row, so that the holder can still take the rollup row and finish. With the
 * rollup's trigger first on businesses, this was a deadlock. PostgreSQL only: PGlite has one
 * connection.
 */

let t: TestApp;
const postgres = inject('testDb').kind === 'postgres';

beforeAll(async () => {
  t = await createTestApp();
  if (!postgres) return;
  t.config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-dashboard-locks-'));
  await seedDemo(t.database, {
    scale: 'city',
    homeRegionCode: '35.73',
    dataDir: t.config.dataDir,
    until: officeDate(),
    sizes: { businesses: 40, visits: 200, needs: 60, events: 2 },
  });
}, 180_000);
afterAll(() => t.close());

describe('dashboard trigger locks', () => {
  it.runIf(postgres)(
    'a business deleted while its grid rows are held waits without holding rollup rows',
    async () => {
      const pool = (t.database.driver as { pool: pg.Pool }).pool;
      const holder = await pool.connect();
      const deleter = await pool.connect();
      try {
        const {
          rows: [y],
        } = await holder.query(`
        SELECT b.id, b.subsector, dash_month(max(v.visited_on))::text AS month
          FROM businesses b JOIN visits v ON v.business_id = b.id AND v.status <> 'returned'
         WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL
         GROUP BY b.id ORDER BY b.id LIMIT 1`);
        expect(y).toBeDefined();
        const grid = `SELECT 1 FROM dash_period_grid WHERE figure = 'visited' AND subsector = $1
        AND f = ($2::date + interval '1 month')::date AND l = $2::date FOR UPDATE`;
        const rollup = `SELECT 1 FROM dash_rollup WHERE kind = 'visit/p' AND district_code = ''
        AND subsector = '' AND period = $1::date AND dim = '' AND dim2 = '' FOR UPDATE`;
        await holder.query('BEGIN');
        expect((await holder.query(grid, [y.subsector, y.month])).rowCount).toBe(1);
        const {
          rows: [{ pid }],
        } = await deleter.query('SELECT pg_backend_pid() AS pid');
        const deleting = deleter.query('UPDATE businesses SET deleted_at = now() WHERE id = $1', [y.id]);
        // The deletion is waiting on a lock (the grid row the holder has).
        for (let i = 0; ; i++) {
          const { rows } = await pool.query('SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1', [
            pid,
          ]);
          if (rows[0]?.wait_event_type === 'Lock') break;
          if (i > 200) throw new Error('the deletion never waited on the grid row');
          await new Promise((r) => setTimeout(r, 25));
        }
        // The holder now takes the rollup row the deletion also changes: free, since the
        // deletion has not reached the rollup yet.
        expect((await holder.query(rollup, [y.month])).rowCount).toBe(1);
        await holder.query('COMMIT');
        await expect(deleting).resolves.toMatchObject({ rowCount: 1 });
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        holder.release();
        deleter.release();
      }
    },
  );
});
