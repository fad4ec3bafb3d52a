import { describe, expect, it } from 'vitest';
import { parseCount, parseYear } from './integer';
import { errorOf, okValue } from './test-helpers';

describe('parseCount', () => {
  it.each([
    ['3 orang', 3],
    ['3 org', 3],
    ['5', 5],
    [' 12 ', 12],
    ['12 pcs', 12],
    ['1.200', 1200],
    ['1.200 buah', 1200],
    ['jumlah: 7', 7],
    ['0', 0],
    [12, 12],
    [12.0, 12],
    [2.9999999999999996, 3],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseCount(input))).toBe(expected);
  });

  it.each([
    ['3 L 2 P', 'integer.multiple'],
    ['2019-2020', 'integer.multiple'],
    ['-3', 'integer.negative'],
    ['minus 3', 'integer.negative'],
    [-3, 'integer.negative'],
    ['2,5', 'integer.notWhole'],
    ['2.5 orang', 'integer.notWhole'],
    [3.5, 'integer.notWhole'],
    ['1,500', 'integer.invalid'],
    ['banyak', 'integer.invalid'],
    ['tiga', 'integer.invalid'],
    [Number.NaN, 'integer.invalid'],
    [true, 'common.invalidType'],
    ['', 'common.empty'],
    ['-', 'common.empty'],
    ['#DIV/0!', 'common.excelError'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parseCount(input))).toBe(code);
  });

  it('enforces bounds', () => {
    expect(errorOf(parseCount('0', { min: 1 }))).toBe('integer.tooSmall');
    expect(errorOf(parseCount('10001', { max: 10000 }))).toBe('integer.tooLarge');
    expect(okValue(parseCount('10000', { max: 10000 }))).toBe(10000);
  });
});

describe('parseYear', () => {
  const referenceDate = new Date('2025-06-01T00:00:00Z');
  const parse = (value: unknown, options = {}) => parseYear(value, { referenceDate, ...options });

  it.each([
    ['2019', 2019],
    [2019, 2019],
    ['th 2019', 2019],
    ['Th. 2019', 2019],
    ['thn 2019', 2019],
    ['thn.2019', 2019],
    ['Tahun 2019', 2019],
    ['TAHUN: 2019', 2019],
    [' 2019 ', 2019],
    ['22/02/2019', 2019],
    ['Februari 2019', null],
    ['1985', 1985],
    ['2025', 2025],
  ])('%s → %s', (input, expected) => {
    if (expected === null) expect(errorOf(parse(input))).toBe('year.invalid');
    else expect(okValue(parse(input))).toBe(expected);
  });

  it('reads the year of a date cell', () => {
    expect(okValue(parse(new Date(Date.UTC(2018, 4, 1))))).toBe(2018);
  });

  it.each([
    ['19', 'year.invalid'],
    ["'19", 'year.invalid'],
    ['2019/2020', 'year.invalid'],
    ['20199', 'year.invalid'],
    [2019.5, 'year.invalid'],
    ['dua ribu', 'year.invalid'],
    ['2026', 'year.tooLate'],
    ['1850', 'year.tooEarly'],
    ['', 'common.empty'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parse(input))).toBe(code);
  });

  it('takes custom bounds', () => {
    expect(okValue(parse('2026', { max: 2030 }))).toBe(2026);
    expect(errorOf(parse('1940', { min: 1945 }))).toBe('year.tooEarly');
  });
});
