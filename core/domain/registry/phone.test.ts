import { describe, expect, it } from 'vitest';
import { formatPhone, normalizePhone, parsePhone } from './phone';
import { codesOf, errorOf, okValue } from './test-helpers';

describe('parsePhone: one number', () => {
  it.each([
    ['0812-3456-7890', '+6281234567890'],
    ['0812 3456 7890', '+6281234567890'],
    ['081234567890', '+6281234567890'],
    ['0812.3456.7890', '+6281234567890'],
    ['+62 812 3456 7890', '+6281234567890'],
    ['+62-812-3456-7890', '+6281234567890'],
    ['+6281234567890', '+6281234567890'],
    ['62812 3456 7890', '+6281234567890'],
    ['6281234567890', '+6281234567890'],
    ['812-3456-7890', '+6281234567890'],
    ['+62 (0) 812-3456-7890', '+6281234567890'],
    ['+62 0812 3456 7890', '+6281234567890'],
    ['0062 812 3456 7890', '+6281234567890'],
    ['HP: 0812-3456-7890', '+6281234567890'],
    ['WA 0812 3456 7890 (a.n. Bu Sri)', '+6281234567890'],
    ['0857-4567-123', '+628574567123'],
    ['0896 1234 5678', '+6289612345678'],
    ['0881-234-567', '+62881234567'],
  ])('mobile %s → %s', (input, e164) => {
    const result = parsePhone(input);
    expect(okValue(result)).toMatchObject({ e164, kind: 'mobile', others: [], unparsed: [] });
    expect(codesOf(result)).toEqual([]);
  });

  it('reads Excel number cells, which lost the leading 0', () => {
    expect(okValue(parsePhone(81234567890)).e164).toBe('+6281234567890');
    expect(okValue(parsePhone(6281234567890)).e164).toBe('+6281234567890');
    expect(errorOf(parsePhone(812.5))).toBe('phone.invalid');
  });

  it.each([
    ['(0341) 551234', '+62341551234'],
    ['0341-551234', '+62341551234'],
    ['0341 551234', '+62341551234'],
    ['0341/551234', '+62341551234'],
    ['0341 - 551234', '+62341551234'],
    ['Telp. (0341) 551-234', '+62341551234'],
    ['+62 341 551234', '+62341551234'],
    ['0341-5512345', '+623415512345'],
    ['021-12345678', '+622112345678'],
    ['(021) 1234567', '+62211234567'],
    ['031 5678901', '+62315678901'],
  ])('landline %s → %s', (input, e164) => {
    expect(okValue(parsePhone(input))).toMatchObject({ e164, kind: 'landline' });
  });

  it('assumes a configured area code for a bare local number, with a warning', () => {
    const result = parsePhone('551234', { defaultAreaCode: '0341' });
    expect(okValue(result).e164).toBe('+62341551234');
    expect(codesOf(result)).toEqual(['phone.areaCodeAssumed']);
    expect(errorOf(parsePhone('551234'))).toBe('phone.missingAreaCode');
  });

  it('drops an extension with a warning', () => {
    const result = parsePhone('0341-551234 ext. 12');
    expect(okValue(result).e164).toBe('+62341551234');
    expect(codesOf(result)).toEqual(['phone.extensionDropped']);
    expect(okValue(parsePhone('(0341) 551234 psw 105')).e164).toBe('+62341551234');
  });

  it.each([
    ['0812345', 'phone.mobileTooShort'],
    ['08123456789012', 'phone.mobileTooLong'],
    ['0801-2345-6789', 'phone.mobilePrefix'],
    ['0841-2345-6789', 'phone.mobilePrefix'],
    ['0341-12', 'phone.landlineLength'],
    ['021 1234', 'phone.landlineLength'],
    ['0341-123456789', 'phone.landlineLength'],
    ['+60 12-345 6789', 'phone.notIndonesian'],
    ['+1 (555) 123-4567', 'phone.notIndonesian'],
    ['1500-123', 'phone.missingAreaCode'],
    ['123456789', 'phone.invalid'],
    ['0123456789', 'phone.invalid'],
    ['6.28123E+12', 'phone.invalid'],
    ['belum ada', 'phone.noDigits'],
    ['tidak punya HP', 'phone.noDigits'],
    ['-', 'common.empty'],
    ['', 'common.empty'],
    [null, 'common.empty'],
    ['#N/A', 'common.excelError'],
  ])('refuses %s with %s', (input, code) => {
    expect(errorOf(parsePhone(input))).toBe(code);
  });
});

describe('parsePhone: several numbers in one cell', () => {
  it.each([
    ['0812-3456-7890 / 0857-1234-5678'],
    ['0812-3456-7890, 0857-1234-5678'],
    ['0812-3456-7890; 0857-1234-5678'],
    ['0812-3456-7890 atau 0857-1234-5678'],
    ['HP 0812-3456-7890 WA 0857-1234-5678'],
    ['0812-3456-7890\n0857-1234-5678'],
    ['0812-3456-7890 - 0857-1234-5678'],
    ['081234567890 085712345678'],
  ])('%s: first is used, the second is returned and reported', (input) => {
    const result = parsePhone(input);
    expect(okValue(result)).toEqual({
      e164: '+6281234567890',
      kind: 'mobile',
      others: [{ e164: '+6285712345678', kind: 'mobile' }],
      unparsed: [],
    });
    expect(result.ok && result.warnings[0]).toEqual({
      key: 'registry-validation:phone.multiple',
      params: { count: 2, others: '+6285712345678' },
    });
  });

  it('mixes a mobile and a landline', () => {
    const value = okValue(parsePhone('(0341) 551234 / 0812-3456-7890'));
    expect(value.e164).toBe('+62341551234');
    expect(value.others).toEqual([{ e164: '+6281234567890', kind: 'mobile' }]);
  });

  it('takes the first valid number and keeps the broken fragments verbatim', () => {
    const result = parsePhone('0812-345 / 0857-1234-5678');
    expect(okValue(result).e164).toBe('+6285712345678');
    expect(okValue(result).unparsed).toEqual(['0812-345']);
    expect(codesOf(result)).toEqual(['phone.multiple']);
  });

  it('does not report the same number written twice', () => {
    const result = parsePhone('0812-3456-7890 / +62 812 3456 7890');
    expect(okValue(result).others).toEqual([]);
    expect(codesOf(result)).toEqual([]);
  });

  it('reports the first problem when no number is valid', () => {
    expect(errorOf(parsePhone('0812-345 / 0341-12'))).toBe('phone.mobileTooShort');
  });
});

describe('normalizePhone and formatPhone', () => {
  it('gives the E.164 string or null', () => {
    expect(normalizePhone('0812-3456-7890')).toBe('+6281234567890');
    expect(normalizePhone('garbage')).toBeNull();
  });

  it('formats for local display', () => {
    expect(formatPhone('+6281234567890')).toBe('0812-3456-7890');
    expect(formatPhone('+62857456712')).toBe('0857-4567-12');
    expect(formatPhone('+62341551234')).toBe('(0341) 551234');
    expect(formatPhone('+622112345678')).toBe('(021) 12345678');
    expect(formatPhone('+6012345')).toBe('+6012345');
  });
});
