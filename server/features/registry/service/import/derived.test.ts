import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '#server/features/registry/queries/scope';
import { createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { OFFICE_2021_NAME, office2021 } from './fixtures/office-2021';
import { importOk } from './test-helpers';

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

const DERIVED = sql`SELECT id, owner_names, latest_data_year, latest_turnover_yearly_idr, latest_workers,
  data_years, certification_types FROM businesses ORDER BY id`;

describe('columns the import fills in ahead of the triggers', () => {
  it('hold exactly what the triggers would compute', async () => {
    const admin = await setupAdmin(t.app);
    const result = await importOk(admin, await office2021(), OFFICE_2021_NAME);
    expect(result.created).toBeGreaterThan(0);
    const { db } = t.database;
    const before = rowsOf(await db.execute(DERIVED));
    expect(before.some((r) => (r as { owner_names: string }).owner_names !== '')).toBe(true);
    // Recompute everything from the child tables the way the triggers do.
    await db.execute(sql`SELECT business_owner_names_refresh(ARRAY(SELECT id FROM businesses))`);
    await db.execute(sql`SELECT business_latest_refresh(ARRAY(SELECT id FROM businesses))`);
    await db.execute(sql`SELECT business_certification_types_refresh(ARRAY(SELECT id FROM businesses))`);
    expect(rowsOf(await db.execute(DERIVED))).toEqual(before);
  });
});
