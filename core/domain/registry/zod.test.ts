import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  zCount,
  zDateIso,
  zEducation,
  zGender,
  zKbli,
  zLegalForm,
  zNib,
  zNik,
  zNpwp,
  zOptional,
  zPhoneId,
  zRupiah,
  zSubsector,
  zYear,
} from './zod';

function messages(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => i.message);
}

describe('zod helpers', () => {
  it('zNik normalizes and refuses with i18n keys and params', () => {
    expect(zNik.parse('3573 0515 0885 0003')).toBe('3573051508850003');
    const result = zNik.safeParse('35730515');
    expect(result.success).toBe(false);
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.message).toBe('registry-validation:nik.length');
    expect(issue && 'params' in issue ? issue.params : undefined).toEqual({ length: 8 });
    expect(messages(zNik, 3573051508850003)).toEqual(['registry-validation:common.invalidType']);
  });

  it('zNik reports several structural problems', () => {
    expect(messages(zNik, '3573053213900000')).toEqual([
      'registry-validation:nik.day',
      'registry-validation:nik.month',
      'registry-validation:nik.serial',
    ]);
  });

  it('zNib and zNpwp normalize to digits', () => {
    expect(zNib.parse('9120 0012 3456 7')).toBe('9120001234567');
    expect(zNpwp.parse('01.234.567.8-901.000')).toBe('012345678901000');
    expect(messages(zNpwp, '12.345')).toEqual(['registry-validation:npwp.length']);
  });

  it('zKbli checks code and version together', () => {
    expect(zKbli.parse({ code: '16292', version: 2020 })).toEqual({ code: '16292', version: 2020 });
    expect(messages(zKbli, { code: '1629', version: 2017 })).toEqual([
      'registry-validation:kbli.length',
      'registry-validation:kbli.version',
    ]);
  });

  it('zPhoneId transforms to +62 and refuses two numbers in one field', () => {
    expect(zPhoneId.parse('0812-3456-7890')).toBe('+6281234567890');
    expect(zPhoneId.parse('(0341) 551234')).toBe('+62341551234');
    expect(messages(zPhoneId, '0812-3456-7890 / 0857-1234-5678')).toEqual([
      'registry-validation:phone.multiple',
    ]);
    expect(messages(zPhoneId, '12345')).toEqual(['registry-validation:phone.missingAreaCode']);
    expect(messages(zPhoneId, '')).toEqual(['registry-validation:common.empty']);
  });

  it('zRupiah accepts numbers and messy text', () => {
    expect(zRupiah.parse('Rp 5.000.000,-')).toBe(5_000_000);
    expect(zRupiah.parse(1_500_000)).toBe(1_500_000);
    expect(zRupiah.parse('1,5 juta')).toBe(1_500_000);
    expect(messages(zRupiah, '-5000')).toEqual(['registry-validation:money.negative']);
    expect(messages(zRupiah, true)).toEqual(['registry-validation:common.invalidType']);
  });

  it('zCount, zYear and zDateIso', () => {
    expect(zCount.parse('3 orang')).toBe(3);
    expect(zYear().parse('th 2019')).toBe(2019);
    expect(messages(zYear({ max: 2020 }), '2021')).toEqual(['registry-validation:year.tooLate']);
    expect(zDateIso().parse('22 Februari 2021')).toBe('2021-02-22');
    expect(zDateIso().parse(44249)).toBe('2021-02-22');
    expect(messages(zDateIso(), '31/02/2021')).toEqual(['registry-validation:date.invalid']);
  });

  it('enum schemas answer with i18n keys', () => {
    expect(zLegalForm.parse('cv')).toBe('cv');
    expect(messages(zLegalForm, 'firma')).toEqual(['registry-validation:legalForm.unknown']);
    expect(messages(zSubsector, 'resin')).toEqual(['registry-validation:subsector.unmapped']);
    expect(messages(zGender, 'L')).toEqual(['registry-validation:gender.unknown']);
    expect(zEducation.parse('sma')).toBe('sma');
  });

  it('zOptional lets an empty box through but not a wrong value', () => {
    const schema = z.object({ npwp: zOptional(zNpwp) });
    expect(schema.parse({ npwp: '' })).toEqual({ npwp: undefined });
    expect(schema.parse({})).toEqual({ npwp: undefined });
    expect(schema.parse({ npwp: '-' })).toEqual({ npwp: undefined });
    expect(schema.parse({ npwp: '01.234.567.8-901.000' })).toEqual({ npwp: '012345678901000' });
    expect(messages(schema, { npwp: '123' })).toEqual(['registry-validation:npwp.length']);
  });
});
