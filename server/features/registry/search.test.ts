import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { listBusinesses } from './service';
import { ARJOSARI, BLIMBING, createVia, DINOYO, KLOJEN, nextNib, personOwner } from './test-helpers';

let t: TestApp;
let admin: Client;
const nib = nextNib();
const made: Record<string, string> = {};

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  const specs: [string, Record<string, unknown>][] = [
    [
      'UD Daun Tembaga',
      { nib, owners: [personOwner('Siti Aminah')], yearFounded: 2015, lat: -7.94, lng: 112.61 },
    ],
    [
      'CV Kriya Logam Arjosari',
      { subsector: 'logam', districtCode: BLIMBING, villageCode: ARJOSARI, exportStatus: 'aktif' },
    ],
    [
      'Batik Tulis Celaket',
      { subsector: 'batik_tekstil', districtCode: KLOJEN, villageCode: null, yearFounded: 1998 },
    ],
    [
      'Gerabah Dinoyo',
      { subsector: 'keramik', villageCode: DINOYO, owners: [personOwner('Bambang Tembaga')] },
    ],
    ['Anyaman Bambu Sejahtera', { subsector: 'anyaman', yearFounded: 2020 }],
  ];
  for (const [name, extra] of specs) made[name] = (await createVia(admin, { name, ...extra })).id;
  await admin.post(`/api/businesses/${made['UD Daun Tembaga']}/snapshots`, {
    dataYear: 2024,
    turnoverYearlyIdr: 50_000_000,
  });
  await admin.post(`/api/businesses/${made['Gerabah Dinoyo']}/snapshots`, {
    dataYear: 2023,
    turnoverYearlyIdr: 90_000_000,
  });
  await admin.post(`/api/businesses/${made['Batik Tulis Celaket']}/certifications`, { type: 'hki' });
});
afterAll(async () => t.close());

const names = async (query: string) => {
  const res = await admin.get(`/api/businesses?${query}`);
  expect(res.statusCode).toBe(200);
  return res.json().items.map((i: { name: string }) => i.name) as string[];
};

describe('text search', () => {
  it('matches the start of words in names, brands, owner names and NIB, every word required', async () => {
    expect(await names('q=tembaga')).toEqual(['UD Daun Tembaga', 'Gerabah Dinoyo']);
    expect(await names('q=temb%20siti')).toEqual(['UD Daun Tembaga']);
    expect(await names(`q=${nib.slice(0, 7)}`)).toEqual(['UD Daun Tembaga']);
    expect(await names('q=logam%20arjo')).toEqual(['CV Kriya Logam Arjosari']);
    expect(await names('q=Kec.%20xyzzy')).toEqual([]);
  });

  it('matches short words too, and follows owner renames', async () => {
    expect(await names('q=ud')).toEqual(['UD Daun Tembaga']);
    expect(await names('q=cv%20kriya')).toEqual(['CV Kriya Logam Arjosari']);
    const daun = (await admin.get(`/api/businesses/${made['UD Daun Tembaga']}`)).json();
    await admin.patch(`/api/owners/${daun.owners[0].id}`, { name: 'Siti Rahayu' });
    expect(await names('q=rahayu')).toEqual(['UD Daun Tembaga']);
    expect(await names('q=aminah')).toEqual([]);
  });

  it('forgives typos when nothing matches exactly', async () => {
    expect(await names('q=tembgaa')).toContain('UD Daun Tembaga');
    expect(await names('q=anyamn%20bambu')).toEqual(['Anyaman Bambu Sejahtera']);
  });
});

