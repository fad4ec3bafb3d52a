import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client, TestApp } from '#server/test/app';
import { createTestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { createVia, KLOJEN, LOWOKWARU, personOwner } from '../registry/test-helpers';
import {
  API,
  createBatch,
  createBath,
  expectStatus,
  leaf,
  ownerClient,
  runBatch,
  setStatus,
} from './test-fixtures';

let t: TestApp;
let admin: Client;
let maker: Client;
let makerId: string;
let other: Client;
let otherId: string;
let bathA: string;
let bathB: string;

async function qc(client: Client, batchId: string, pieceIds: string[], outcomes: [string, string[]][]) {
  for (const [i, [outcome, defects]] of outcomes.entries()) {
    expectStatus(
      await client.put(`${API}/batches/${batchId}/pieces/${pieceIds[i]}/qc`, { outcome, defects }),
      200,
    );
  }
}

async function runWithQc(client: Client, bathId: string, start: string, outcomes: [string, string[]][]) {
  const batch = await createBatch(client, bathId, { pieces: outcomes.map(() => leaf(20)) });
  await runBatch(client, batch.id, start, [], new Date(Date.parse(start) + 3_600_000).toISOString());
  await qc(
    client,
    batch.id,
    batch.pieces.map((p: { id: string }) => p.id),
    outcomes,
  );
  return batch;
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  const a = await ownerClient(t, 'Ani');
  maker = a.client;
  makerId = a.user.id;
  const b = await ownerClient(t, 'Budi');
  other = b.client;
  otherId = b.user.id;
  bathA = (await createBath(maker, { name: 'Bak A' })).id;
  bathB = (await createBath(maker, { name: 'Bak B' })).id;
  // January: 4 pieces, 2 pass, 1 rework, 1 reject (burning + bare spots).
  const jan = await runWithQc(maker, bathA, '2030-01-10T02:00:00.000Z', [
    ['pass', []],
    ['pass', []],
    ['rework', ['rough']],
    ['reject', ['burning', 'bareSpots']],
  ]);
  await setStatus(maker, jan.id, 'done');
  // 31 Jan 20:00 UTC is 1 Feb 03:00 WIB: a February batch. 1 pass, 1 reject (burning).
  await runWithQc(maker, bathA, '2030-01-31T20:00:00.000Z', [
    ['pass', []],
    ['reject', ['burning']],
  ]);
  // Planned for February in bath B, not run yet; a cancelled one that must not count.
  await createBatch(maker, bathB, { plannedStartAt: '2030-02-15T08:00:00+07:00' });
  const cancelled = await createBatch(maker, bathA, { plannedStartAt: '2030-02-20T08:00:00+07:00' });
  await setStatus(maker, cancelled.id, 'cancelled');
  // Someone else's production, never mixed into Ani's figures.
  const otherBath = (await createBath(other, { name: 'Bak Budi' })).id;
  await runWithQc(other, otherBath, '2030-01-05T02:00:00.000Z', [['reject', ['pitting']]]);
});
afterAll(async () => t.close());

