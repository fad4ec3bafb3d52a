import { describe, expect, it } from 'vitest';
import { sampleOf } from './collect';

describe('the sample shown for a column in the mapping step', () => {
  it('masks personal data, however short the value (a one-character NIK cell crashed the import)', () => {
    expect(sampleOf(';', 'nik')).toBe('••');
    expect(sampleOf('08', 'phone')).toBe('••');
    expect(sampleOf('3573051508850003', 'nik')).toBe('35••••••••');
  });

  it('keeps other values readable but masks long digit runs', () => {
    expect(sampleOf('Tas anyaman', 'products')).toBe('Tas anyaman');
    expect(sampleOf('NIB 9120001234567', null)).toBe('NIB 9120•••••••••');
    expect(sampleOf('   ', null)).toBeNull();
  });
});
