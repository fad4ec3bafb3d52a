import { describe, expect, it } from 'vitest';
import { isEmptyRow, issueCode } from '#core/domain/registry';
import { errorOf, okValue } from '#core/domain/registry/test-helpers';
import en from '#core/i18n/en/registry-validation.json';
import id from '#core/i18n/id/registry-validation.json';
import { findHeaderRow } from './row';

describe('findHeaderRow', () => {
  it('skips title and empty rows and reports unrecognized headers', () => {
    const rows = [
      ['DATA IKM KOTA MALANG TAHUN 2021'],
      ['DINAS KOPERASI, PERINDUSTRIAN DAN PERDAGANGAN'],
      [],
      ['No', 'Nama IKM', 'Nama Pemilik', 'Alamat', 'Kec.', 'No. HP', 'Omzet/bulan', 'Warna Favorit'],
      [
        1,
        'Kriya Perak Sejahtera',
        'Bu Sri',
        'Jl. Soekarno Hatta 1',
        'Lowokwaru',
        '0812-3456-7890',
        '5 jt',
        'biru',
      ],
    ];
    const found = okValue(findHeaderRow(rows));
    expect(found.headerRowIndex).toBe(3);
    expect(found.headerRowCount).toBe(1);
    expect(found.dataStartIndex).toBe(4);
    expect(found.fieldColumns).toEqual({
      businessName: 1,
      ownerName: 2,
      address: 3,
      kecamatan: 4,
      phone: 5,
      turnoverMonthlyIdr: 6,
    });
    expect(found.ignoredColumns).toEqual([0]);
    expect(found.unrecognized).toEqual([{ index: 7, header: 'Warna Favorit' }]);
    expect(found.warnings.map(issueCode)).toEqual(['header.unrecognized']);
    expect(found.warnings[0].params).toEqual({ column: 'H', header: 'Warna Favorit' });
  });

  it('picks the header directly under a title row, not the title and header combined', () => {
    const rows = [
      ['DATA IKM KOTA MALANG TAHUN 2021'],
      ['No', 'Nama Usaha', 'Telp'],
      [1, 'Batik Celaket', '0341-551234'],
    ];
    const found = okValue(findHeaderRow(rows));
    expect(found.headerRowIndex).toBe(1);
    expect(found.headerRowCount).toBe(1);
    expect(found.dataStartIndex).toBe(2);
  });

  it('combines a merged group header with its sub-headers', () => {
    const rows = [
      ['REKAP IKM 2021'],
      ['No', 'Nama IKM', 'Tenaga Kerja', null, null, 'Omzet', null, 'Keterangan'],
      [null, null, 'L', 'P', 'Jumlah', 'Per Bulan', 'Per Tahun', null],
      [1, 'Kriya Logam', 2, 3, 5, '5 jt', '60 jt', ''],
    ];
    const found = okValue(findHeaderRow(rows));
    expect(found.headerRowIndex).toBe(1);
    expect(found.headerRowCount).toBe(2);
    expect(found.dataStartIndex).toBe(3);
    expect(found.fieldColumns).toEqual({
      businessName: 1,
      workersMale: 2,
      workersFemale: 3,
      workersTotal: 4,
      turnoverMonthlyIdr: 5,
      turnoverYearlyIdr: 6,
      notes: 7,
    });
    expect(found.columns.find((c) => c.field === 'workersMale')?.header).toBe('Tenaga Kerja / L');
    expect(found.unrecognized).toEqual([]);
  });

  it('copes with readers that repeat a merged value in every cell', () => {
    const rows = [
      ['No', 'Nama IKM', 'Tenaga Kerja', 'Tenaga Kerja', 'Pemilik', 'Pemilik'],
      ['No', 'Nama IKM', 'L', 'P', 'Nama', 'NIK'],
      [1, 'Anyaman Rotan Jaya', 1, 4, 'Pak Budi', '3573051508850003'],
    ];
    const found = okValue(findHeaderRow(rows));
    expect(found.headerRowCount).toBe(2);
    expect(found.fieldColumns).toEqual({
      businessName: 1,
      workersMale: 2,
      workersFemale: 3,
      ownerName: 4,
      nik: 5,
    });
    expect(found.ignoredColumns).toEqual([0]);
  });

  it('does not carry a vertically merged header into the next sub-header', () => {
    const rows = [
      ['Nama IKM', 'Alamat', 'Tenaga Kerja', null],
      [null, null, 'L', 'P'],
      ['Kriya Kayu', 'Jl. Ijen', 1, 2],
    ];
    const found = okValue(findHeaderRow(rows));
    expect(found.fieldColumns).toEqual({ businessName: 0, address: 1, workersMale: 2, workersFemale: 3 });
  });

  it('keeps a single header when the next row is data', () => {
    const rows = [
      ['Nama IKM', 'Kecamatan', 'Jenis Kelamin'],
      ['NIK', 'L', 'P'],
    ];
    const found = okValue(findHeaderRow(rows));
    expect(found.headerRowCount).toBe(1);
    expect(found.dataStartIndex).toBe(1);
  });

  it('reports a second column for the same field instead of dropping it', () => {
    const rows = [['Nama Usaha', 'No. HP', 'WA', 'Alamat']];
    const found = okValue(findHeaderRow(rows));
    expect(found.fieldColumns.phone).toBe(1);
    expect(found.duplicates).toEqual([{ index: 2, header: 'WA', field: 'phone' }]);
    expect(found.warnings[0]).toEqual({
      key: 'registry-validation:header.duplicate',
      params: { column: 'C', header: 'WA', field: 'phone', firstColumn: 'B' },
    });
  });

  it('reads exceljs rich-text and formula header cells', () => {
    const rows = [[{ richText: [{ text: 'Nama ' }, { text: 'IKM' }] }, { formula: 'A1', result: 'Telp' }]];
    expect(okValue(findHeaderRow(rows)).fieldColumns).toEqual({ businessName: 0, phone: 1 });
  });

  it('requires a business name column', () => {
    const result = findHeaderRow([['Title'], ['Nama Pemilik', 'No. HP', 'Alamat']]);
    expect(errorOf(result)).toBe('header.noBusinessName');
    expect(result.ok ? null : result.issues[0].params).toEqual({ row: 2 });
  });

  it('requires two recognized columns', () => {
    expect(errorOf(findHeaderRow([['Nama IKM', 'Warna', 'Rasa']]))).toBe('header.notFound');
  });

  it('finds nothing in an empty sheet or one of data only', () => {
    expect(errorOf(findHeaderRow([]))).toBe('header.notFound');
    expect(errorOf(findHeaderRow([['Kriya Perak', '0812-3456-7890']]))).toBe('header.notFound');
  });

  it('looks only at the first maxScan rows', () => {
    const rows: unknown[][] = Array.from({ length: 25 }, () => []);
    rows[22] = ['Nama IKM', 'Alamat'];
    expect(errorOf(findHeaderRow(rows))).toBe('header.notFound');
    expect(okValue(findHeaderRow(rows, 30)).headerRowIndex).toBe(22);
  });

  it('prefers the row that recognizes more fields', () => {
    const rows = [
      ['Nama IKM', 'Alamat'],
      ['Nama IKM', 'Alamat', 'Kecamatan', 'No. HP'],
    ];
    expect(okValue(findHeaderRow(rows)).headerRowIndex).toBe(1);
  });
});

