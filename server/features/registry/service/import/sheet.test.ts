import { describe, expect, it } from 'vitest';
import { findHeaderRow } from './headers';
import { classifyRow } from './sheet';

const HEADER = ['No', 'Nama IKM', 'Pemilik', 'Omset/Bulan', 'TK'];
const detected = findHeaderRow([HEADER]);
if (!detected.ok) throw new Error('header not found');
const classify = (cells: (string | number | null)[]) => classifyRow(cells, detected.value, HEADER, []);

describe('rows between the data', () => {
  it('tells a total line wherever its label sits: name column, first filled column or "No"', () => {
    expect(classify([null, 'JUMLAH', null, '14.500.000', 7])).toEqual({ kind: 'total', text: 'JUMLAH' });
    expect(classify([null, null, 'Total', '14.500.000'])).toEqual({ kind: 'total', text: 'Total' });
    expect(classify(['JUMLAH', null, null, '14.500.000', 7])).toEqual({ kind: 'total', text: 'JUMLAH' });
  });

  it('keeps data rows as data, and a row with only its number as empty', () => {
    expect(classify([1, 'Batik Celaket', 'Sumiati', '7.500.000', 4])).toEqual({ kind: 'data' });
    expect(classify([2, 'Kriya Jaya', 'Total Wati', '1.000.000', 1])).toEqual({ kind: 'data' });
    expect(classify([5, null, null, null, null])).toEqual({ kind: 'empty' });
    expect(classify(['No', 'Nama IKM', 'Pemilik'])).toEqual({ kind: 'header' });
  });

  it('tells a row numbering the columns, as text or as numbers', () => {
    expect(classify(['(1)', '(2)', '(3)', '(4)', '(5)'])).toEqual({ kind: 'numbering' });
    expect(classify([1, 2, 3, 4, 5])).toEqual({ kind: 'numbering' });
    expect(classify(['1.', '2.', '3.', '4.', '5.'])).toEqual({ kind: 'numbering' });
    expect(classify([1, 'Batik 2', '3', '4', 5])).toEqual({ kind: 'data' });
    expect(classify([1, null, null, '5', 4])).toEqual({ kind: 'data' });
  });

  it('tells a note or signature under the data from a nameless business', () => {
    expect(classify([null, null, null, null, 'Malang, 15 Januari 2026'])).toEqual({
      kind: 'note',
      text: 'Malang, 15 Januari 2026',
    });
    expect(classify([null, null, null, 'Kepala Bidang', null])).toEqual({
      kind: 'note',
      text: 'Kepala Bidang',
    });
    expect(classify([null, null, 'Mengetahui,', null, null])).toEqual({ kind: 'note', text: 'Mengetahui,' });
    // A place and date over a signature, in any town, even in a column that names a person.
    expect(classify([null, null, 'Surabaya, 15 Januari 2026', null, null])).toEqual({
      kind: 'note',
      text: 'Surabaya, 15 Januari 2026',
    });
    expect(classify([null, null, 'Batu, 15-01-2026', null, null])).toEqual({
      kind: 'note',
      text: 'Batu, 15-01-2026',
    });
    expect(classify([null, null, 'Kota Batu, 5/1/2026', null, null])).toEqual({
      kind: 'note',
      text: 'Kota Batu, 5/1/2026',
    });
    expect(classify([null, null, 'Malang, 15 Januari 2026', null, null])).toEqual({
      kind: 'note',
      text: 'Malang, 15 Januari 2026',
    });
    // Someone's name in the owner column is a business row without its name: rejected, not skipped.
    expect(classify([null, null, 'Sumiati', null, null])).toEqual({ kind: 'data' });
    expect(classify([null, null, null, '7.500.000', 4])).toEqual({ kind: 'data' });
    expect(classify([3, null, 'Sumiati', '7.500.000', 4])).toEqual({ kind: 'data' });
    expect(classify([null, null, 'Sumiati, 15 tahun', null, null])).toEqual({ kind: 'data' });
  });
});
