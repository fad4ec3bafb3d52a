import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '#core/schemas/registry';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { CSV_KLOJEN_EXPECTED, CSV_KLOJEN_NAME, csvKlojen } from './fixtures/csv-klojen';
import { OFFICE_2021_NAME, office2021 } from './fixtures/office-2021';
import { counts, importOk, tableCounts, upload, workbookText } from './test-helpers';

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

describe('rejects: download, fix, import again', () => {
  let result: ImportResult;
  let rejects: Buffer;

  it('offers the rejected rows as XLSX with the title, the header and a reason column', async () => {
    result = await importOk(admin, await office2021(), OFFICE_2021_NAME);
    expect(result.rejectsUrl).toBe(`/api/imports/${result.importId}/rejects.xlsx`);
    const res = await admin.get(result.rejectsUrl as string);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('DATA IKM 2021-ditolak.xlsx');
    rejects = res.rawPayload;
    const [sheet] = await workbookText(rejects);
    expect(sheet[0][0]).toBe('DATA IKM KOTA MALANG TAHUN 2021');
    const header = sheet[3];
    expect(header.slice(0, 4)).toEqual(['No', 'Nama IKM', 'Nama Pemilik', 'NIK']);
    expect(header.at(-1)).toBe('Alasan ditolak');
    const data = sheet.slice(4).filter((r) => r.some((c) => c !== ''));
    expect(data.map((r) => r[1] ?? '')).toEqual(['Anyaman Bambu Sukun', 'Kulit Asli Batu', '']);
    expect(data[0][3]).toBe('');
    expect(data[0].at(-1)).toContain('NIK: NIK harus 16 digit');
    expect(data[0].at(-1)).toContain('NIK dihapus dari berkas ini');
  });

  it('imports the fixed rows, ignoring the reason column, with the data year of the title', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(rejects as unknown as ArrayBuffer);
    const ws = workbook.worksheets[0];
    const fix = (row: number, column: number, value: string | number) => {
      ws.getRow(row).getCell(column).value = value;
    };
    fix(5, 4, '3573045210880005');
    fix(6, 9, 'Klojen');
    fix(7, 2, 'Logam Sukun Joko');
    const fixed = Buffer.from(await workbook.xlsx.writeBuffer());
    const again = await importOk(admin, fixed, 'DATA IKM 2021-ditolak.xlsx');
    expect(counts(again)).toEqual({ total: 3, created: 3, updated: 0, duplicates: 0, rejected: 0 });
    expect(again.unrecognizedColumns).toEqual(['Catatan Petugas']);
    expect(again.dataYear).toBe(2021);
  });
});

describe('a CSV with ";", a BOM and the kecamatan in its title', () => {
  it('sniffs the delimiter, keeps quoted text whole and places rows in Klojen', async () => {
    const result = await importOk(admin, csvKlojen(), CSV_KLOJEN_NAME);
    expect(counts(result)).toEqual(CSV_KLOJEN_EXPECTED);
    expect(result.errors).toEqual([
      expect.objectContaining({ row: 7, column: 'Kelurahan', code: 'registry-import:row.kelurahanOutside' }),
    ]);
    expect(result.errors[0].message).toBe('Kelurahan “Sukun” berada di Kecamatan Sukun, bukan Klojen.');
    const res = await t.database.db.execute(
      `select b.name, b.address, b.district_code, s.turnover_yearly_idr, s.data_year from businesses b
         join business_snapshots s on s.business_id = b.id where b.source_detail = '${CSV_KLOJEN_NAME}' order by b.name`,
    );
    const rows = (res as unknown as { rows: Record<string, unknown>[] }).rows;
    expect(rows.map((r) => [r.name, r.district_code, Number(r.turnover_yearly_idr), r.data_year])).toEqual([
      ['Kéramik Samaan', '35.73.02', 24_000_000, 2022],
      ['Sepatu Kulit Bareng', '35.73.02', 1_500_000, 2022],
      ['Tas Rajut "Mawar"', '35.73.02', 60_000_000, 2022],
    ]);
    expect(rows.find((r) => r.name === 'Tas Rajut "Mawar"')?.address).toBe('Jl. Kawi 5; belakang pasar');
  });
});