describe('isEmptyRow', () => {
  it.each([
    [[], true],
    [null, true],
    [undefined, true],
    [[null, '', '   ', undefined], true],
    [[{ richText: [] }], true],
    [['', 'x'], false],
    [[0], false],
    [['-'], false],
  ])('%j → %s', (row, empty) => {
    expect(isEmptyRow(row)).toBe(empty);
  });

  it('ignores a pre-filled row-number column when asked', () => {
    expect(isEmptyRow([31, '', null], [0])).toBe(true);
    expect(isEmptyRow([31, 'Kriya', null], [0])).toBe(false);
    expect(isEmptyRow([31, '', null])).toBe(false);
  });
});

describe('header issues in the catalog', () => {
  type Catalog = { [key: string]: string | Catalog };
  const text = (catalog: Catalog, path: string) =>
    path.split('.').reduce<string | Catalog | undefined>((node, key) => (node as Catalog)?.[key], catalog);

  it('each has a text in both languages, and every placeholder it uses is given', () => {
    const issues = [
      findHeaderRow([['Nama IKM', 'Telp', 'WA', 'Warna']]),
      findHeaderRow([['Nama Pemilik', 'Telp']]),
      findHeaderRow([['x']]),
    ].flatMap((r) => (r.ok ? r.warnings : r.issues));
    expect(issues.length).toBeGreaterThan(1);
    for (const catalog of [id, en] as Catalog[])
      for (const emitted of issues) {
        const message = text(catalog, emitted.key.replace('registry-validation:', ''));
        expect(typeof message, emitted.key).toBe('string');
        for (const [, name] of (message as string).matchAll(/{{(\w+)}}/g))
          expect(emitted.params?.[name], `${emitted.key} needs {{${name}}}`).toBeDefined();
      }
  });
});
