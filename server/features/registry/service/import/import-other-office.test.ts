import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ImportResult } from '#core/schemas/registry';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import {
  APPROX_NAME,
  approxWorkbook,
  FOOTER_NAME,
  footerWorkbook,
  LEGALITY_NAME,
  LEGALITY_NIB,
  legalityWorkbook,
  PRODUCTION_NAME,
  productionWorkbook,
  SPELLING_BASE_NAME,
  SPELLING_NIB,
  SPELLING_OLD_NAME,
  spellingBaseWorkbook,
  spellingOldWorkbook,
} from './fixtures/other-office';
import { counts, importOk, tableCounts, upload } from './test-helpers';

/* Issue #15: what another office's sheet broke, one workbook per pattern (fixtures/other-office.ts). */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

type Row = Record<string, unknown>;
async function rows(query: string): Promise<Row[]> {
  return ((await t.database.db.execute(query)) as unknown as { rows: Row[] }).rows;
}
const snapshotOf = async (name: string) =>
  (
    await rows(`select s.* from business_snapshots s join businesses b on b.id = s.business_id
      where b.name = '${name}' and b.deleted_at is null`)
  )[0];
const warningsAt = (r: ImportResult, row: number) => r.warnings.filter((w) => w.row === row);

describe('#15.1 an optional figure never costs the business', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importOk(admin, await approxWorkbook(), APPROX_NAME);
  });

  it('keeps every business row; rejects only the row without a name; skips cover, subtotal and total', () => {
    expect(counts(result)).toEqual({ total: 5, created: 4, updated: 0, duplicates: 0, rejected: 1 });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[11, 'registry-import:row.nameMissing']]);
    const codes = result.warnings.map((w) => [w.row, w.code]);
    expect(codes).toContainEqual([10, 'registry-import:file.totalRow']);
    expect(codes).toContainEqual([13, 'registry-import:file.totalRow']);
  });

  it('reads approximations as estimates and a range as its middle', async () => {
    const sekar = await snapshotOf('Gerabah Sekar');
    expect(Number(sekar.capacity)).toBe(250);
    expect(sekar.capacity_unit).toBe('buah');
    expect(sekar.capacity_period).toBe('month');
    expect(sekar.estimated_fields).toEqual(['capacity']);
    expect(Number(sekar.output_value_idr)).toBe(60_000_000);
    expect(sekar.turnover_yearly_idr).toBeNull();

    const ayu = await snapshotOf('Tas Rajut Ayu');
    expect(Number(ayu.capacity)).toBe(300);
    expect(Number(ayu.output_value_idr)).toBe(1_000_000);
    expect(ayu.workers_total).toBe(4);
    expect([...(ayu.estimated_fields as string[])].sort()).toEqual([
      'capacity',
      'outputValueIdr',
      'workersTotal',
    ]);
    const range = warningsAt(result, 8).find((w) => w.code === 'registry-import:row.rangeMiddle');
    expect(range?.message).toBe(
      '“3-5 orang” adalah rentang 3–5: disimpan nilai tengahnya, 4, ditandai sebagai perkiraan.',
    );

    const sepatu = await snapshotOf('Sepatu Kulit Jaya');
    expect(Number(sepatu.capacity)).toBe(125);
    expect(sepatu.capacity_unit).toBe('pasang');
    expect(Number(sepatu.output_value_idr)).toBe(2_500_000_000);

    const batik = await snapshotOf('Batik Sukun Indah');
    expect(Number(batik.capacity)).toBe(1000);
    expect(batik.capacity_unit).toBe('lembar');
    expect(batik.capacity_period).toBe('year');
  });

  it('leaves an unreadable figure empty and says row, column and value', async () => {
    const sepatu = await snapshotOf('Sepatu Kulit Jaya');
    expect(sepatu.workers_total).toBeNull();
    expect(sepatu.investment_idr).toBeNull();
    const row9 = warningsAt(result, 9);
    expect(row9).toContainEqual(
      expect.objectContaining({
        column: 'TENAGA KERJA / Jml TK',
        code: 'registry-validation:integer.invalid',
      }),
    );
    const workers = row9.find((w) => w.column === 'TENAGA KERJA / Jml TK');
    expect(workers?.message).toContain('“banyak”');
    expect(workers?.message).toContain('tidak diimpor');
    expect(row9.some((w) => w.column === 'INVESTASI' && w.message.includes('belum tahu'))).toBe(true);
  });

  it('importing the same sheet again creates nothing', async () => {
    const before = await tableCounts(t.database);
    const again = await importOk(admin, await approxWorkbook(), APPROX_NAME);
    expect(counts(again)).toEqual({ total: 5, created: 0, updated: 0, duplicates: 4, rejected: 1 });
    expect(await tableCounts(t.database)).toEqual(before);
  });

  // Last: it corrects a snapshot the tests above read as imported.
  it('shows the estimates on the business, and a person correcting a figure takes off its flag', async () => {
    const [ayu] = await rows(`select id from businesses where name = 'Tas Rajut Ayu' and deleted_at is null`);
    const business = (await admin.get(`/api/businesses/${ayu.id}`)).json();
    const snapshot = business.snapshots[0];
    expect([...snapshot.estimatedFields].sort()).toEqual(['capacity', 'outputValueIdr', 'workersTotal']);
    expect(business.latestSnapshot.estimatedFields).toEqual(snapshot.estimatedFields);

    // Capacity corrected, the output value sent back as it was, the workers left alone.
    const res = await admin.patch(`/api/businesses/${ayu.id}/snapshots/${snapshot.id}`, {
      capacity: 280,
      outputValueIdr: snapshot.outputValueIdr,
      expectedRecordedAt: snapshot.recordedAt,
    });
    expect(res.statusCode).toBe(200);
    expect([...res.json().estimatedFields].sort()).toEqual(['outputValueIdr', 'workersTotal']);

    // The workers total changed through its parts is no longer an estimate either.
    const again = await admin.patch(`/api/businesses/${ayu.id}/snapshots/${snapshot.id}`, {
      workersMale: 2,
      workersFemale: 3,
      workersTotal: null,
    });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toMatchObject({ workersTotal: 5, estimatedFields: ['outputValueIdr'] });
  });
});