describe('yield and reject rate per bath and month', () => {
  it('groups by WIB month and bath, leaving cancelled batches out', async () => {
    const s = expectStatus(await maker.get(`${API}/stats`), 200);
    expect(s.months).toEqual([
      {
        month: '2030-01',
        bathId: bathA,
        bathName: 'Bak A',
        batches: 1,
        piecesChecked: 4,
        passed: 2,
        rework: 1,
        rejected: 1,
        yieldRate: 0.5,
        rejectRate: 0.25,
      },
      {
        month: '2030-02',
        bathId: bathA,
        bathName: 'Bak A',
        batches: 1,
        piecesChecked: 2,
        passed: 1,
        rework: 0,
        rejected: 1,
        yieldRate: 0.5,
        rejectRate: 0.5,
      },
      {
        month: '2030-02',
        bathId: bathB,
        bathName: 'Bak B',
        batches: 1,
        piecesChecked: 0,
        passed: 0,
        rework: 0,
        rejected: 0,
        yieldRate: null,
        rejectRate: null,
      },
    ]);
    expect(s.totals).toEqual({
      batches: 3,
      piecesChecked: 6,
      passed: 3,
      rework: 1,
      rejected: 2,
      yieldRate: 0.5,
      rejectRate: 2 / 6,
    });
    // Share of checked pieces showing each defect, most frequent first.
    expect(s.defects).toEqual([
      { defectId: 'burning', count: 2, share: 2 / 6 },
      { defectId: 'rough', count: 1, share: 1 / 6 },
      { defectId: 'bareSpots', count: 1, share: 1 / 6 },
    ]);
  });

  it('filters by bath and month range, and takes another UTC offset', async () => {
    const bath = expectStatus(await maker.get(`${API}/stats?bathId=${bathB}`), 200);
    expect(bath.months.map((m: { bathId: string }) => m.bathId)).toEqual([bathB]);
    const feb = expectStatus(await maker.get(`${API}/stats?from=2030-02&to=2030-02`), 200);
    expect(feb.months.map((m: { month: string }) => m.month)).toEqual(['2030-02', '2030-02']);
    expect(feb.defects).toEqual([{ defectId: 'burning', count: 1, share: 0.5 }]);
    const utc = expectStatus(await maker.get(`${API}/stats?utcOffsetMinutes=0&bathId=${bathA}`), 200);
    expect(utc.months).toHaveLength(1);
    expect(utc.months[0]).toMatchObject({ month: '2030-01', batches: 2, piecesChecked: 6 });
    expect((await maker.get(`${API}/stats?from=2030-13`)).statusCode).toBe(400);
  });

  it('admins see every owner or one; a bath of someone else reads as missing', async () => {
    const all = expectStatus(await admin.get(`${API}/stats`), 200);
    expect(all.totals.piecesChecked).toBe(7);
    const ani = expectStatus(await admin.get(`${API}/stats?ownerId=${makerId}`), 200);
    expect(ani.totals.piecesChecked).toBe(6);
    expect((await other.get(`${API}/stats?bathId=${bathA}`)).statusCode).toBe(404);
    // An owner cannot widen their scope with ownerId.
    const own = expectStatus(await other.get(`${API}/stats?ownerId=${makerId}`), 200);
    expect(own.totals.piecesChecked).toBe(1);
  });
});

/** A business in `kecamatan` whose owner record is linked to the user's account. */
async function linkToBusiness(userId: string, kecamatan: string, ownerName: string) {
  const business = await createVia(admin, {
    name: `Usaha ${ownerName}`,
    districtCode: kecamatan,
    villageCode: null,
    owners: [personOwner(ownerName)],
  });
  await t.database.db.execute(sql`UPDATE owners SET user_id = ${userId} WHERE id = ${business.owners[0].id}`);
}

describe('summaries per owner', () => {
  it('officers and admins see counts and rates for every owner, owners only their own', async () => {
    // Ani and Budi hold businesses in Lowokwaru, linked to their accounts in the registry.
    await linkToBusiness(otherId, LOWOKWARU, 'Budi');
    await linkToBusiness(makerId, LOWOKWARU, 'Ani');
    const officer = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes: [LOWOKWARU] }))
      .client;
    for (const client of [officer, admin]) {
      const s = expectStatus(await client.get(`${API}/summary`), 200);
      expect(s.owners.map((o: { ownerName: string }) => o.ownerName)).toEqual(['Ani', 'Budi']);
      expect(s.owners[0]).toMatchObject({
        ownerUserId: makerId,
        baths: 2,
        activeBaths: 2,
        batches: 4,
        batchesByStatus: { planned: 1, running: 0, finishing: 1, done: 1, cancelled: 1 },
        piecesChecked: 6,
        passed: 3,
        rejected: 2,
        yieldRate: 0.5,
      });
      expect(s.owners[0].lastActivityAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(s.totals).toMatchObject({ owners: 2, baths: 3, batches: 5, piecesChecked: 7, rejected: 3 });
    }
    const own = expectStatus(await other.get(`${API}/summary`), 200);
    expect(own.owners.map((o: { ownerName: string }) => o.ownerName)).toEqual(['Budi']);
    // Officers of other kecamatan, or of none, see nobody's workbench.
    for (const kecamatanCodes of [[KLOJEN], []]) {
      const elsewhere = (await userClient(t.app, t.database, { role: 'officer', kecamatanCodes })).client;
      const s = expectStatus(await elsewhere.get(`${API}/summary`), 200);
      expect(s).toMatchObject({ owners: [], totals: { owners: 0, baths: 0, batches: 0 } });
    }
    // A record moved out of the officer's kecamatan takes its owner out of the officer's view.
    await t.database.db.execute(
      sql`UPDATE businesses SET district_code = ${KLOJEN} WHERE name = 'Usaha Budi'`,
    );
    const narrowed = expectStatus(await officer.get(`${API}/summary`), 200);
    expect(narrowed.owners.map((o: { ownerName: string }) => o.ownerName)).toEqual(['Ani']);
    expect(own.owners[0]).toMatchObject({ piecesChecked: 1, rejectRate: 1, yieldRate: 0 });
  });
});
