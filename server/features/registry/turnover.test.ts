import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearlyTurnover } from '#core/domain/registry';
import type { Database } from '#server/db/client';
import { createTestDatabase } from '#server/test/db';
import { findBusiness, insertBusiness } from './queries/businesses';
import { insertSnapshotRow } from './queries/figures';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const place = { districtCode: '35.73.05', regencyCode: '35.73' };

// Yearly only, monthly only, both (yearly wins), neither, and a zero that must not count as missing.
const CASES = [
  { turnoverYearlyIdr: 240_000_000, turnoverMonthlyIdr: null },
  { turnoverYearlyIdr: null, turnoverMonthlyIdr: 15_000_000 },
  { turnoverYearlyIdr: 100_000_000, turnoverMonthlyIdr: 20_000_000 },
  { turnoverYearlyIdr: null, turnoverMonthlyIdr: null },
  { turnoverYearlyIdr: 0, turnoverMonthlyIdr: 5_000_000 },
  { turnoverYearlyIdr: null, turnoverMonthlyIdr: 0 },
];

describe('yearly turnover', () => {
  it('the database trigger computes what yearlyTurnover computes, on the same rows', async () => {
    const { db } = database;
    for (const [i, figures] of CASES.entries()) {
      const id = await insertBusiness(db, { name: `Omzet ${i}`, ...place });
      // An older snapshot first: the latest year is the one that counts.
      await insertSnapshotRow(db, { businessId: id, dataYear: 2022, source: 'manual', turnoverYearlyIdr: 1 });
      const latest = await insertSnapshotRow(db, {
        businessId: id,
        dataYear: 2024,
        source: 'manual',
        ...figures,
      });
      const row = await findBusiness(db, id);
      expect(row?.latestTurnoverYearlyIdr ?? null, JSON.stringify(figures)).toBe(yearlyTurnover(latest));
    }
  });
});
