import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '../test/db';
import { bulkInsert } from './bulk';
import type { Database } from './client';
import { businesses, businessOwners, businessSnapshots, owners } from './schema';

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(async () => database.close());

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('bulkInsert', () => {
  it('stores every kind of column as insert().values() would, defaults included', async () => {
    const at = new Date('2025-02-22T03:04:05.000Z');
    await bulkInsert(database.db, businesses, [
      {
        id: id(1),
        name: 'UD "Daun" Tembaga',
        districtCode: '35.73.05',
        regencyCode: '35.73',
        lat: '-7.940000',
        lng: '112.610000',
        kbli: [{ code: '32111', version: 2020 }],
        exportCountries: ['JP', 'NL'],
        dataYears: [2023, 2024],
        latestTurnoverYearlyIdr: 9_007_199_254,
        createdAt: at,
      },
      // Leaves out optional columns: their defaults apply, not NULL.
      { id: id(2), name: 'Anyaman Bambu', districtCode: '35.73.02', regencyCode: '35.73', brand: undefined },
    ]);
    const rows = await database.db
      .select()
      .from(businesses)
      .where(inArray(businesses.id, [id(1), id(2)]));
    const one = rows.find((r) => r.id === id(1));
    const two = rows.find((r) => r.id === id(2));
    expect(one).toMatchObject({
      name: 'UD "Daun" Tembaga',
      lat: '-7.940000',
      kbli: [{ code: '32111', version: 2020 }],
      exportCountries: ['JP', 'NL'],
      dataYears: [2023, 2024],
      latestTurnoverYearlyIdr: 9_007_199_254,
      createdAt: at,
      source: 'manual',
    });
    expect(one?.searchVector).toContain('tembaga');
    expect(two).toMatchObject({ brand: null, kbli: [], links: [], exportStatus: 'belum', source: 'manual' });
    expect(two?.createdAt).toBeInstanceOf(Date);
  });

  it('batches large inserts, reports each batch, and can skip conflicting rows', async () => {
    const many = Array.from({ length: 2_500 }, (_, i) => ({
      id: id(1_000 + i),
      name: `Sentra ${i}`,
      districtCode: '35.73.01',
      regencyCode: '35.73',
    }));
    let batches = 0;
    await bulkInsert(database.db, businesses, many, { onBatch: () => batches++ });
    expect(batches).toBe(3);
    const [owner] = await database.db.insert(owners).values({ name: 'Siti' }).returning();
    const link = { businessId: id(1_000), ownerId: owner.id };
    await bulkInsert(database.db, businessOwners, [link]);
    await bulkInsert(database.db, businessOwners, [link], { onConflictDoNothing: true });
    await expect(bulkInsert(database.db, businessOwners, [link])).rejects.toThrow();
    const links = await database.db.select().from(businessOwners).where(eq(businessOwners.ownerId, owner.id));
    expect(links).toHaveLength(1);
    await bulkInsert(database.db, businessSnapshots, []);
  });
});
