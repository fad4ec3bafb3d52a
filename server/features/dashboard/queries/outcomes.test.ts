import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '#server/db/client';
import { createTestDatabase } from '#server/test/db';
import { outcomes } from './outcomes';

/*
 * The province-wide grid (migration 0030) against the rule it encodes: for every period in a
 * 28-month window, the outcomes summed from the grid's corners equal the outcomes computed per
 * business from dash_outcome_facts (the path an area reads). The businesses are the awkward ones:
 * two visits in one month, a visit on a support's day, two supports in one month, support before
 * any visit or after the last, answers missing, and 40 random ones.
 */

type Business = {
  days: string[];
  turnover: (number | null)[];
  workers: (number | null)[];
  channels: (number | null)[];
  supports: string[] | null;
};

const DISTRICTS = ['35.73.01', '35.73.02'];

/** A small deterministic generator (the test must not change between runs). */
function lcg(seed: number) {
  let x = seed;
  return () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return x / 2147483648;
  };
}

const day = (monthIndex: number, d: number) => {
  const y = 2024 + Math.floor(monthIndex / 12);
  const m = (((monthIndex % 12) + 12) % 12) + 1;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

function randomBusinesses(count: number): Business[] {
  const r = lcg(7);
  const pick = (n: number) => Math.floor(r() * n);
  const out: Business[] = [];
  for (let b = 0; b < count; b++) {
    const k = 2 + pick(7);
    const days = Array.from({ length: k }, () => day(pick(26), 1 + pick(28))).sort();
    const maybe = (v: number) => (r() < 0.2 ? null : v);
    const supports =
      r() < 0.4
        ? null
        : [...new Set(Array.from({ length: 1 + pick(3) }, () => day(pick(26), 1 + pick(28))))].sort();
    out.push({
      days,
      turnover: days.map(() => maybe(1_000_000 + pick(9_000_000))),
      workers: days.map(() => maybe(1 + pick(12))),
      channels: days.map(() => maybe(pick(5))),
      supports,
    });
  }
  return out;
}

const awkward: Business[] = [
  // Two visits in one month, no support, an answer missing in the middle.
  {
    days: ['2024-02-03', '2024-02-20', '2024-05-01', '2024-09-15'],
    turnover: [100, 200, null, 400],
    workers: [1, 2, 3, 4],
    channels: [0, 1, 2, 3],
    supports: null,
  },
  // A visit on the support's day (not before it), two supports in one month.
  {
    days: ['2024-01-10', '2024-03-05', '2024-06-01', '2025-01-01'],
    turnover: [10, 20, 30, 40],
    workers: [null, 2, 2, 5],
    channels: [1, 1, 2, 2],
    supports: ['2024-03-05', '2024-03-20', '2024-11-30'],
  },
  // Support before any visit, and one after the last.
  {
    days: ['2024-04-01', '2024-08-01', '2024-12-01'],
    turnover: [5, 6, 7],
    workers: [1, 1, 1],
    channels: [null, 3, 4],
    supports: ['2023-12-31', '2025-06-01'],
  },
  // Both visits in one month, support between them.
  {
    days: ['2024-07-02', '2024-07-28'],
    turnover: [1, 2],
    workers: [1, 2],
    channels: [1, 2],
    supports: ['2024-07-15'],
  },
];

let database: Database;
const run = (query: ReturnType<typeof sql>) => database.db.execute(query);

beforeAll(async () => {
  database = await createTestDatabase();
  const businesses = [...awkward, ...randomBusinesses(40)];
  for (const [i, b] of businesses.entries()) {
    await run(sql`INSERT INTO dash_outcome_facts (business_id, district_code, days, turnover, workers, channels, supports)
      VALUES (${randomUUID()}, ${DISTRICTS[i % 2]}, ${`{${b.days.join(',')}}`}::date[],
              ${`{${b.turnover.map((v) => v ?? 'NULL').join(',')}}`}::numeric[],
              ${`{${b.workers.map((v) => v ?? 'NULL').join(',')}}`}::numeric[],
              ${`{${b.channels.map((v) => v ?? 'NULL').join(',')}}`}::integer[],
              ${b.supports ? `{${b.supports.join(',')}}` : null}::date[])`);
  }
  await run(sql`SELECT dash_outcome_grid_rebuild()`);
}, 60_000);
afterAll(() => database.close());

describe('outcomes over every kecamatan from the grid', () => {
  it('equal the per-business rule for every period of a 28-month window', async () => {
    const months = Array.from({ length: 28 }, (_, i) => day(i - 1, 1));
    let compared = 0;
    let counted = 0;
    for (const [i, first] of months.entries()) {
      for (const last of months.slice(i)) {
        const m = { first, last };
        const grid = await outcomes(database.db, 'rollup', null, m);
        const perBusiness = await outcomes(database.db, 'rollup', DISTRICTS, m);
        expect({ m, grid }).toEqual({ m, grid: perBusiness });
        compared += 1;
        counted += grid.reduce((n, g) => n + g.businesses, 0);
      }
    }
    expect(compared).toBe(406);
    // The window is not empty: most periods count businesses in both groups.
    expect(counted).toBeGreaterThan(2000);
  });
});