describe('#15.2 and #15.3 a legality column that mixes things; product words', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importOk(admin, await legalityWorkbook(), LEGALITY_NAME);
  });

  it('reads the NIB and the certifications out of mixed cells, keeps the rest as text', async () => {
    expect(counts(result)).toMatchObject({ total: 5, created: 5, rejected: 0 });
    const list = await rows(`select b.name, b.nib, b.notes, b.products,
        coalesce((select array_agg(c.type order by c.type) from certifications c where c.business_id = b.id), '{}') as types
      from businesses b where b.source_detail = '${LEGALITY_NAME}' order by b.name`);
    const by = Object.fromEntries(list.map((r) => [r.name, r]));
    expect(by['Keripik Tempe Sanan']).toMatchObject({ nib: LEGALITY_NIB, types: ['halal', 'pirt'] });
    expect(by['Anyaman Pandan Rejo']).toMatchObject({ nib: null, types: ['hki', 'pirt'] });
    expect(by['Kendang Jimbe Madyopuro']).toMatchObject({ nib: null, types: [] });
    expect(by['Jamu Gendong Sari'].types).toEqual(['bpom', 'sni']);
    expect(by['Jamu Gendong Sari'].notes).toContain('LEGALITAS: SIUP');
    // A number too short for an NIB is not taken; the row stays, with a warning.
    expect(by['Sablon Kaos Kauman'].nib).toBeNull();
    expect(warningsAt(result, 11).map((w) => w.code)).toContain('registry-validation:nib.length');
    // No blanket "unknown certification" warnings.
    expect(result.warnings.map((w) => w.code)).not.toContain('registry-validation:certification.unknown');
  });

  it('keeps the products column as product words on the business', async () => {
    const list = await rows(`select name, products from businesses where source_detail = '${LEGALITY_NAME}'`);
    const by = Object.fromEntries(list.map((r) => [r.name, r.products]));
    expect(by['Keripik Tempe Sanan']).toEqual(['keripik tempe', 'kerupuk']);
    expect(by['Anyaman Pandan Rejo']).toEqual(['tikar pandan', 'tas anyaman']);
    expect(result.unrecognizedColumns).toEqual([]);
  });

  it('importing the same sheet again creates nothing', async () => {
    const before = await tableCounts(t.database);
    const again = await importOk(admin, await legalityWorkbook(), LEGALITY_NAME);
    expect(counts(again)).toEqual({ total: 5, created: 0, updated: 0, duplicates: 5, rejected: 0 });
    expect(await tableCounts(t.database)).toEqual(before);
  });
});

