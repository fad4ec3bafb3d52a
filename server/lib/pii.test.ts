import { describe, expect, it } from 'vitest';
import { piiFor } from './pii';

const nik = '3573054507850001';

describe('NIK protection', () => {
  const pii = piiFor('k'.repeat(40));

  it('encrypts with a fresh nonce each time and decrypts back', () => {
    const a = pii.encryptNik(nik);
    const b = pii.encryptNik(nik);
    expect(a).not.toBe(b);
    expect(a).not.toContain(nik);
    expect(pii.decryptNik(a)).toBe(nik);
  });

  it('hashes deterministically per key, so duplicates are found without decrypting', () => {
    expect(pii.hashNik(nik)).toBe(pii.hashNik(nik));
    expect(pii.hashNik(nik)).not.toBe(piiFor('z'.repeat(40)).hashNik(nik));
  });

  it('refuses a ciphertext that was tampered with or made under another key', () => {
    const stored = pii.encryptNik(nik);
    const parts = stored.split(':');
    parts[3] = Buffer.from('9999999999999999').toString('base64url');
    expect(() => pii.decryptNik(parts.join(':'))).toThrow();
    expect(() => piiFor('z'.repeat(40)).decryptNik(stored)).toThrow();
  });

  it('masks all but the first and last four digits', () => {
    expect(pii.maskNik(nik)).toBe('3573••••••••0001');
  });
});
