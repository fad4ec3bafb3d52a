import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';

/* Fixtures for the training tests: an event like the electroforming workshop, and registrants. */

export const LOWOKWARU = '35.73.05';
export const BLIMBING = '35.73.01';

export function eventBody(overrides: Record<string, unknown> = {}) {
  return {
    title: { id: 'Pelatihan Kriya Electroforming', en: 'Electroforming Craft Workshop' },
    startDate: '2026-03-10',
    endDate: '2026-03-11',
    capacity: 30,
    venue: 'Hotel Santika Malang',
    sessions: [
      { date: '2026-03-10', start: '08:00', end: '12:00', topic: 'Dasar electroforming' },
      { date: '2026-03-11', start: '08:00', end: '12:00', topic: 'Praktik dan finishing' },
    ],
    // Open now and until long after the event so tests do not depend on today's date.
    registrationClosesAt: '2099-01-01T00:00:00+07:00',
    ...overrides,
  };
}

/** The n-th registrant: a distinct valid mobile number, a business in Lowokwaru by default. */
export function registrant(n: number, overrides: Record<string, unknown> = {}) {
  return {
    name: `Peserta ${n}`,
    phone: `0812${String(30_000_000 + n).padStart(8, '0')}`,
    businessName: `Kriya ${n}`,
    districtCode: LOWOKWARU,
    consent: true,
    ...overrides,
  };
}

/** A test app whose DATA_DIR is a fresh folder, so the signing key can be generated there. */
export async function trainingApp(): Promise<{ t: TestApp; admin: Client }> {
  const t = await createTestApp();
  t.config.dataDir = mkdtempSync(path.join(os.tmpdir(), 'bk-training-'));
  const admin = await setupAdmin(t.app);
  return { t, admin };
}

export async function createEvent(admin: Client, overrides: Record<string, unknown> = {}) {
  const res = await admin.post('/api/events', eventBody(overrides));
  if (res.statusCode !== 201) throw new Error(`event create failed: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; sessions: { id: string }[] };
}

export async function registerPublic(t: TestApp, eventId: string, body: Record<string, unknown>) {
  return t.app.inject({ method: 'POST', url: `/api/public/events/${eventId}/registrations`, payload: body });
}

export function scan(code: string, sessionId: string, clientId: string = randomUUID()) {
  return { clientId, code, sessionId, scannedAt: '2026-03-10T09:00:00+07:00' };
}
