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
});