describe('#15.4 duplicates in old spelling and by an NIB in the legality column', () => {
  it('matches old-spelling names and the legality NIB to the records on file', async () => {
    const base = await importOk(admin, await spellingBaseWorkbook(), SPELLING_BASE_NAME);
    expect(base.created).toBe(3);
    const before = await tableCounts(t.database);
    const old = await importOk(admin, await spellingOldWorkbook(), SPELLING_OLD_NAME);
    // Agoeng = Agung and Cahaya Jaya = Tjahaja Djaja bring nothing new; the NIB finds the Topeng
    // business (which gains its PIRT); Abadi is new.
    expect(counts(old)).toEqual({ total: 4, created: 1, updated: 1, duplicates: 2, rejected: 0 });
    const after = await tableCounts(t.database);
    expect(after.businesses).toBe(before.businesses + 1);
    // "Djoko Soesilo" is the "Joko Susilo" already linked: no second owner.
    expect(after.owners).toBe(before.owners + 1);
    const topeng = await rows(`select name, nib from businesses where nib = '${SPELLING_NIB}'`);
    expect(topeng).toHaveLength(1);
  });

  it('the API duplicate check finds the old spelling too, with the same fold', async () => {
    const district = '35.73.05';
    const res = await admin.get(
      `/api/businesses/duplicates?name=${encodeURIComponent('Keramik Tjahaja Agoeng')}&districtCode=${district}`,
    );
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((i: { name: string }) => i.name);
    expect(names).toContain('Keramik Cahaya Agung');
  });
});

describe('#15.5 and #15.6 production value and capacity in their own fields; columns left unread', () => {
  let result: ImportResult;
  beforeAll(async () => {
    result = await importOk(admin, await productionWorkbook(), PRODUCTION_NAME);
  });

  it('puts production value, quantity and capacity with its period in the snapshot, never in turnover', async () => {
    const mebel = await snapshotOf('Mebel Jati Bandulan');
    expect(Number(mebel.capacity)).toBe(40);
    expect(mebel.capacity_unit).toBe('set');
    expect(mebel.capacity_period).toBe('month');
    expect(Number(mebel.output_quantity)).toBe(450);
    expect(Number(mebel.output_value_idr)).toBe(900_000_000);
    expect(Number(mebel.turnover_monthly_idr)).toBe(50_000_000);
    expect(mebel.turnover_yearly_idr).toBeNull();
    const kue = await snapshotOf('Kue Kering Gadang');
    expect(Number(kue.output_value_idr)).toBe(120_000_000);
    expect(kue.turnover_monthly_idr).toBeNull();
    expect(kue.turnover_yearly_idr).toBeNull();
  });

  it('says which column was left unread and why, and lists every column with a sample', () => {
    expect(result.unrecognizedColumns).toEqual(['Warna Favorit']);
    const note = result.warnings.find((w) => w.code === 'registry-validation:header.unrecognized');
    expect(note).toMatchObject({ column: 'Warna Favorit' });
    expect(note?.message).toContain('K');
    const columns = result.columns.filter((c) => c.sheet === 'Data IKM');
    expect(columns.find((c) => c.header === 'Warna Favorit')).toMatchObject({
      letter: 'K',
      field: null,
      status: 'unrecognized',
      sample: 'biru',
    });
    expect(columns.find((c) => c.header === 'Kapasitas/bln')).toMatchObject({
      letter: 'G',
      field: 'capacity',
      status: 'recognized',
      sample: '40 set',
    });
  });
});