describe('control characters in cells', () => {
  it('imports the row without them, on either database (PostgreSQL text cannot hold NUL)', async () => {
    // The NUL sits past the first 512 bytes, where the file is already known to be text.
    const title = `DATA IKM KECAMATAN BLIMBING ${'-'.repeat(600)}`;
    const csv = `${title}\r\nNama Usaha,Pemilik,Kelurahan\r\nUD Kontrol\u0000 Tembaga,Rina\u0007,Arjosari\r\n`;
    const result = await importOk(admin, Buffer.from(csv, 'utf8'), 'ikm-kontrol.csv');
    expect(result).toMatchObject({ total: 1, created: 1, rejected: 0 });
    const list = (await admin.get('/api/businesses?q=kontrol')).json();
    expect(list.items.map((i: { name: string; ownerNames: string[] }) => [i.name, i.ownerNames])).toEqual([
      ['UD Kontrol Tembaga', ['Rina']],
    ]);
  });
});

describe('progress for large files', () => {
  it('answers 202 at once and reports progress until done', async () => {
    const { payload, headers } = await import('./test-helpers').then((h) =>
      h.multipart(csvKlojen(), 'async.csv'),
    );
    const res = await admin.post('/api/businesses/import?async=true&dryRun=true', payload, { headers });
    expect(res.statusCode).toBe(202);
    const { importId, statusUrl } = res.json();
    expect(res.headers.location).toBe(statusUrl);
    let status: ImportResult;
    for (;;) {
      status = (await admin.get(statusUrl)).json();
      expect(status.progress).toBeGreaterThanOrEqual(0);
      if (status.status !== 'running') break;
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(status).toMatchObject({
      importId,
      status: 'done',
      phase: 'done',
      progress: 1,
      processedRows: 4,
      totalRows: 4,
    });
    expect(status.total).toBe(4);
  });
});

describe('who may import', () => {
  it('refuses ikm owners and trainers, and hides one officer’s imports from another', async () => {
    for (const role of ['ikm_owner', 'trainer'] as const) {
      const { client } = await userClient(t.app, t.database, { role });
      expect((await upload(client, csvKlojen(), 'x.csv')).statusCode).toBe(403);
      expect((await client.get('/api/imports')).statusCode).toBe(403);
    }
    const { client: officer } = await userClient(t.app, t.database, {
      role: 'officer',
      kecamatanCodes: ['35.73.05'],
    });
    const mine = (await admin.get('/api/imports?pageSize=1')).json().items[0];
    expect((await officer.get(`/api/imports/${mine.importId}`)).statusCode).toBe(404);
    expect((await officer.get(`/api/imports/${mine.importId}/rejects.xlsx`)).statusCode).toBe(404);
    expect((await officer.get('/api/imports')).json().total).toBe(0);
    expect((await new (await import('#server/test/app')).Client(t.app).get('/api/imports')).statusCode).toBe(
      401,
    );
  });

  it('an officer imports only rows of their own kecamatan; the rest are rejected with the reason', async () => {
    const { client: officer } = await userClient(t.app, t.database, {
      role: 'officer',
      kecamatanCodes: ['35.73.05'],
    });
    const result = await importOk(officer, await office2021(), 'lowokwaru.xlsx', 'dryRun=true');
    expect(counts(result)).toEqual({ total: 10, created: 0, updated: 0, duplicates: 3, rejected: 7 });
    const scope = result.errors
      .filter((e) => e.code === 'registry-import:row.outsideScope')
      .map((e) => e.row);
    // Row 13 has no business name: that reason is given instead.
    expect(scope).toEqual([6, 8, 11, 14, 15]);
    expect(result.errors.find((e) => e.row === 6)?.message).toBe(
      'Kecamatan Blimbing di luar wilayah tugas Anda.',
    );
  });
});

describe('a failure midway', () => {
  it('leaves nothing half-imported and records the import as failed', async () => {
    // An injected failure on the last business's snapshot, after businesses and owners were inserted.
    await t.database.exec(`
      create function bk_test_boom() returns trigger language plpgsql as $$
      begin if new.turnover_monthly_idr = 12500000 then raise exception 'injected failure'; end if; return new; end $$;
      create trigger bk_test_boom before insert on business_snapshots for each row execute function bk_test_boom();
      delete from business_snapshots where source_detail = '${OFFICE_2021_NAME}';`);
    const other = await office2021();
    const before = await tableCounts(t.database);
    const res = await upload(admin, other, 'salinan.xlsx');
    expect(res.statusCode).toBe(500);
    expect(res.json().error).toMatchObject({ code: 'import_failed' });
    expect(await tableCounts(t.database)).toEqual(before);
    const list = (await admin.get('/api/imports?pageSize=1')).json();
    expect(list.items[0]).toMatchObject({ fileName: 'salinan.xlsx', status: 'failed' });
    expect(list.items[0].failure).toContain('Tidak ada yang disimpan');
    await t.database.exec('drop trigger bk_test_boom on business_snapshots; drop function bk_test_boom();');
  });
});
