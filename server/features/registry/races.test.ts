import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '#server/test/app';
import { createTestApp, type TestApp } from '#server/test/app';
import { peakConnections, statusCounts, together } from '#server/test/concurrency';
import { setupAdmin, userClient } from '#server/test/factories';
import { BLIMBING, createVia, DINOYO, KLOJEN, LOWOKWARU, TLOGOMAS } from './test-helpers';

/*
 * Races on one record. On PostgreSQL the requests run on parallel pool connections (the
 * tests check that they did); on PGlite the same rules hold with one connection.
 */

let t: TestApp;
let admin: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
});
afterAll(async () => t.close());

const overlapped = (peak: number) => {
  if (t.database.kind === 'postgres') expect(peak).toBeGreaterThan(1);
};

describe('editing one business at the same time', () => {
  it('twenty PATCHes from the same version: one 200, nineteen 409 with the current copy', async () => {
    const business = await createVia(admin);
    const { result, peak } = await peakConnections(t.database, () =>
      together(20, (i) =>
        admin.patch(`/api/businesses/${business.id}`, {
          notes: `catatan ${i}`,
          expectedUpdatedAt: business.updatedAt,
        }),
      ),
    );
    overlapped(peak);
    expect(statusCounts(result)).toEqual({ 200: 1, 409: 19 });
    const winner = result.find((r) => r.statusCode === 200)!.json();
    for (const refused of result.filter((r) => r.statusCode === 409)) {
      const error = refused.json().error;
      expect(error.code).toBe('conflict');
      expect(error.details.current).toMatchObject({ id: business.id, notes: winner.notes });
      expect(error.details.updatedAt).toBe(winner.updatedAt);
    }
    const history = await admin.get(`/api/businesses/${business.id}/history`);
    const updates = history.json().items.filter((h: { action: string }) => h.action === 'business.update');
    expect(updates).toHaveLength(1);
  });

  it('a PATCH writes only what it was sent: coordinates and notes sent together both stay', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const business = await createVia(admin);
      const [coords, notes] = await together(2, (i) =>
        i === 0
          ? admin.patch(`/api/businesses/${business.id}`, { lat: -7.95, lng: 112.61 })
          : admin.patch(`/api/businesses/${business.id}`, { notes: 'dicek petugas' }),
      );
      expect([coords.statusCode, notes.statusCode]).toEqual([200, 200]);
      const now = (await admin.get(`/api/businesses/${business.id}`)).json();
      expect({ lat: now.lat, lng: now.lng, notes: now.notes }).toEqual({
        lat: -7.95,
        lng: 112.61,
        notes: 'dicek petugas',
      });
    }
  });

  it('a kecamatan move is not undone by an edit of another field made at the same time', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const business = await createVia(admin, { villageCode: TLOGOMAS });
      const [move, edit] = await together(2, (i) =>
        i === 0
          ? admin.patch(`/api/businesses/${business.id}`, { districtCode: BLIMBING })
          : admin.patch(`/api/businesses/${business.id}`, { sentra: 'Sentra Tembaga' }),
      );
      expect([move.statusCode, edit.statusCode]).toEqual([200, 200]);
      const now = (await admin.get(`/api/businesses/${business.id}`)).json();
      expect({ districtCode: now.districtCode, villageCode: now.villageCode, sentra: now.sentra }).toEqual({
        districtCode: BLIMBING,
        villageCode: null,
        sentra: 'Sentra Tembaga',
      });
    }
  });

  it('an officer cannot edit a record moved out of their kecamatan while they were editing', async () => {
    const { client: officer } = await userClient(t.app, t.database, {
      role: 'officer',
      kecamatanCodes: [LOWOKWARU],
    });
    const business = await createVia(admin, { villageCode: DINOYO });
    const [move, edit] = await together(2, (i) =>
      i === 0
        ? admin.patch(`/api/businesses/${business.id}`, { districtCode: KLOJEN })
        : officer.patch(`/api/businesses/${business.id}`, { notes: 'dari petugas' }),
    );
    expect(move.statusCode).toBe(200);
    // Either the officer's edit came first (200) or the record had already left their scope (404).
    expect([200, 404]).toContain(edit.statusCode);
    const now = (await admin.get(`/api/businesses/${business.id}`)).json();
    expect(now.districtCode).toBe(KLOJEN);
  });

  it('a 403 for a move outside the officer’s kecamatan names the kecamatan (no raw placeholder)', async () => {
    const { client: officer } = await userClient(t.app, t.database, {
      role: 'officer',
      kecamatanCodes: [LOWOKWARU],
    });
    const business = await createVia(admin);
    const res = await officer.patch(`/api/businesses/${business.id}`, { districtCode: KLOJEN });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message).toBe(`Anda tidak ditugaskan di kecamatan ${KLOJEN}.`);
    const created = await officer.post('/api/businesses', {
      name: 'UD Lain',
      subsector: 'electroforming',
      districtCode: KLOJEN,
    });
    expect(created.statusCode).toBe(403);
    expect(created.json().error.message).not.toContain('{{');
  });
});
