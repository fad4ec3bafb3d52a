import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { maskNik } from '#core/domain/registry';

/**
 * NIK protection (UU PDP 27/2022, DESIGN.md): AES-256-GCM at rest, an HMAC for duplicate
 * checks, and a masked form for display. Both keys are derived from ENCRYPTION_KEY.
 */
export type Pii = {
  encryptNik(nik: string): string;
  decryptNik(cipher: string): string;
  hashNik(nik: string): string;
  maskNik(nik: string): string;
};

const VERSION = 'v1';

function derive(secret: string, purpose: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), `bina-kriya:${purpose}`, 32),
  );
}

const cache = new Map<string, Pii>();

export function piiFor(encryptionKey: string): Pii {
  const cached = cache.get(encryptionKey);
  if (cached) return cached;
  const encKey = derive(encryptionKey, 'nik-encryption');
  const hashKey = derive(encryptionKey, 'nik-hash');
  const pii: Pii = {
    encryptNik(nik) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', encKey, iv);
      const body = Buffer.concat([cipher.update(nik, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [VERSION, iv.toString('base64url'), tag.toString('base64url'), body.toString('base64url')].join(
        ':',
      );
    },
    decryptNik(stored) {
      const [version, iv, tag, body] = stored.split(':');
      if (version !== VERSION || !iv || !tag || !body) throw new Error('unreadable NIK ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', encKey, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    hashNik(nik) {
      return createHmac('sha256', hashKey).update(nik).digest('hex');
    },
    maskNik(nik) {
      return maskNik(nik);
    },
  };
  cache.set(encryptionKey, pii);
  return pii;
}