describe('filters, sorting and paging', () => {
  it('filters by kecamatan, kelurahan, subsector, export, certification, data year and coordinates', async () => {
    expect(await names(`kecamatan=${BLIMBING}`)).toEqual(['CV Kriya Logam Arjosari']);
    expect(await names(`kelurahan=${DINOYO}`)).toEqual(['Gerabah Dinoyo']);
    expect(await names('subsector=anyaman')).toEqual(['Anyaman Bambu Sejahtera']);
    expect(await names('exportStatus=aktif')).toEqual(['CV Kriya Logam Arjosari']);
    expect(await names('certification=hki')).toEqual(['Batik Tulis Celaket']);
    expect(await names('dataYear=2023')).toEqual(['Gerabah Dinoyo']);
    expect(await names('hasCoordinates=true')).toEqual(['UD Daun Tembaga']);
    expect((await admin.get('/api/businesses?subsector=plastik')).statusCode).toBe(400);
  });

  it('keeps the certification and data-year filters in step with deletions', async () => {
    const id = made['Batik Tulis Celaket'];
    const cert = (await admin.get(`/api/businesses/${id}`)).json().certifications[0];
    await admin.delete(`/api/businesses/${id}/certifications/${cert.id}`);
    expect(await names('certification=hki')).toEqual([]);
    const snap = await admin.post(`/api/businesses/${id}/snapshots`, { dataYear: 2019 });
    expect(await names('dataYear=2019')).toEqual(['Batik Tulis Celaket']);
    await admin.patch(`/api/businesses/${id}/snapshots/${snap.json().id}`, { dataYear: 2018 });
    expect(await names('dataYear=2019')).toEqual([]);
    expect(await names('dataYear=2018')).toEqual(['Batik Tulis Celaket']);
  });

  it('sorts by name, founding year and latest turnover (empty values last)', async () => {
    expect(await names('sort=name&pageSize=2')).toEqual(['Anyaman Bambu Sejahtera', 'Batik Tulis Celaket']);
    expect((await names('sort=name&order=desc'))[0]).toBe('UD Daun Tembaga');
    expect((await names('sort=yearFounded&order=asc')).slice(0, 3)).toEqual([
      'Batik Tulis Celaket',
      'UD Daun Tembaga',
      'Anyaman Bambu Sejahtera',
    ]);
    expect((await names('sort=turnover')).slice(0, 2)).toEqual(['Gerabah Dinoyo', 'UD Daun Tembaga']);
  });

  it('pages with a total', async () => {
    const page2 = await admin.get('/api/businesses?sort=name&pageSize=2&page=2');
    expect(page2.json()).toMatchObject({ total: 5, totalCapped: false, page: 2, pageSize: 2 });
    expect(page2.json().items.map((i: { name: string }) => i.name)).toEqual([
      'CV Kriya Logam Arjosari',
      'Gerabah Dinoyo',
    ]);
  });

  it('maps only records with coordinates', async () => {
    const res = await admin.get('/api/businesses/map');
    expect(res.json()).toEqual({
      items: [
        {
          id: made['UD Daun Tembaga'],
          name: 'UD Daun Tembaga',
          subsector: 'electroforming',
          lat: -7.94,
          lng: 112.61,
        },
      ],
      truncated: false,
    });
  });
});

describe('large result sets', () => {
  it('counts totals up to 1,000 and says so; pages a larger set in one order, no row twice', async () => {
    // 1,050 names that start with "Sentra", and 30 records that carry the word as a brand.
    await t.database.db.execute(sql`INSERT INTO businesses (name, district_code, regency_code, village_code)
      SELECT 'Sentra Tempe ' || g, '35.73.05', '35.73', '35.73.05.1003' FROM generate_series(1, 1050) g`);
    await t.database.db.execute(sql`INSERT INTO businesses (name, brand, district_code, regency_code, updated_at)
      SELECT 'Kedelai ' || g, 'Sentra Rasa', '35.73.05', '35.73', now() - g * interval '1 minute'
      FROM generate_series(1, 30) g`);
    const browse = await admin.get('/api/businesses?kecamatan=35.73.05&pageSize=10&page=3');
    expect(browse.json()).toMatchObject({ total: 1_000, totalCapped: true });
    expect(browse.json().items).toHaveLength(10);

    // Names that start with the text first, by name (byte order), then the others, newest first.
    const sentra = Array.from({ length: 1050 }, (_, i) => `Sentra Tempe ${i + 1}`).sort((a, b) =>
      a.toLowerCase() < b.toLowerCase() ? -1 : 1,
    );
    expect(await names('q=sentra&pageSize=5')).toEqual(sentra.slice(0, 5));
    const boundary = await admin.get('/api/businesses?q=sentra&pageSize=20&page=53');
    expect(boundary.json()).toMatchObject({ total: 1_061, totalCapped: true });
    expect(boundary.json().items.map((i: { name: string }) => i.name)).toEqual([
      ...sentra.slice(1040),
      ...Array.from({ length: 10 }, (_, i) => `Kedelai ${i + 1}`),
    ]);

    const seen = new Set<string>();
    for (let page = 1; page <= 11; page++) {
      const res = await admin.get(`/api/businesses?q=sentra&pageSize=100&page=${page}`);
      for (const item of res.json().items) seen.add(item.id);
    }
    expect(seen.size).toBe(1_080);

    const me = (await admin.get('/api/auth/me')).json().user;
    const direct = await listBusinesses(
      { db: t.database.db, config: t.config, actor: me, ip: null },
      { q: 'sentra tempe 1023', sort: 'relevance' },
    );
    expect(direct).toMatchObject({ total: 1, totalCapped: false });
    expect(direct.items[0].name).toBe('Sentra Tempe 1023');
  }, 120_000);
});
