import { describe, expect, it } from 'vitest';
import { cellText, isBlankCell, isExcelError, unwrapCell } from './cell';

describe('cell helpers', () => {
  it('unwraps exceljs cell shapes', () => {
    expect(unwrapCell({ richText: [{ text: 'Kriya ' }, { text: 'Perak' }] })).toBe('Kriya Perak');
    expect(unwrapCell({ formula: 'SUM(A1:A2)', result: 42 })).toBe(42);
    expect(unwrapCell({ text: 'toko.id', hyperlink: 'https://toko.id' })).toBe('toko.id');
    expect(unwrapCell({ error: '#N/A' })).toBe('#N/A');
    expect(unwrapCell({ sharedFormula: 'A1' })).toBeNull();
    expect(unwrapCell(undefined)).toBeNull();
  });

  it('drops control characters (NUL, form feed…) but keeps tabs and line breaks', () => {
    expect(unwrapCell('UD\u0000 Daun\u000bTembaga\u007f')).toBe('UD DaunTembaga');
    expect(unwrapCell('Jl. Kawi 5\nMalang\tRT 2')).toBe('Jl. Kawi 5\nMalang\tRT 2');
    expect(unwrapCell({ richText: [{ text: 'Kriya\u0001 ' }, { text: 'Perak' }] })).toBe('Kriya Perak');
  });

  it('renders text trimmed, dates as ISO', () => {
    expect(cellText('  Lowokwaru  ')).toBe('Lowokwaru');
    expect(cellText(5)).toBe('5');
    expect(cellText(new Date(Date.UTC(2021, 1, 22)))).toBe('2021-02-22T00:00:00.000Z');
    expect(cellText(new Date('nope'))).toBe('');
  });

  it.each([[''], ['  '], [null], [undefined], ['-'], ['--'], ['—'], ['N/A'], ['nihil'], ['\u00a0']])(
    '%j is blank',
    (value) => {
      expect(isBlankCell(value)).toBe(true);
    },
  );

  it.each([['0'], [0], ['x'], ['tidak ada'], [false]])('%j is not blank', (value) => {
    expect(isBlankCell(value)).toBe(false);
  });

  it('recognizes Excel errors in text and objects', () => {
    expect(isExcelError('#VALUE!')).toBe(true);
    expect(isExcelError({ error: '#DIV/0!' })).toBe(true);
    expect(isExcelError('#1 di Malang')).toBe(false);
  });
});
