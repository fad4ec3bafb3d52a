import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '#server/test/app';
import { createTestApp, type TestApp } from '#server/test/app';
import { peakConnections, statusCounts, together } from '#server/test/concurrency';
import { setupAdmin, userClient } from '#server/test/factories';
import { BLIMBING, createVia, DINOYO, KLOJEN, LOWOKWARU, personOwner, TLOGOMAS } from './test-helpers';

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
    expect(res.json().error.message).toBe('Anda tidak ditugaskan di Kecamatan Klojen.');
    const created = await officer.post('/api/businesses', {
      name: 'UD Lain',
      subsector: 'electroforming',
      districtCode: KLOJEN,
    });
    expect(created.statusCode).toBe(403);
    expect(created.json().error.message).toBe('Anda tidak ditugaskan di Kecamatan Klojen.');
  });
});

async function ownerOf(name: string) {
  const business = await createVia(admin, { owners: [personOwner(name, { phone: '0812-1111-2222' })] });
  const owner = (await admin.get(`/api/owners/${business.owners[0].id}`)).json();
  return { business, owner };
}

describe('editing one person at the same time', () => {
  it('twenty PATCHes from the same version: one 200, nineteen 409 with the current copy', async () => {
    const { owner } = await ownerOf('Sri Rahayu');
    const { result, peak } = await peakConnections(t.database, () =>
      together(20, (i) =>
        admin.patch(`/api/owners/${owner.id}`, {
          address: `Jl. Tembaga ${i}`,
          expectedUpdatedAt: owner.updatedAt,
        }),
      ),
    );
    overlapped(peak);
    expect(statusCounts(result)).toEqual({ 200: 1, 409: 19 });
    const winner = result.find((r) => r.statusCode === 200)!.json();
    for (const refused of result.filter((r) => r.statusCode === 409)) {
      const error = refused.json().error;
      expect(error.code).toBe('conflict');
      expect(error.details.current).toMatchObject({ id: owner.id });
      expect(error.details.updatedAt).toBe(winner.updatedAt);
    }
    const audit = (await admin.get(`/api/audit?entityType=owner&entityId=${owner.id}`)).json();
    expect(audit.items.filter((a: { action: string }) => a.action === 'owner.update')).toHaveLength(1);
  });

  it('an edit from an older version is refused on its own too (the version the editor saw)', async () => {
    const { owner } = await ownerOf('Sri Wahyuni');
    expect((await admin.patch(`/api/owners/${owner.id}`, { address: 'Jl. Baru 1' })).statusCode).toBe(200);
    const stale = await admin.patch(`/api/owners/${owner.id}`, {
      address: 'Jl. Lama',
      expectedUpdatedAt: owner.updatedAt,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.details.current.address).toBe('Jl. Baru 1');
  });

  it('two people given the same NIK at once: one 200, one 409 naming the field (never a 500)', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const a = await ownerOf(`Ani ${trial}`);
      const b = await ownerOf(`Ana ${trial}`);
      const nik = `35730541018${String(80 + trial).padStart(2, '0')}001`;
      const answers = await together(2, (i) =>
        admin.patch(`/api/owners/${(i === 0 ? a : b).owner.id}`, { nik }),
      );
      expect(statusCounts(answers)).toEqual({ 200: 1, 409: 1 });
      const refused = answers.find((r) => r.statusCode === 409)!.json().error;
      expect(refused.details.fields[0].path).toBe('nik');
    }
  });
});

