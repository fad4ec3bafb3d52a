import { describe, expect, it } from 'vitest';
import { parseEducation, parseGender } from './person-enums';
import { errorOf, okValue } from './test-helpers';
import { parseYesNo } from './yes-no';

describe('parseGender', () => {
  it.each([
    ['L', 'male'],
    ['l', 'male'],
    ['Laki-laki', 'male'],
    ['LAKI LAKI', 'male'],
    ['Lk', 'male'],
    ['Pria', 'male'],
    ['M', 'male'],
    ['Male', 'male'],
    ['P', 'female'],
    ['Perempuan', 'female'],
    ['PEREMPUAN', 'female'],
    ['Wanita', 'female'],
    ['W', 'female'],
    ['F', 'female'],
    ['Female', 'female'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseGender(input))).toBe(expected);
  });

  it.each([['X'], ['L/P'], ['Bapak'], ['1']])('refuses %s', (input) => {
    expect(errorOf(parseGender(input))).toBe('gender.unknown');
  });

  it('is empty for blanks', () => {
    expect(errorOf(parseGender('-'))).toBe('common.empty');
  });
});

describe('parseEducation', () => {
  it.each([
    ['SD', 'sd'],
    ['Tamat SD', 'sd'],
    ['SD/Sederajat', 'sd'],
    ['MI', 'sd'],
    ['SMP', 'smp'],
    ['SLTP', 'smp'],
    ['MTs', 'smp'],
    ['SMA', 'sma'],
    ['SMK', 'sma'],
    ['SMA/SMK', 'sma'],
    ['SLTA', 'sma'],
    ['STM', 'sma'],
    ['SMA Sederajat', 'sma'],
    ['Paket C', 'sma'],
    ['D1', 'd1'],
    ['D-2', 'd2'],
    ['D3', 'd3'],
    ['D III', 'd3'],
    ['Diploma 3', 'd3'],
    ['D4', 'd4'],
    ['D-IV', 'd4'],
    ['S1', 's1'],
    ['S-1', 's1'],
    ['Sarjana', 's1'],
    ['Lulusan S1', 's1'],
    ['S2', 's2'],
    ['Magister', 's2'],
    ['S3', 's3'],
    ['Doktor', 's3'],
    ['Tidak Sekolah', 'none'],
    ['Tidak tamat SD', 'none'],
    ['Tidak tamat SMP', 'sd'],
    ['Tidak tamat SMA', 'smp'],
    ['Tidak lulus S1', 'sma'],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseEducation(input))).toBe(expected);
  });

  it.each([['Kuliah'], ['Pesantren'], ['TK']])('refuses %s', (input) => {
    expect(errorOf(parseEducation(input))).toBe('education.unknown');
  });
});

describe('parseYesNo', () => {
  it.each([
    ['ya', true],
    ['Ya', true],
    ['Y', true],
    ['iya', true],
    ['Yes', true],
    ['ada', true],
    ['sudah', true],
    ['v', true],
    ['✓', true],
    ['√', true],
    ['1', true],
    [1, true],
    [true, true],
    ['tidak', false],
    ['Tidak', false],
    ['tdk', false],
    ['T', false],
    ['N', false],
    ['no', false],
    ['-', false],
    ['belum', false],
    ['tidak ada', false],
    ['x', false],
    ['0', false],
    [0, false],
    [false, false],
  ])('%s → %s', (input, expected) => {
    expect(okValue(parseYesNo(input))).toBe(expected);
  });

  it.each([['mungkin'], ['2'], [2]])('refuses %s', (input) => {
    expect(errorOf(parseYesNo(input))).toBe('yesNo.unknown');
  });

  it('is empty for a blank cell', () => {
    expect(errorOf(parseYesNo(' '))).toBe('common.empty');
    expect(errorOf(parseYesNo(null))).toBe('common.empty');
  });
});
