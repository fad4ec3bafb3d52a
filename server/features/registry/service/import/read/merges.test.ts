import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { workbookBuffer } from '../fixtures/workbook';
import { importOk } from '../test-helpers';
import { readSheets } from '.';
import { fillDown, verticalMerge, verticalMerges } from './merges';

/** A sheet as offices make it: a merged title, and kecamatan and subsector merged over rows. */
const SHEET = {
  name: 'Data & IKM',
  rows: [
    ['DATA IKM ELEKTROFORMING 2025', null, null, null],
    ['No', 'Nama Usaha', 'Kecamatan', 'Sub Sektor'],
    [1, 'Daun Tembaga Tlogomas', 'Lowokwaru', 'Elektroforming'],
    [2, 'Ranting Perunggu', null, null],
    [3, 'Kalung Daun Jati', null, null],
    [4, 'Gelang Akar Sukun', 'Sukun', 'Elektroforming'],
    [5, 'Hiasan Dinding Sukun', null, 'Logam'],
  ],
  merges: ['A1:D1', 'C3:C5', 'D3:D5', 'C6:C7'],
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'bk-merges-'));
});
afterAll(async () => rm(dir, { recursive: true, force: true }));

async function saved(buffer: Buffer) {
  const file = path.join(dir, `${Math.random().toString(16).slice(2)}.xlsx`);
  await writeFile(file, buffer);
  return file;
}

describe('merged cells', () => {
  it('reads only ranges one column wide and several rows tall', () => {
    expect(verticalMerge('C3:C5')).toEqual({ column: 2, firstRow: 3, lastRow: 5 });
    expect(verticalMerge('AB10:AB12')).toEqual({ column: 27, firstRow: 10, lastRow: 12 });
    expect(verticalMerge('A1:D1')).toBeUndefined();
    expect(verticalMerge('B2:C4')).toBeUndefined();
    expect(verticalMerge('nonsense')).toBeUndefined();
  });

  it('fills only the empty cells of the rows below the top one, and stops after the range', () => {
    const fill = fillDown<string | null>([{ column: 1, firstRow: 2, lastRow: 4 }], (c) => !c);
    expect(fill(1, ['a', 'x'])).toEqual(['a', 'x']);
    expect(fill(2, ['b', 'Klojen'])).toEqual(['b', 'Klojen']);
    expect(fill(3, ['c'])).toEqual(['c', 'Klojen']);
    expect(fill(4, ['d', 'Sukun'])).toEqual(['d', 'Sukun']);
    expect(fill(5, ['e', null])).toEqual(['e', null]);
  });

  it('finds the merges of each sheet by name, and none in a damaged file', async () => {
    const file = await saved(await workbookBuffer([SHEET, { name: 'Kosong', rows: [['x']] }]));
    expect(await verticalMerges(file)).toEqual(
      new Map([
        [
          'Data & IKM',
          [
            { column: 2, firstRow: 3, lastRow: 5 },
            { column: 3, firstRow: 3, lastRow: 5 },
            { column: 2, firstRow: 6, lastRow: 7 },
          ],
        ],
      ]),
    );
    expect(await verticalMerges(await saved(Buffer.from('PK\u0003\u0004 not really a zip')))).toEqual(
      new Map(),
    );
  });

  it('gives the merged value to every row of the range when reading the sheet', async () => {
    const file = await saved(await workbookBuffer([SHEET]));
    const rows: unknown[][] = [];
    for await (const sheet of readSheets(file, 'xlsx', () => {}))
      for await (const row of sheet.rows) rows.push(row.cells.slice(0, 4));
    expect(rows.slice(2)).toEqual([
      [1, 'Daun Tembaga Tlogomas', 'Lowokwaru', 'Elektroforming'],
      [2, 'Ranting Perunggu', 'Lowokwaru', 'Elektroforming'],
      [3, 'Kalung Daun Jati', 'Lowokwaru', 'Elektroforming'],
      [4, 'Gelang Akar Sukun', 'Sukun', 'Elektroforming'],
      [5, 'Hiasan Dinding Sukun', 'Sukun', 'Logam'],
    ]);
  });
});

describe('importing a sheet with merged cells', () => {
  let t: TestApp;
  let admin: Client;
  beforeAll(async () => {
    t = await createTestApp();
    admin = await setupAdmin(t.app);
  });
  afterAll(async () => t.close());

  it('places every row of a merged kecamatan in that kecamatan', async () => {
    const result = await importOk(admin, await workbookBuffer([SHEET]), 'ikm-gabung.xlsx');
    expect(result).toMatchObject({ total: 5, created: 5, rejected: 0 });
    const list = (await admin.get('/api/businesses?sort=name&pageSize=10')).json();
    const where = Object.fromEntries(
      list.items.map((i: { name: string; districtName: string; subsector: string }) => [
        i.name,
        `${i.districtName}/${i.subsector}`,
      ]),
    );
    expect(where).toEqual({
      'Daun Tembaga Tlogomas': 'Lowokwaru/electroforming',
      'Ranting Perunggu': 'Lowokwaru/electroforming',
      'Kalung Daun Jati': 'Lowokwaru/electroforming',
      'Gelang Akar Sukun': 'Sukun/electroforming',
      'Hiasan Dinding Sukun': 'Sukun/logam',
    });
  });

  it('reads a two-row header whose single headers are merged down over both rows', async () => {
    // "Nama Usaha" and "Kecamatan" span rows 2–3; "Tenaga Kerja" spans L | P | Jumlah.
    const sheet = {
      name: 'Rekap',
      rows: [
        ['REKAP IKM 2025', null, null, null, null],
        ['Nama Usaha', 'Kecamatan', 'Tenaga Kerja', null, null],
        [null, null, 'L', 'P', 'Jumlah'],
        ['Kriya Dua Baris', 'Klojen', 2, 3, 5],
      ],
      merges: ['A1:E1', 'A2:A3', 'B2:B3', 'C2:E2'],
    };
    const result = await importOk(admin, await workbookBuffer([sheet]), 'rekap-dua-baris.xlsx');
    expect(result).toMatchObject({ total: 1, created: 1, rejected: 0 });
    expect(result.unrecognizedColumns).toEqual([]);
    const [item] = (await admin.get('/api/businesses?q=dua%20baris')).json().items;
    expect(item).toMatchObject({ name: 'Kriya Dua Baris', districtName: 'Klojen', latestWorkers: 5 });
  });
});
