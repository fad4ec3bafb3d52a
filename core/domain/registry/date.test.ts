import { describe, expect, it } from 'vitest';
import { excelSerialToIsoDate, parseDate } from './date';
import { errorOf, okValue } from './test-helpers';

const referenceDate = new Date('2025-06-01T00:00:00Z');
const parse = (value: unknown, options = {}) => parseDate(value, { referenceDate, ...options });

describe('parseDate: text', () => {
  it.each([
    ['22/02/2021', '2021-02-22'],
    ['22-02-2021', '2021-02-22'],
    ['22.02.2021', '2021-02-22'],
    ['2/2/2021', '2021-02-02'],
    ['02/03/2021', '2021-03-02'],
    ['2021-02-22', '2021-02-22'],
    ['2021/02/22', '2021-02-22'],
    ['2021-2-5', '2021-02-05'],
    ['20210222', '2021-02-22'],
    ['22 Feb 2021', '2021-02-22'],
    ['22 feb 2021', '2021-02-22'],
    ['22 Februari 2021', '2021-02-22'],
    ['22 FEBRUARI 2021', '2021-02-22'],
    ['22 Pebruari 2021', '2021-02-22'],
    ['22-Feb-2021', '2021-02-22'],
    ['22-Feb-21', '2021-02-22'],
    ['22 Feb 98', '1998-02-22'],
    ['22/02/21', '2021-02-22'],
    ['1 Jan 2021', '2021-01-01'],
    ['3 Maret 2021', '2021-03-03'],
    ['3 Mrt 2021', '2021-03-03'],
    ['14 April 2021', '2021-04-14'],
    ['1 Mei 2021', '2021-05-01'],
    ['1 May 2021', '2021-05-01'],
    ['1 Juni 2021', '2021-06-01'],
    ['1 Juli 2021', '2021-07-01'],
    ['17 Agustus 2021', '2021-08-17'],
    ['17 Agu 2021', '2021-08-17'],
    ['17 Agu. 2021', '2021-08-17'],
    ['17 Agt 2021', '2021-08-17'],
    ['17 Aug 2021', '2021-08-17'],
    ['9 Sept 2021', '2021-09-09'],
    ['5 Okt 2021', '2021-10-05'],
    ['5 Oct 2021', '2021-10-05'],
    ['10 Nopember 2021', '2021-11-10'],
    ['10 Nop 2021', '2021-11-10'],
    ['25 Des 2021', '2021-12-25'],
    ['25 December 2021', '2021-12-25'],
    ['Senin, 22 Februari 2021', '2021-02-22'],
    ['Jumat 5 Maret 2021', '2021-03-05'],
    ['February 22, 2021', '2021-02-22'],
    ['Feb 22 2021', '2021-02-22'],
    ['2021-02-22T00:00:00.000Z', '2021-02-22'],
    ['22/02/2021 10:15', '2021-02-22'],
    ['22/02/2021 pukul 10.15 WIB', '2021-02-22'],
    ['29/02/2020', '2020-02-29'],
    ['44249', '2021-02-22'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parse(input))).toBe(expected);
  });

  it.each([
    ['31/02/2021', 'date.invalid'],
    ['29/02/2021', 'date.invalid'],
    ['13/13/2021', 'date.invalid'],
    ['00/01/2021', 'date.invalid'],
    ['32 Jan 2021', 'date.invalid'],
    ['22 Fbr 2021', 'date.invalid'],
    ['besok', 'date.invalid'],
    ['22/02', 'date.invalid'],
    ['02/22/2021', 'date.monthFirst'],
    ['12/31/2021', 'date.monthFirst'],
    ['2021', 'date.yearOnly'],
    ['Februari 2021', 'date.incomplete'],
    ['Feb-2021', 'date.incomplete'],
    ['02/2021', 'date.incomplete'],
    ['', 'common.empty'],
    ['-', 'common.empty'],
    ['#N/A', 'common.excelError'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parse(input))).toBe(code);
  });
});

describe('parseDate: Excel serials and Date objects', () => {
  it.each([
    [44249, '2021-02-22'],
    [44249.75, '2021-02-22'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [36526, '2000-01-01'],
    [45658, '2025-01-01'],
  ])('serial %s → %s', (serial, expected) => {
    expect(okValue(parse(serial))).toBe(expected);
    expect(excelSerialToIsoDate(serial)).toBe(expected);
  });

  it('refuses the day Excel invents (29 Feb 1900) and out-of-range serials', () => {
    expect(errorOf(parse(60))).toBe('date.excelPhantom');
    expect(excelSerialToIsoDate(60)).toBeNull();
    expect(errorOf(parse(0))).toBe('date.invalid');
    expect(errorOf(parse(-5))).toBe('date.invalid');
    expect(errorOf(parse(3_000_000))).toBe('date.invalid');
    expect(errorOf(parse(Number.NaN))).toBe('date.invalid');
  });

  it('treats a bare year typed into a date cell as a year, not a 1905 serial', () => {
    expect(errorOf(parse(2021))).toBe('date.yearOnly');
  });

  it('reads Date objects at UTC by default, as exceljs produces them', () => {
    expect(okValue(parse(new Date(Date.UTC(2021, 1, 22))))).toBe('2021-02-22');
    expect(okValue(parse(new Date('2021-02-22T23:30:00Z')))).toBe('2021-02-22');
  });

  it('can read Date objects in local time', () => {
    expect(okValue(parse(new Date(2021, 1, 22), { dateObjects: 'local' }))).toBe('2021-02-22');
  });

  it('refuses invalid Date objects and booleans', () => {
    expect(errorOf(parse(new Date('nope')))).toBe('date.invalid');
    expect(errorOf(parse(true))).toBe('common.invalidType');
  });

  it('enforces bounds', () => {
    expect(errorOf(parse('22/02/2021', { min: '2021-03-01' }))).toBe('date.outOfRange');
    expect(errorOf(parse('22/02/2021', { max: '2021-01-31' }))).toBe('date.outOfRange');
    expect(okValue(parse('22/02/2021', { min: '2021-02-22', max: '2021-02-22' }))).toBe('2021-02-22');
  });
});
