import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLIMBING, createVia } from '#server/features/registry/test-helpers';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';

let t: TestApp;
let admin: Client;
let business: { id: string };

const rows = async <T>(q: ReturnType<typeof sql>) =>
  (await t.database.db.execute(q)) as unknown as { rows: T[] };

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  business = await createVia(admin, { name: 'UD Skema Kebutuhan' });
});
afterAll(() => t.close());

describe('needs tables (migration 0020)', () => {
  it("takes the business's kecamatan on insert and follows a move", async () => {
    const { rows: inserted } = await rows<{ id: string; district_code: string }>(sql`
      INSERT INTO needs (business_id, district_code, category, priority, description, evidence_source, identified_on)
      VALUES (${business.id}, 'ignored', 'packaging', 'high', 'Kemasan', 'manual', '2026-01-05')
      RETURNING id, district_code`);
    const { rows: biz } = await rows<{ district_code: string }>(
      sql`SELECT district_code FROM businesses WHERE id = ${business.id}`,
    );
    expect(inserted[0].district_code).toBe(biz[0].district_code);
    await t.database.db.execute(
      sql`UPDATE businesses SET district_code = ${BLIMBING}, village_code = NULL WHERE id = ${business.id}`,
    );
    const { rows: moved } = await rows<{ district_code: string }>(
      sql`SELECT district_code FROM needs WHERE id = ${inserted[0].id}`,
    );
    expect(moved[0].district_code).toBe(BLIMBING);
  });

  it('holds one open need per business and category, but any number of closed ones', async () => {
    const insert = (status: string) =>
      t.database.db.execute(sql`
        INSERT INTO needs (business_id, district_code, category, priority, description, evidence_source, identified_on, status)
        VALUES (${business.id}, '', 'capital', 'low', 'Modal', 'manual', '2026-01-05', ${status})`);
    await insert('met');
    await insert('met');
    await insert('identified');
    await expect(insert('planned')).rejects.toThrow();
  });

  it('refuses a negative support value', async () => {
    await expect(
      t.database.db.execute(sql`
        INSERT INTO support_interventions (type, date, value_idr, delivered_by_kind, delivered_by_name)
        VALUES ('mentoring', '2026-01-05', -1, 'office', 'Diskopindag')`),
    ).rejects.toThrow();
  });
});
