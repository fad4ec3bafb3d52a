import { PRIVACY_NOTICE_VERSION } from '#core/domain/registry';
import type { Client } from '#server/test/app';

/* Realistic data for the registry tests: Kota Malang codes and structurally valid NIKs. */

export const LOWOKWARU = '35.73.05';
export const TLOGOMAS = '35.73.05.1003';
export const DINOYO = '35.73.05.1004';
export const BLIMBING = '35.73.01';
export const ARJOSARI = '35.73.01.1002';
export const KLOJEN = '35.73.02';

/** Woman born 5 July 1985, registered in Lowokwaru. */
export const NIK_SITI = '3573054507850001';
/** Man born 15 August 1985, registered in Lowokwaru. */
export const NIK_BUDI = '3573051508850003';
/** Registered in Kabupaten Malang (35.07): outside the home city, accepted with a warning. */
export const NIK_OUTSIDE = '3507011203900002';

export const CONSENT = { noticeVersion: PRIVACY_NOTICE_VERSION };

let nibCounter = 0;
/** A fresh, valid 13-digit NIB per call. */
export function nextNib(): string {
  nibCounter += 1;
  return `91200${String(Date.now() % 1_000_000).padStart(6, '0')}${String(nibCounter % 100).padStart(2, '0')}`;
}

export function businessBody(overrides: Record<string, unknown> = {}) {
  return {
    name: 'UD Daun Tembaga',
    subsector: 'electroforming',
    districtCode: LOWOKWARU,
    villageCode: TLOGOMAS,
    ...overrides,
  };
}

export function personOwner(name: string, extra: Record<string, unknown> = {}) {
  return { person: { name, consent: CONSENT, ...extra } };
}

/** Creates a business through the API and returns its JSON; fails the test on any other status. */
export async function createVia(client: Client, overrides: Record<string, unknown> = {}) {
  const res = await client.post('/api/businesses', businessBody(overrides));
  if (res.statusCode !== 201) throw new Error(`create failed: ${res.statusCode} ${res.body}`);
  return res.json();
}
