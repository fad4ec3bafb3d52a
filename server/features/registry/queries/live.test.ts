import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLiveBusiness } from '#core/domain/registry';
import type { Database } from '#server/db/client';
import { createTestDatabase } from '#server/test/db';
import { findBusiness, insertBusiness, updateBusinessRow } from './businesses';
import { liveSql } from './live';
import { rowsOf } from './scope';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const place = { districtCode: '35.73.05', regencyCode: '35.73' };

describe('the live predicate', () => {
  it('means the same in TypeScript and in SQL, on the same rows', async () => {
    const { db } = database;
    const survivor = await insertBusiness(db, { name: 'Survivor', ...place });
    const deleted = await insertBusiness(db, { name: 'Deleted', ...place });
    const merged = await insertBusiness(db, { name: 'Merged', ...place });
    const both = await insertBusiness(db, { name: 'Deleted and merged', ...place });
    await updateBusinessRow(db, deleted, { deletedAt: new Date() });
    await updateBusinessRow(db, merged, { mergedIntoId: survivor });
    await updateBusinessRow(db, both, { deletedAt: new Date(), mergedIntoId: survivor });
    const ids = [survivor, deleted, merged, both];

    const inSql = new Map(
      rowsOf<{ id: string; live: boolean }>(
        await db.execute(sql`SELECT b.id, (${liveSql('b')}) AS live FROM businesses b
          WHERE b.id IN (${sql.join(
            ids.map((id) => sql`${id}`),
            sql`, `,
          )})`),
      ).map((r) => [r.id, r.live]),
    );
    const unaliased = new Map(
      rowsOf<{ id: string }>(
        await db.execute(sql`SELECT id FROM businesses WHERE ${liveSql('businesses')}`),
      ).map((r) => [r.id, true]),
    );
    for (const id of ids) {
      const row = await findBusiness(db, id);
      expect(row).toBeDefined();
      expect(inSql.get(id)).toBe(isLiveBusiness(row!));
      expect(unaliased.get(id) ?? false).toBe(isLiveBusiness(row!));
    }
    expect(ids.map((id) => inSql.get(id))).toEqual([true, false, false, false]);
  });
});
