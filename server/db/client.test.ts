import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTestDatabase } from '../test/db';
import type { Database } from './client';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const rows = async <T>(query: ReturnType<typeof sql>) =>
  ((await database.db.execute(query)) as unknown as { rows: T[] }).rows;

describe('database connections', () => {
  // JIT compiling cost 50-700 ms for statements that run in 1-50 ms (bench (f), 500,000 IKM).
  it.runIf(inject('testDb').kind === 'postgres')(
    'turn JIT off on every pooled PostgreSQL connection',
    async () => {
      // Several at once: each may be a new connection of the pool.
      const settings = await Promise.all(
        Array.from({ length: 6 }, () =>
          rows<{ jit: string }>(sql`SELECT current_setting('jit') AS jit, pg_sleep(0.05)`),
        ),
      );
      expect(settings.map(([r]) => r.jit)).toEqual(Array(6).fill('off'));
    },
  );

  it('run the dashboard refresh functions without JIT, whoever writes', async () => {
    const config = await rows<{ name: string; config: string[] | null }>(sql`
      SELECT proname AS name, proconfig AS config FROM pg_proc
       WHERE proname IN ('dash_refresh', 'dash_outcome_refresh', 'dash_period_refresh') ORDER BY proname`);
    expect(config.map((c) => [c.name, (c.config ?? []).includes('jit=off')])).toEqual([
      ['dash_outcome_refresh', true],
      ['dash_period_refresh', true],
      ['dash_refresh', true],
    ]);
  });
});
