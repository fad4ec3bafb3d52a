import {
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  type KeyObject,
  sign,
  verify,
} from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '#server/config';

/*
 * The Ed25519 key certificates are signed with. Like the other secrets it is generated once
 * into DATA_DIR (mode 0600) on first use; the public half is published so anyone can check a
 * certificate's signature without trusting the verification page.
 */

export const SIGNING_KEY_FILE = 'certificate-signing-key.pem';

type KeyPair = { privateKey: KeyObject; publicKey: KeyObject; publicPem: string };
const cache = new Map<string, KeyPair>();

function load(dataDir: string): KeyPair {
  const file = path.join(dataDir, SIGNING_KEY_FILE);
  let privateKey: KeyObject;
  if (existsSync(file)) {
    privateKey = createPrivateKey(readFileSync(file, 'utf8'));
  } else {
    privateKey = generateKeyPairSync('ed25519').privateKey;
    mkdirSync(dataDir, { recursive: true });
    // 'wx': two processes starting together never overwrite each other's key.
    try {
      writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch {
      privateKey = createPrivateKey(readFileSync(file, 'utf8'));
    }
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}

export function signingKeys(config: Pick<Config, 'dataDir'>): KeyPair {
  let keys = cache.get(config.dataDir);
  if (!keys) {
    keys = load(config.dataDir);
    cache.set(config.dataDir, keys);
  }
  return keys;
}

export function signPayload(config: Pick<Config, 'dataDir'>, payload: string): string {
  return sign(null, Buffer.from(payload, 'utf8'), signingKeys(config).privateKey).toString('base64url');
}

export function verifyPayload(config: Pick<Config, 'dataDir'>, payload: string, signature: string): boolean {
  try {
    return verify(
      null,
      Buffer.from(payload, 'utf8'),
      signingKeys(config).publicKey,
      Buffer.from(signature, 'base64url'),
    );
  } catch {
    return false;
  }
}
