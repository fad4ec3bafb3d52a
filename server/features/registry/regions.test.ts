import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { rowsOf } from './queries/scope';
import { readRegionRows, seedRegions } from './service/seed-regions';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

type R = { code: string; name: string; home: boolean; parentName: string | null };
const regions = async (query: string, client = admin) => {
  const res = await client.get(`/api/regions?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items as R[];
};

describe('region data', () => {
  it('is loaded once, in full, with readable names, and a second run does nothing', async () => {
    const rows = await readRegionRows();
    const [{ n }] = rowsOf<{ n: number }>(
      await t.database.db.execute(sql`SELECT count(*)::int AS n FROM regions`),
    );
    expect(n).toBe(rows.length);
    expect(n).toBeGreaterThan(90_000);
    expect(await seedRegions(t.database)).toEqual({ inserted: 0, skipped: true });
    expect(rows.find((r) => r.code === '35.73')).toMatchObject({ name: 'Kota Malang', level: 'regency' });
    expect(rows.find((r) => r.code === '31')?.name).toBe('DKI Jakarta');
    expect(rows.find((r) => r.code === '35.13.15.2017')?.name).toBe('Soka"an');
  });
});

describe('GET /api/regions', () => {
  it('lists the kecamatan of a city and the kelurahan of a kecamatan', async () => {
    const kecamatan = await regions('parent=35.73');
    expect(kecamatan.map((r) => r.name)).toEqual([
      'Blimbing',
      'Kedungkandang',
      'Klojen',
      'Lowokwaru',
      'Sukun',
    ]);
    expect(kecamatan[0]).toMatchObject({ code: '35.73.01', parentName: 'Kota Malang', home: true });
    const kelurahan = await regions('parent=35.73.05');
    expect(kelurahan).toHaveLength(12);
    expect(kelurahan.map((r) => r.name)).toContain('Tlogomas');
  });

  it('puts the home city first where a list mixes cities', async () => {
    const districts = await regions('level=district&within=35&limit=10');
    expect(districts.slice(0, 5).every((r) => r.code.startsWith('35.73.'))).toBe(true);
    expect(districts[5].home).toBe(false);
    const search = await regions('q=malang&level=regency');
    expect(search.map((r) => r.name)).toEqual(['Kota Malang', 'Kabupaten Malang', 'Kabupaten Pemalang']);
  });

  it('finds regions as people type them', async () => {
    const found = await regions(`q=${encodeURIComponent('Kec. Lowokwaru')}`);
    expect(found[0]).toMatchObject({ code: '35.73.05', home: true });
    expect((await regions('q=tlogomas&within=35.73'))[0].code).toBe('35.73.05.1003');
  });

  it('follows HOME_REGION_CODE', async () => {
    const other = await createTestApp({ HOME_REGION_CODE: '35.07' });
    try {
      const client = await setupAdmin(other.app);
      const search = await regions('q=malang&level=regency', client);
      expect(search.map((r) => r.name)).toEqual(['Kabupaten Malang', 'Kota Malang', 'Kabupaten Pemalang']);
    } finally {
      await other.close();
    }
  });

  it('refuses malformed codes and a request without any filter', async () => {
    expect((await admin.get('/api/regions?parent=3573')).statusCode).toBe(400);
    expect((await admin.get('/api/regions')).statusCode).toBe(400);
    expect((await admin.get('/api/regions?level=city')).statusCode).toBe(400);
  });
});
