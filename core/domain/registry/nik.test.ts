import { describe, expect, it } from 'vitest';
import { issueCode } from './issues';
import { maskNik, nikRegionOutside, parseNik, validateNik } from './nik';
import { codesOf, errorOf, okValue } from './test-helpers';

const referenceDate = new Date('2025-06-01T00:00:00Z');
const parse = (value: unknown) => parseNik(value, { referenceDate });

describe('parseNik', () => {
  it('decodes region, birth date, gender and serial of a man', () => {
    expect(okValue(parse('3573051508850003'))).toEqual({
      nik: '3573051508850003',
      provinceCode: '35',
      regencyCode: '35.73',
      districtCode: '35.73.05',
      birthDate: '1985-08-15',
      gender: 'male',
      serial: '0003',
    });
  });

  it('subtracts 40 from the day for women', () => {
    const parts = okValue(parse('3573055508850003'));
    expect(parts.birthDate).toBe('1985-08-15');
    expect(parts.gender).toBe('female');
  });

  it.each([
    ['3573054101990002', '1999-01-01', 'female'],
    ['3573057112800001', '1980-12-31', 'female'],
    ['3573050101050001', '2005-01-01', 'male'],
    ['3573053112990001', '1999-12-31', 'male'],
    ['3573052902000001', '2000-02-29', 'male'],
  ])('%s → %s (%s)', (nik, birthDate, gender) => {
    const parts = okValue(parse(nik));
    expect(parts.birthDate).toBe(birthDate);
    expect(parts.gender).toBe(gender);
  });

  it('infers the century from the reference date', () => {
    expect(okValue(parse('3573050101250001')).birthDate).toBe('2025-01-01');
    expect(okValue(parse('3573050101260001')).birthDate).toBe('1926-01-01');
    const later = { referenceDate: new Date('2031-01-01T00:00:00Z') };
    expect(okValue(parseNik('3573050101260001', later)).birthDate).toBe('2026-01-01');
  });

  it.each([
    ['3573 0515 0885 0003'],
    ['35.73.05.150885.0003'],
    ['  3573051508850003  '],
    ['3573-0515-0885-0003'],
  ])('accepts separators people type: %s', (input) => {
    expect(okValue(parse(input)).nik).toBe('3573051508850003');
  });

  it.each([
    ['35730515088500O3', 'nik.digits'],
    ['NIK 3573051508850003', 'nik.digits'],
    ['357305150885000', 'nik.length'],
    ['35730515088500031', 'nik.length'],
    ['3573051508850000', 'nik.serial'],
    ['9973051508850001', 'nik.province'],
    ['3500051508850001', 'nik.region'],
    ['3573001508850001', 'nik.region'],
    ['3573053201900001', 'nik.day'],
    ['3573054001900001', 'nik.day'],
    ['3573057201900001', 'nik.day'],
    ['3573050001900001', 'nik.day'],
    ['3573051513900001', 'nik.month'],
    ['3573051500900001', 'nik.month'],
    ['3573053002900001', 'nik.date'],
    ['3573056902010001', 'nik.date'],
    ['3573053104900001', 'nik.date'],
    ['3573050112250001', 'nik.future'],
    ['3.57305E+15', 'nik.precisionLost'],
    ['', 'common.empty'],
    ['-', 'common.empty'],
    ['#N/A', 'common.excelError'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parse(input))).toBe(code);
  });

  it('refuses a NIK stored as an Excel number, whose last digit is gone', () => {
    expect(errorOf(parse(3573051508850000))).toBe('nik.precisionLost');
  });

  it('reports every structural problem at once', () => {
    expect(codesOf(parse('9973053213900000'))).toEqual([
      'nik.province',
      'nik.day',
      'nik.month',
      'nik.serial',
    ]);
  });

  it('reports the length it found', () => {
    const result = parse('35730515');
    expect(result.ok ? null : result.issues[0]).toEqual({
      key: 'registry-validation:nik.length',
      params: { length: 8 },
    });
  });

  it('validateNik returns only the digits', () => {
    expect(okValue(validateNik('3573 0515 0885 0003', { referenceDate }))).toBe('3573051508850003');
    expect(validateNik('123', { referenceDate }).ok).toBe(false);
  });
});

describe('nikRegionOutside', () => {
  it('does not flag a NIK from the home city', () => {
    expect(nikRegionOutside('3573051508850003', '35.73')).toBeNull();
    expect(nikRegionOutside('3573051508850003', '3573')).toBeNull();
  });

  it('flags, as a warning, a NIK registered elsewhere', () => {
    const warning = nikRegionOutside('3507125508850003', '35.73');
    expect(warning && issueCode(warning)).toBe('nik.regionOutside');
    expect(warning?.params).toEqual({ regencyCode: '35.07', homeRegencyCode: '35.73' });
  });

  it('flags another province too', () => {
    expect(nikRegionOutside('3273051508850003', '35.73')?.params?.regencyCode).toBe('32.73');
  });

  it('leaves structurally broken NIKs to parseNik', () => {
    expect(nikRegionOutside('12345', '35.73')).toBeNull();
    expect(nikRegionOutside('3507125508850003', '35')).toBeNull();
  });
});

describe('maskNik', () => {
  it('keeps the first and last four digits', () => {
    expect(maskNik('3573051234560001')).toBe('3573••••••••0001');
    expect(maskNik('3573 0512 3456 0001')).toBe('3573••••••••0001');
  });

  it('never reveals most of a malformed number', () => {
    expect(maskNik('357305123456000')).toBe('•••••••••••6000');
    expect(maskNik('1234567')).toBe('•••••••');
    expect(maskNik('')).toBe('');
    expect(maskNik(null)).toBe('');
  });
});
