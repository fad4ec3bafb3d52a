import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '#core/schemas/registry';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { OFFICE_2021_EXPECTED, OFFICE_2021_NAME, OFFICE_2021_NIKS, office2021 } from './fixtures/office-2021';
import { counts, importOk, tableCounts, upload } from './test-helpers';

let t: TestApp;
let admin: Client;
let file: Buffer;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  file = await office2021();
});
afterAll(async () => t.close());

const byRow = (r: ImportResult, row: number) => r.errors.filter((e) => e.row === row);

describe('importing the office spreadsheet of 2021', () => {
  let preview: ImportResult;

  it('previews with a dry run: same counts as a real run, nothing saved', async () => {
    const before = await tableCounts(t.database);
    preview = await importOk(admin, file, OFFICE_2021_NAME, 'dryRun=true');
    expect(counts(preview)).toEqual(OFFICE_2021_EXPECTED);
    expect(preview.dryRun).toBe(true);
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('names every rejected row with its column and reason, in Bahasa Indonesia', async () => {
    expect(preview.errors.map((e) => e.row)).toEqual([11, 12, 13]);
    expect(byRow(preview, 11)).toEqual([
      expect.objectContaining({
        column: 'NIK',
        code: 'registry-validation:nik.length',
        message: 'NIK harus 16 digit (tertulis 12 digit).',
      }),
    ]);
    expect(byRow(preview, 12)[0]).toMatchObject({
      column: 'Kec.',
      code: 'registry-import:row.kecamatanUnknown',
    });
    expect(byRow(preview, 12)[0].message).toContain('Kecamatan “Batu” tidak ada di Kota Malang');
    expect(byRow(preview, 13)[0]).toMatchObject({ column: 'Nama IKM', message: 'Nama usaha kosong.' });
  });

  it('keeps a business whose optional figures cannot be read, without them, saying row, column and value', () => {
    const row14 = preview.warnings.filter((w) => w.row === 14);
    expect(row14.map((w) => [w.column, w.code]).sort()).toEqual([
      ['Omzet per Bulan', 'registry-validation:money.invalid'],
      ['Tenaga Kerja (L)', 'registry-validation:integer.invalid'],
    ]);
    const turnover = row14.find((w) => w.column === 'Omzet per Bulan');
    expect(turnover?.message).toBe(
      '“banyak” bukan nilai rupiah yang bisa dibaca. (Nilai ini tidak diimpor.)',
    );
  });

  it('explains what it skipped or doubted: empty row, total line, repeat, NIK outside the city', async () => {
    const codes = preview.warnings.map((w) => [w.row, w.code]);
    expect(codes).toContainEqual([null, 'registry-import:file.emptyRows']);
    expect(codes).toContainEqual([16, 'registry-import:file.totalRow']);
    expect(codes).toContainEqual([10, 'registry-import:row.repeat']);
    expect(codes).toContainEqual([8, 'registry-validation:nik.regionOutside']);
    expect(codes).toContainEqual([null, 'registry-import:file.dataYear.title']);
    expect(preview.unrecognizedColumns).toEqual(['Catatan Petugas']);
    expect(preview.dataYear).toBe(2021);
  });

  it('answers in English when asked', async () => {
    const en = await importOk(admin, file, OFFICE_2021_NAME, 'dryRun=true', 'en');
    expect(byRow(en, 11)[0].message).toBe('A NIK has 16 digits (this one has 12).');
    expect(byRow(en, 13)[0].message).toBe('The business name is empty.');
  });

  let first: ImportResult;
  it('imports: every row accounted for, figures normalized', async () => {
    first = await importOk(admin, file, OFFICE_2021_NAME);
    expect(counts(first)).toEqual(OFFICE_2021_EXPECTED);
    const rows = await t.database.db.execute(
      `select b.name, b.district_code, b.village_code, b.legal_form, b.nib, o.phone, o.gender, o.birth_year,
              o.consent_notice_version, o.consent_at, s.data_year, s.turnover_monthly_idr, s.investment_idr,
              s.workers_male, s.workers_female, s.source, s.source_detail
         from businesses b join business_owners bo on bo.business_id = b.id join owners o on o.id = bo.owner_id
         join business_snapshots s on s.business_id = b.id order by b.name`,
    );
    const list = (rows as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(list.map((r) => r.name)).toEqual([
      'Batik Celaket',
      'Electroforming Sukun Art',
      'Kerajinan Perak Sari',
      'Keramik Dinoyo Jaya',
      'Logam Jaya Kedungkandang',
      'UD Topeng Malangan',
    ]);
    const byName = Object.fromEntries(list.map((r) => [r.name, r]));
    expect(byName['Kerajinan Perak Sari']).toMatchObject({
      district_code: '35.73.05',
      village_code: '35.73.05.1003',
      phone: '+6281234567890',
      gender: 'female',
      birth_year: 1985,
      data_year: 2021,
      source: 'import',
      source_detail: OFFICE_2021_NAME,
      consent_notice_version: `import:${OFFICE_2021_NAME}`,
      consent_at: null,
    });
    expect(Number(byName['Kerajinan Perak Sari'].turnover_monthly_idr)).toBe(5_000_000);
    expect(Number(byName['Kerajinan Perak Sari'].investment_idr)).toBe(25_000_000);
    expect(byName['UD Topeng Malangan']).toMatchObject({
      district_code: '35.73.01',
      nib: '9120001234567',
      phone: '+6281334567890',
      birth_year: 1980,
    });
    expect(Number(byName['Batik Celaket'].turnover_monthly_idr)).toBe(1_500_000);
    expect(byName['Batik Celaket']).toMatchObject({
      district_code: '35.73.02',
      village_code: '35.73.02.1002',
    });
    expect(byName['Electroforming Sukun Art']).toMatchObject({
      phone: '+62341551234',
      district_code: '35.73.04',
    });
  });

  it('keeps NIKs only encrypted, hashed and masked', async () => {
    const res = await t.database.db.execute(
      'select nik_cipher, nik_hash, nik_masked from owners where nik_hash is not null',
    );
    const owners = (res as unknown as { rows: Record<string, string>[] }).rows;
    expect(owners).toHaveLength(4);
    const stored = JSON.stringify(owners);
    for (const nik of Object.values(OFFICE_2021_NIKS)) expect(stored).not.toContain(nik);
    expect(owners.map((o) => o.nik_masked).sort()).toContain('3573••••••••0002');
  });

  it('importing the same file again creates nothing', async () => {
    const before = await tableCounts(t.database);
    const again = await importOk(admin, file, OFFICE_2021_NAME);
    expect(counts(again)).toEqual({ total: 10, created: 0, updated: 0, duplicates: 7, rejected: 3 });
    expect(await tableCounts(t.database)).toEqual(before);
  });

  it('writes one import audit row with the counts and one per created business', async () => {
    const res = await admin.get(`/api/audit?entityType=import&entityId=${first.importId}`);
    expect(res.json().items[0]).toMatchObject({ action: 'business.import' });
    expect(res.json().items[0].after).toMatchObject({ created: 6, rejected: 3, total: 10 });
    const created = await admin.get('/api/audit?action=business.create&pageSize=50');
    expect(created.json().total).toBeGreaterThanOrEqual(6);
    expect(JSON.stringify(created.json())).not.toContain(OFFICE_2021_NIKS.siti);
  });

  it('refuses an upload without a file and an old .xls', async () => {
    const none = await admin.post('/api/businesses/import', {});
    expect(none.statusCode).toBe(415);
    const xls = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(600),
    ]);
    const old = await upload(admin, xls, 'data lama.xls');
    expect(old.statusCode).toBe(415);
    expect(old.json().error.message).toContain('.xlsx');
  });
});
