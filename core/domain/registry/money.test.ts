import { describe, expect, it } from 'vitest';
import { parseLocaleNumber } from '#core/locale-number';
import { parseRupiah } from './money';
import { codesOf, errorOf, okValue } from './test-helpers';

describe('parseLocaleNumber', () => {
  it.each([
    ['5000000', 5000000],
    ['5.000.000', 5000000],
    ['5.000', 5000],
    ['5,000,000', 5000000],
    ['1.250.000,00', 1250000],
    ['1,250,000.50', 1250000.5],
    ['1,5', 1.5],
    ['0,75', 0.75],
    ['1.5', 1.5],
    ['12.50', 12.5],
    ['5000000.5', 5000000.5],
    ['0.500', 0.5],
  ])('%s → %s', (text, value) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: true, value });
  });

  it.each([
    ['1.2.3'],
    ['12,34,567'],
    ['1.250,000.00'],
    ['1,2,3.4,5'],
    ['5.'],
    ['.5'],
    ['5,00,0'],
    ['abc'],
    [''],
  ])('refuses %s', (text) => {
    expect(parseLocaleNumber(text)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('calls a single comma before three digits ambiguous', () => {
    expect(parseLocaleNumber('1,250')).toEqual({ ok: false, reason: 'ambiguous' });
  });
});

describe('parseRupiah', () => {
  it.each([
    ['Rp 5.000.000', 5_000_000],
    ['Rp5.000.000', 5_000_000],
    ['Rp5.000.000,-', 5_000_000],
    ['Rp 5.000.000,-', 5_000_000],
    ['5.000.000,-', 5_000_000],
    ['5.000.000,--', 5_000_000],
    ['5.000.000.-', 5_000_000],
    ['Rp. 1.250.000,00', 1_250_000],
    ['RP. 1.250.000,00', 1_250_000],
    ['IDR 1,250,000.00', 1_250_000],
    ['5000000', 5_000_000],
    [' 5000000 ', 5_000_000],
    ['5 000 000', 5_000_000],
    ['5\u00a0000\u00a0000', 5_000_000],
    ['5 jt', 5_000_000],
    ['5jt', 5_000_000],
    ['5 JT', 5_000_000],
    ['5 juta', 5_000_000],
    ['Rp 5 juta', 5_000_000],
    ['1,5 juta', 1_500_000],
    ['1.5 juta', 1_500_000],
    ['1,5jt', 1_500_000],
    ['0,5 jt', 500_000],
    ['1.500 juta', 1_500_000_000],
    ['2,5 M', 2_500_000_000],
    ['2,5M', 2_500_000_000],
    ['2,5 miliar', 2_500_000_000],
    ['2,5 milyar', 2_500_000_000],
    ['Rp 1 M', 1_000_000_000],
    ['500 rb', 500_000],
    ['500rb', 500_000],
    ['500 ribu', 500_000],
    ['750k', 750_000],
    ['1 juta 500 ribu', 1_500_000],
    ['2 jt 250 rb', 2_250_000],
    ['12 juta rupiah', 12_000_000],
    ['Rp 5.000.000 (lima juta rupiah)', 5_000_000],
    ['0', 0],
    ['Rp 0', 0],
    ['Rp -', 0],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseRupiah(input))).toBe(expected);
  });

  it('takes Excel numbers as they are', () => {
    expect(okValue(parseRupiah(5_000_000))).toBe(5_000_000);
    expect(okValue(parseRupiah(0))).toBe(0);
    expect(codesOf(parseRupiah(1_234_999.9999999998))).toEqual([]);
    expect(okValue(parseRupiah(1_234_999.9999999998))).toBe(1_235_000);
  });

  it('rounds real fractions of a Rupiah with a warning', () => {
    const text = parseRupiah('5000000.5');
    expect(okValue(text)).toBe(5_000_001);
    expect(codesOf(text)).toEqual(['money.rounded']);
    expect(okValue(parseRupiah(2500.4))).toBe(2500);
    expect(codesOf(parseRupiah('Rp 1.250.000,75'))).toEqual(['money.rounded']);
  });

  it('accepts approximations with a warning', () => {
    for (const input of ['± 5 jt', '+/- 5 jt', 'kurang lebih 5 juta', 'sekitar 5 jt', 'kira-kira 5jt']) {
      const result = parseRupiah(input);
      expect(okValue(result)).toBe(5_000_000);
      expect(codesOf(result)).toEqual(['money.approximate']);
    }
  });

  it('accepts a stated period with a warning carrying it', () => {
    const result = parseRupiah('5 jt/bln');
    expect(okValue(result)).toBe(5_000_000);
    expect(result.ok && result.warnings[0].params?.period).toBe('month');
    expect(okValue(parseRupiah('Rp 60.000.000 per tahun'))).toBe(60_000_000);
    expect(okValue(parseRupiah('Rp 5.000.000,-/bulan'))).toBe(5_000_000);
  });

  it('applies a header scale to bare numbers only', () => {
    expect(okValue(parseRupiah('250', { scale: 1000 }))).toBe(250_000);
    expect(okValue(parseRupiah(2.5, { scale: 1_000_000 }))).toBe(2_500_000);
    expect(okValue(parseRupiah('5 jt', { scale: 1000 }))).toBe(5_000_000);
  });

  it.each([
    ['1,250', 'money.ambiguous'],
    ['IDR 250,000', 'money.ambiguous'],
    ['-5.000', 'money.negative'],
    ['Rp -5.000', 'money.negative'],
    ['Rp. -1.000.000,-', 'money.negative'],
    ['(5.000)', 'money.negative'],
    ['minus 5 jt', 'money.negative'],
    ['5 - 10 juta', 'money.range'],
    ['5-10jt', 'money.range'],
    ['5jt s/d 10jt', 'money.range'],
    ['Rp 5.000.000 - Rp 10.000.000', 'money.range'],
    ['5 sampai 10 juta', 'money.range'],
    ['lima juta', 'money.invalid'],
    ['5 jt lebih', 'money.invalid'],
    ['1jt500', 'money.invalid'],
    ['500 ribu 1 juta', 'money.invalid'],
    ['5 10', 'money.invalid'],
    ['1.2.3', 'money.invalid'],
    ['5 dollar', 'money.invalid'],
    ['belum tahu', 'money.invalid'],
    ['', 'common.empty'],
    ['-', 'common.empty'],
    ['Rp', 'common.empty'],
    [null, 'common.empty'],
    ['#VALUE!', 'common.excelError'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parseRupiah(input))).toBe(code);
  });

  it('refuses negative, infinite and non-numeric values of other types', () => {
    expect(errorOf(parseRupiah(-1))).toBe('money.negative');
    expect(errorOf(parseRupiah(Number.NaN))).toBe('money.invalid');
    expect(errorOf(parseRupiah(Number.POSITIVE_INFINITY))).toBe('money.invalid');
    expect(errorOf(parseRupiah(true))).toBe('common.invalidType');
    expect(errorOf(parseRupiah(new Date()))).toBe('common.invalidType');
  });

  it('enforces a maximum', () => {
    expect(errorOf(parseRupiah('2 T', { max: 1e12 }))).toBe('money.tooLarge');
    expect(errorOf(parseRupiah('99999999999 T'))).toBe('money.tooLarge');
  });
});
