import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { OFFICE_2021_NAME, OFFICE_2021_NIKS, office2021 } from './service/import/fixtures/office-2021';
import { importOk, workbookText } from './service/import/test-helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  await importOk(admin, await office2021(), OFFICE_2021_NAME);
});
afterAll(async () => t.close());

async function exported(client: Client, query = '', language = 'id') {
  client.cookies.set('bk_lang', language);
  const res = await client.get(`/api/businesses/export.xlsx${query ? `?${query}` : ''}`);
  client.cookies.delete('bk_lang');
  return res;
}

describe('export of the filtered list', () => {
  it('streams one row per business with owner, phone, latest figures and certifications', async () => {
    const res = await exported(admin);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toMatch(/data-ikm-\d{4}-\d{2}-\d{2}\.xlsx/);
    const [sheet] = await workbookText(res.rawPayload);
    const header = sheet[0];
    expect(header).toContain('Nama Usaha');
    expect(header).toContain('Omzet per Bulan');
    const rows = sheet.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
    expect(rows.map((r) => r['Nama Usaha'])).toEqual([
      'Batik Celaket',
      'Electroforming Sukun Art',
      'Kerajinan Perak Sari',
      'Keramik Dinoyo Jaya',
      'Logam Jaya Kedungkandang',
      'UD Topeng Malangan',
    ]);
    expect(rows[2]).toMatchObject({
      'Nama Pemilik': 'Siti Aminah',
      'No HP': '+6281234567890',
      Kecamatan: 'Lowokwaru',
      Kelurahan: 'Tlogomas',
      'Tahun Data': '2021',
      'Omzet per Bulan': '5000000',
      Subsektor: 'Perhiasan',
      Sertifikasi: 'Halal, PIRT',
      'Tenaga Kerja Laki-laki': '2',
      'Tenaga Kerja Perempuan': '5',
      'Jumlah Tenaga Kerja': '7',
    });
    expect(header).toContain('Produk');
  });

  it('never contains a NIK, whole or in part', async () => {
    const text = JSON.stringify(await workbookText((await exported(admin)).rawPayload));
    for (const nik of Object.values(OFFICE_2021_NIKS)) {
      expect(text).not.toContain(nik);
      expect(text).not.toContain(nik.slice(6, 12));
    }
    expect(text).not.toMatch(/\d{16}/);
  });

  it('applies the list filters and answers in English when asked', async () => {
    const res = await exported(admin, 'kecamatan=35.73.05&subsector=keramik', 'en');
    const [sheet] = await workbookText(res.rawPayload);
    expect(sheet[0][0]).toBe('Business Name');
    expect(sheet.slice(1).map((r) => r[0])).toEqual(['Keramik Dinoyo Jaya']);
    const year = await exported(admin, 'dataYear=2019');
    expect((await workbookText(year.rawPayload))[0]).toHaveLength(1);
    expect((await exported(admin, 'kecamatan=Lowokwaru')).statusCode).toBe(400);
  });

  it('gives officers only their kecamatan and refuses owners and trainers', async () => {
    const { client: officer } = await userClient(t.app, t.database, {
      role: 'officer',
      kecamatanCodes: ['35.73.01'],
    });
    const [sheet] = await workbookText((await exported(officer)).rawPayload);
    expect(sheet.slice(1).map((r) => r[0])).toEqual(['UD Topeng Malangan']);
    for (const role of ['ikm_owner', 'trainer'] as const) {
      const { client } = await userClient(t.app, t.database, { role });
      expect((await exported(client)).statusCode).toBe(403);
    }
  });

  it('an exported file imports back as nothing new', async () => {
    const file = (await exported(admin)).rawPayload;
    const again = await importOk(admin, file, 'export.xlsx', 'dataYear=2021');
    expect(again).toMatchObject({ total: 6, created: 0, rejected: 0 });
  });
});
