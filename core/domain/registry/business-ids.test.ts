import { describe, expect, it } from 'vitest';
import { formatNpwp, parseKbli, parseKbliList, parseKbliVersion, parseNib, parseNpwp } from './business-ids';
import { codesOf, errorOf, okValue } from './test-helpers';

describe('parseNib', () => {
  it.each([
    ['9120001234567', '9120001234567'],
    ['9120 0012 3456 7', '9120001234567'],
    [' 9120001234567 ', '9120001234567'],
    ['9120-0012-34567', '9120001234567'],
    [9120001234567, '9120001234567'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseNib(input))).toBe(expected);
  });

  it.each([
    ['912000123456', 'nib.length'],
    ['91200012345678', 'nib.length'],
    ['NIB 9120001234567', 'nib.digits'],
    ['912000123456O', 'nib.digits'],
    ['0000000000000', 'nib.placeholder'],
    [9.12e12 + 0.5, 'nib.digits'],
    ['', 'common.empty'],
    ['#REF!', 'common.excelError'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parseNib(input))).toBe(code);
  });
});

describe('parseNpwp', () => {
  it.each([
    ['01.234.567.8-901.000', '012345678901000'],
    ['012345678901000', '012345678901000'],
    ['01 234 567 8 901 000', '012345678901000'],
    ['3573051508850003', '3573051508850003'],
    ['0012345678901000', '0012345678901000'],
    [123456789012345, '123456789012345'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseNpwp(input))).toBe(expected);
  });

  it('restores the leading zero an Excel number cell dropped, and says so', () => {
    const result = parseNpwp(12345678901000);
    expect(okValue(result)).toBe('012345678901000');
    expect(codesOf(result)).toEqual(['npwp.leadingZeroRestored']);
  });

  it('does not pad a 14-digit text, which may be a typo', () => {
    expect(errorOf(parseNpwp('12345678901000'))).toBe('npwp.length');
  });

  it.each([
    ['12.345.678', 'npwp.length'],
    ['01.234.567.8-901.000.123', 'npwp.length'],
    ['NPWP 01.234.567.8-901.000', 'npwp.digits'],
    ['00.000.000.0-000.000', 'npwp.placeholder'],
    ['3.57305E+15', 'npwp.precisionLost'],
    [3573051508850003, 'npwp.precisionLost'],
    ['-', 'common.empty'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parseNpwp(input))).toBe(code);
  });

  it('formats a 15-digit NPWP the official way and leaves 16 digits alone', () => {
    expect(formatNpwp('012345678901000')).toBe('01.234.567.8-901.000');
    expect(formatNpwp('3573051508850003')).toBe('3573051508850003');
  });
});

describe('parseKbli', () => {
  it.each([
    ['16292', 2020, { code: '16292', version: 2020 }],
    ['KBLI 16292', '2025', { code: '16292', version: 2025 }],
    ['kbli: 32111', 'KBLI 2020', { code: '32111', version: 2020 }],
    ['16292 - Industri Barang Anyaman dari Tanaman Selain Rotan', 2020, { code: '16292', version: 2020 }],
    ['32111: Industri Permata', 2020, { code: '32111', version: 2020 }],
    [' 16 292 ', 2020, { code: '16292', version: 2020 }],
    [16292, 2020, { code: '16292', version: 2020 }],
  ])('%s (%s)', (input, version, expected) => {
    expect(okValue(parseKbli(input, version))).toEqual(expected);
  });

  it.each([
    ['1629', 2020, 'kbli.length'],
    ['162921', 2020, 'kbli.length'],
    ['1629A', 2020, 'kbli.digits'],
    ['anyaman', 2020, 'kbli.digits'],
    ['16292', 2017, 'kbli.version'],
    ['16292', '', 'kbli.version'],
    ['16292', undefined, 'kbli.version'],
    ['', 2020, 'common.empty'],
  ])('refuses %s (%s) with %s', (input, version, code) => {
    expect(errorOf(parseKbli(input, version))).toBe(code);
  });

  it('reads a version on its own', () => {
    expect(okValue(parseKbliVersion(2025))).toBe(2025);
    expect(errorOf(parseKbliVersion('2009'))).toBe('kbli.version');
  });

  it('splits a cell with several codes and collapses repeats', () => {
    expect(okValue(parseKbliList('16292, 32111; 16292 dan 25992', 2020)).map((k) => k.code)).toEqual([
      '16292',
      '32111',
      '25992',
    ]);
  });

  it('refuses the whole list when one code is wrong', () => {
    expect(errorOf(parseKbliList('16292, 3211', 2020))).toBe('kbli.length');
  });
});