describe('correcting one yearly snapshot at the same time', () => {
  async function snapshotOf() {
    const business = await createVia(admin);
    const res = await admin.post(`/api/businesses/${business.id}/snapshots`, {
      dataYear: 2024,
      workersMale: 2,
      source: 'survey',
    });
    expect(res.statusCode).toBe(201);
    return { business, snapshot: res.json() };
  }

  it('twenty corrections from the same version: one 200, nineteen 409 with the current copy', async () => {
    const { business, snapshot } = await snapshotOf();
    const { result, peak } = await peakConnections(t.database, () =>
      together(20, (i) =>
        admin.patch(`/api/businesses/${business.id}/snapshots/${snapshot.id}`, {
          investmentIdr: 1_000_000 + i,
          expectedRecordedAt: snapshot.recordedAt,
        }),
      ),
    );
    overlapped(peak);
    expect(statusCounts(result)).toEqual({ 200: 1, 409: 19 });
    const winner = result.find((r) => r.statusCode === 200)!.json();
    for (const refused of result.filter((r) => r.statusCode === 409)) {
      const error = refused.json().error;
      expect(error.code).toBe('conflict');
      expect(error.details.current).toMatchObject({ id: snapshot.id, investmentIdr: winner.investmentIdr });
      expect(error.details.recordedAt).toBe(winner.recordedAt);
    }
  });

  it('corrections of different figures made at the same time both stay', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const { business, snapshot } = await snapshotOf();
      const url = `/api/businesses/${business.id}/snapshots/${snapshot.id}`;
      const answers = await together(2, (i) =>
        admin.patch(url, i === 0 ? { workersFemale: 3 } : { investmentIdr: 5_000_000 }),
      );
      expect(answers.map((r) => r.statusCode)).toEqual([200, 200]);
      const now = (await admin.get(`/api/businesses/${business.id}`)).json().snapshots[0];
      expect(now).toMatchObject({
        workersMale: 2,
        workersFemale: 3,
        workersTotal: 5,
        investmentIdr: 5_000_000,
      });
    }
  });
});

describe('merging at the same time', () => {
  const merge = (survivor: { id: string }, other: { id: string }) =>
    admin.post(`/api/businesses/${survivor.id}/merge`, { otherId: other.id });
  const mergeAudits = async (id: string) =>
    (await admin.get(`/api/audit?entityType=business&entityId=${id}`))
      .json()
      .items.filter((a: { action: string }) => a.action === 'business.merged_into');

  it('the same pair merged twice at once: one 200, one 409, one audit of the fold', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const keep = await createVia(admin, { name: `UD Satu ${trial}` });
      const dupe = await createVia(admin, { name: `UD Satu Dobel ${trial}` });
      const answers = await together(2, () => merge(keep, dupe));
      expect(statusCounts(answers)).toEqual({ 200: 1, 409: 1 });
      expect(await mergeAudits(dupe.id)).toHaveLength(1);
    }
  });

  it('a pair merged both ways at once: one survives (never both records gone)', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const a = await createVia(admin, { name: `UD Arah A ${trial}` });
      const b = await createVia(admin, { name: `UD Arah B ${trial}` });
      const answers = await together(2, (i) => (i === 0 ? merge(a, b) : merge(b, a)));
      expect(statusCounts(answers)).toEqual({ 200: 1, 409: 1 });
      const states = await Promise.all(
        [a, b].map(async (x) => (await admin.get(`/api/businesses/${x.id}`)).statusCode),
      );
      expect(states.sort()).toEqual([200, 301]);
    }
  });

  it('a chain merged at once (B into A, C into B): C and its figures end on a live record', async () => {
    for (let trial = 0; trial < 3; trial++) {
      const a = await createVia(admin, { name: `UD Rantai A ${trial}` });
      const b = await createVia(admin, { name: `UD Rantai B ${trial}` });
      const c = await createVia(admin, { name: `UD Rantai C ${trial}` });
      const snap = await admin.post(`/api/businesses/${c.id}/snapshots`, {
        dataYear: 2024,
        source: 'survey',
      });
      expect(snap.statusCode).toBe(201);
      const answers = await together(2, (i) => (i === 0 ? merge(a, b) : merge(b, c)));
      expect(answers.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
      // C is live (its merge lost) or points straight (one hop) at a live record with its figures.
      const pointer = await admin.get(`/api/businesses/${c.id}`);
      const holder =
        pointer.statusCode === 200
          ? pointer
          : await admin.get(`/api/businesses/${pointer.json().mergedIntoId}`);
      expect(holder.statusCode).toBe(200);
      expect(holder.json().snapshots.map((s: { id: string }) => s.id)).toContain(snap.json().id);
    }
  });
});
