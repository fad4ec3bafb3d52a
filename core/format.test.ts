import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatRupiah } from './format';

describe('formatRupiah', () => {
  it('writes Rupiah with dots for thousands and no decimals', () => {
    expect(formatRupiah(1_250_000)).toBe('Rp 1.250.000');
    expect(formatRupiah(1_250_000, 'en')).toBe('Rp 1.250.000');
    expect(formatRupiah(999.6)).toBe('Rp 1.000');
  });
  it('shows a dash for missing or non-finite values', () => {
    expect(formatRupiah(null)).toBe('–');
    expect(formatRupiah(Number.NaN)).toBe('–');
    expect(formatRupiah(Number.POSITIVE_INFINITY)).toBe('–');
  });
});

describe('formatDate', () => {
  it('formats day, short month and year per locale', () => {
    expect(formatDate('2021-02-22')).toBe('22 Feb 2021');
    expect(formatDate('2021-08-22', 'id')).toBe('22 Agu 2021');
    expect(formatDate('2021-09-22', 'en')).toBe('22 Sep 2021');
  });
  it('uses the Jakarta time zone so late-evening UTC times land on the local day', () => {
    expect(formatDate('2021-02-21T18:30:00Z', 'id')).toBe('22 Feb 2021');
    expect(formatDateTime('2021-02-21T18:30:00Z', 'en')).toBe('22 Feb 2021 01:30');
  });
  it('rejects invalid input without throwing', () => {
    expect(formatDate('not a date')).toBe('–');
  });
});

describe('formatNumber', () => {
  it('uses the locale separators', () => {
    expect(formatNumber(1234.5, 'id')).toBe('1.234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
  });
});

describe('formatMonth', () => {
  it('writes the month with its full year, so it cannot be read as a day', () => {
    expect(formatMonth('2026-12', 'id')).toBe('Des 2026');
    expect(formatMonth('2026-12', 'en')).toBe('Dec 2026');
    expect(formatMonth('2026-08', 'id')).toBe('Agu 2026');
    expect(formatMonth('nonsense', 'id')).toBe('–');
  });
});