describe('a column-numbering row and a signature block are not businesses (found replaying #15)', () => {
  it('skips them with a remark instead of rejecting them; the nameless business row is still rejected', async () => {
    const result = await importOk(admin, await footerWorkbook(), FOOTER_NAME, 'dryRun=true');
    expect(counts(result)).toEqual({ total: 3, created: 2, updated: 0, duplicates: 0, rejected: 1 });
    expect(result.errors.map((e) => [e.row, e.code])).toEqual([[10, 'registry-import:row.nameMissing']]);
    const codes = result.warnings.map((w) => [w.row, w.code]);
    expect(codes).toContainEqual([7, 'registry-import:file.numberingRow']);
    for (const row of [13, 14, 16, 17]) expect(codes).toContainEqual([row, 'registry-import:file.noteRow']);
    expect(result.warnings.find((w) => w.row === 13)?.message).toContain('Malang, 15 Januari 2026');
    // The official's NIP under the signature is not copied into the stored report whole.
    const nip = result.warnings.find((w) => w.row === 17)?.message ?? '';
    expect(nip).toContain('NIP. 1970');
    expect(nip).not.toContain('19700101');
    expect(nip).not.toContain('199303 1 005');
  });
});

describe('a name column headed "Nama Usaha/Merk" (found replaying #15)', () => {
  it('is read as the business name instead of refusing the file for want of one', async () => {
    const csv = Buffer.from(
      'No.,Nama Usaha/Merk,Nama Pemilik Usaha,Kelurahan,Kecamatan\n1,Kopi Bubuk Tunggulwulung,Yati,Tunggulwulung,Lowokwaru\n',
    );
    const result = await importOk(admin, csv, 'nama-usaha-merk.csv', 'dryRun=true');
    expect(counts(result)).toEqual({ total: 1, created: 1, updated: 0, duplicates: 0, rejected: 0 });
    expect(result.columns.find((c) => c.header === 'Nama Usaha/Merk')).toMatchObject({
      field: 'businessName',
    });
  });
});

describe('#10.5 the column-mapping step on the server; unsupported files; names in the report', () => {
  it("reads a column by the uploader's choice and leaves one unread when told to", async () => {
    const mapping = JSON.stringify({ 'Warna Favorit': 'notes', 'Kapasitas/bln': 'ignore' });
    const result = await importOk(
      admin,
      await productionWorkbook(),
      'ikm-produksi-dipetakan.xlsx',
      `dryRun=true&mapping=${encodeURIComponent(mapping)}`,
    );
    expect(result.unrecognizedColumns).toEqual([]);
    const by = Object.fromEntries(result.columns.map((c) => [c.header, c]));
    expect(by['Warna Favorit']).toMatchObject({ field: 'notes', status: 'mapped' });
    expect(by['Kapasitas/bln']).toMatchObject({ field: null, status: 'ignored', sample: '40 set' });
    expect(by.NO).toMatchObject({ status: 'rowNumber' });
  });

  it('refuses a mapping it cannot read, naming the field', async () => {
    for (const mapping of ['{not json', JSON.stringify({ 'Warna Favorit': 'favouriteColour' })]) {
      const res = await upload(
        admin,
        await productionWorkbook(),
        PRODUCTION_NAME,
        `dryRun=true&mapping=${encodeURIComponent(mapping)}`,
      );
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json().error)).toContain('mapping');
    }
  });

  it('answers a .txt with 415 and a message saying what it takes', async () => {
    const res = await upload(admin, Buffer.from('Nama IKM;Kecamatan\nA;Klojen\n'), 'daftar.txt');
    expect(res.statusCode).toBe(415);
    expect(res.json().error.message).toContain('.txt');
    expect(res.json().error.message).toContain('.xlsx');
  });

  it('names the business next to the row number of each remark', async () => {
    const result = await importOk(admin, await approxWorkbook(), 'ikm-perkiraan-nama.xlsx', 'dryRun=true');
    const range = result.warnings.find((w) => w.code === 'registry-import:row.rangeMiddle');
    expect(range).toMatchObject({ row: 8, name: 'Tas Rajut Ayu' });
    expect(result.errors[0]).toMatchObject({ row: 11 });
    expect(result.errors[0].name).toBeUndefined();
  });
});
