import { describe, expect, it } from 'vitest';
import { readNumberText } from './number-text';

const value = (text: string, options: Parameters<typeof readNumberText>[1]) => {
  const read = readNumberText(text, options);
  return read.ok ? read.value : read.error;
};

describe('readNumberText', () => {
  it.each([
    ['5 jt', 5_000_000],
    ['20rb', 20_000],
    ['20 rb', 20_000],
    ['Rp 15.000.000,-', 15_000_000],
    ['Rp15.000', 15_000],
    ['2,7 M', 2_700_000_000],
    ['1 juta 500 ribu', 1_500_000],
    ['49.610', 49_610],
    ['12500', 12_500],
    ['IDR 1,250,000.00', 1_250_000],
  ])('money %s → %s', (text, expected) => {
    expect(value(text, { kind: 'money', locale: 'id' })).toBe(expected);
    expect(value(text, { kind: 'money', locale: 'en' })).toBe(expected);
  });

  it.each([
    ['1.5', 'id', 1.5],
    ['1,5', 'id', 1.5],
    ['1.5', 'en', 1.5],
    ['1,5', 'en', 1.5],
    ['1,250', 'id', 1.25],
    ['1,250', 'en', 1250],
    ['1.500', 'id', 1500],
    ['1.500', 'en', 1.5],
    ['1.250,75', 'id', 1250.75],
    ['8,96', 'id', 8.96],
    [' 0,3 ', 'id', 0.3],
    ['+2', 'id', 2],
  ] as const)('decimal %s in %s → %s', (text, locale, expected) => {
    expect(value(text, { kind: 'decimal', locale })).toBe(expected);
  });

  it.each([
    ['1e9', 'exponent'],
    ['2E3', 'exponent'],
    ['1/2', 'fraction'],
    ['12abc', 'invalid'],
    ['abc', 'invalid'],
    ['5 jt', 'invalid'],
    ['1.2.3', 'invalid'],
    ['5 - 10', 'range'],
    ['-3', 'negative'],
    ['', 'empty'],
    ['   ', 'empty'],
    ['1,5.2', 'invalid'],
  ])('decimal refuses %s with %s', (text, error) => {
    expect(value(text, { kind: 'decimal', locale: 'id' })).toBe(error);
  });

  it.each([
    ['1e9', 'exponent'],
    ['1/2', 'fraction'],
    ['5 dolar', 'invalid'],
    ['Rp -5.000', 'negative'],
    ['5-10 jt', 'range'],
    ['1jt500', 'invalid'],
    ['Rp', 'empty'],
  ])('money refuses %s with %s', (text, error) => {
    expect(value(text, { kind: 'money', locale: 'id' })).toBe(error);
  });

  it('keeps a money `1,250` without context ambiguous, and settles it by the reader', () => {
    expect(value('1,250', { kind: 'money' })).toBe('ambiguous');
    expect(value('1,250', { kind: 'money', locale: 'en' })).toBe(1250);
    expect(value('1,250 jt', { kind: 'money' })).toBe(1_250_000);
  });

  it('reads negatives only where the field allows them', () => {
    expect(value('-1,5', { kind: 'decimal', locale: 'id', allowNegative: true })).toBe(-1.5);
    expect(value('−2', { kind: 'decimal', locale: 'id', allowNegative: true })).toBe(-2);
  });

  it('refuses fractions in whole counts', () => {
    expect(value('2,5', { kind: 'integer', locale: 'id' })).toBe('notWhole');
    expect(value('1.200', { kind: 'integer', locale: 'id' })).toBe(1200);
  });
});
