import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { generatedCsv, generatedWorkbook } from './fixtures/generated';
import { counts, importOk, tableCounts } from './test-helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('a 10,000-row workbook', () => {
  it('imports every row, and a second import of it creates nothing', { timeout: 240_000 }, async () => {
    const file = await generatedWorkbook(10_000);
    const first = await importOk(admin, file, 'ikm-10000.xlsx');
    expect(counts(first)).toEqual({ total: 10_000, created: 10_000, updated: 0, duplicates: 0, rejected: 0 });
    expect(first.dataYear).toBe(2024);
    const after = await tableCounts(t.database);
    expect(after).toMatchObject({ businesses: 10_000, owners: 10_000, snapshots: 10_000, links: 10_000 });
    const again = await importOk(admin, file, 'ikm-10000.xlsx');
    expect(counts(again)).toEqual({ total: 10_000, created: 0, updated: 0, duplicates: 10_000, rejected: 0 });
    expect(await tableCounts(t.database)).toEqual(after);
  });

  it('reads the same rows from a ";" CSV as updates of nothing new', { timeout: 120_000 }, async () => {
    const csv = Buffer.from(generatedCsv(2_000), 'utf8');
    const result = await importOk(admin, csv, 'ikm-2000.csv', 'dryRun=true');
    // Same businesses, same year, same figures, another file: nothing new to record.
    expect(counts(result)).toEqual({ total: 2_000, created: 0, updated: 0, duplicates: 2_000, rejected: 0 });
  });
});
