import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import id from '#core/i18n/id/electroforming.json';
import type { Client, TestApp } from '#server/test/app';
import { createTestApp } from '#server/test/app';
import { statusCounts, together } from '#server/test/concurrency';
import { setupAdmin } from '#server/test/factories';
import {
  API,
  createBatch,
  createBath,
  expectStatus,
  leaf,
  ownerClient,
  rel,
  setStatus,
} from './test-fixtures';

let t: TestApp;
let admin: Client;
let maker: Client;
let bathId: string;

// Growth rate from first principles: J[A/cm²]·3600 s·η·M/(2F)/ρ, in µm/h.
const G_PER_C = 63.546 / (2 * 96485.33212);
const rate = (adm2: number, eta: number) => ((adm2 / 100) * 3600 * eta * G_PER_C * 1e4) / 8.96;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  maker = (await ownerClient(t)).client;
  bathId = (await createBath(maker)).id;
});
afterAll(async () => t.close());

describe('planning a batch', () => {
  it('plans the time to the thickest target at 1.5 A/dm² with the bath efficiency', async () => {
    const batch = await createBatch(maker, bathId, {
      pieces: [
        leaf(60, 200),
        leaf(0, 150, {
          objectType: 'seedPod',
          area: { source: 'dimensions', lengthCm: 10, widthCm: 4, shapeFactor: 0.5 },
        }),
      ],
    });
    // Areas: 60 cm² entered + 10·4·0.5·2 faces = 40 cm² → 100 cm² = 1 dm² → 1.5 A.
    expect(batch.pieces[1]).toMatchObject({
      objectType: 'seedPod',
      areaCm2: 40,
      area: { source: 'dimensions', lengthCm: 10, widthCm: 4, shapeFactor: 0.5, faces: 2 },
    });
    expect(batch.totalAreaCm2).toBe(100);
    expect(batch.plan.steps).toHaveLength(1);
    expect(batch.plan.steps[0].currentA).toBeCloseTo(1.5, 12);
    // 200 µm / (1.5 · 0.95 · 13.2310 µm/h) = 10.6077 h.
    expect(rel(batch.plannedHours, 200 / rate(1.5, 0.95))).toBeLessThan(1e-9);
    expect(rel(batch.plannedHours, 10.6077)).toBeLessThan(1e-4);
    expect(rel(batch.plan.thicknessUm, 200)).toBeLessThan(1e-9);
    // The thinner seed pod can come out earlier: 150 µm at the same rate.
    expect(rel(batch.pieces[1].plannedHoursToTarget, 150 / rate(1.5, 0.95))).toBeLessThan(1e-9);
    // Copper in a 200 µm shell over 60 cm²: 8.96 · 60 · 0.02 = 10.752 g.
    expect(batch.pieces[0].targetCopperG).toBeCloseTo(10.752, 9);
    expect(batch).toMatchObject({ status: 'planned', nextStatuses: ['running', 'cancelled'], readings: [] });
  });

  it('puts a strike first and shortens the main run by what the strike grew', async () => {
    const batch = await createBatch(maker, bathId, {
      plan: { mode: 'target', currentDensityAdm2: 1.5, strike: { currentDensityAdm2: 3, minutes: 10 } },
    });
    const strikeUm = (rate(3, 0.95) * 10) / 60;
    const mainHours = (200 - strikeUm) / rate(1.5, 0.95);
    expect(batch.plan.steps.map((s: { currentA: number }) => s.currentA)).toEqual([3, 1.5]);
    expect(rel(batch.plan.steps[1].minutes, mainHours * 60)).toBeLessThan(1e-9);
    expect(rel(batch.plannedHours, mainHours + 10 / 60)).toBeLessThan(1e-9);
    expect(rel(batch.plan.thicknessUm, 200)).toBeLessThan(1e-9);
  });

  it('reports the thickness of a profile the maker sets by hand, and warns on a burning density', async () => {
    const batch = await createBatch(maker, bathId, {
      plan: {
        mode: 'steps',
        steps: [
          { currentA: 5, minutes: 10 },
          { currentA: 1, minutes: 600 },
        ],
      },
    });
    const chargeC = 5 * 600 + 1 * 36000;
    // δ = Q·η·M/(2F)/(ρ·A): 39 000 C over 100 cm².
    expect(rel(batch.plan.thicknessUm, ((chargeC * 0.95 * G_PER_C) / (8.96 * 100)) * 1e4)).toBeLessThan(1e-9);
    expect(batch.plan.chargeAh).toBeCloseTo(chargeC / 3600, 9);
    expect(batch.plan.warnings).toContainEqual(
      expect.objectContaining({ code: 'currentDensityHigh', field: 'plan.steps.0.currentA' }),
    );
  });

  it('refuses impossible plans and bad pieces with field paths', async () => {
    const strike = await maker.post(`${API}/batches`, {
      bathId,
      name: 'x',
      pieces: [leaf(60, 5)],
      plan: { mode: 'target', strike: { currentDensityAdm2: 3, minutes: 60 } },
    });
    expect(strike.statusCode).toBe(400);
    expect(strike.json().error.details.fields[0]).toMatchObject({
      path: 'plan.strike.minutes',
      message: id.records.strikeExceedsTarget,
    });
    const absurd = await maker.post(`${API}/batches`, {
      bathId,
      name: 'x',
      pieces: [leaf(1)],
      plan: { mode: 'steps', steps: [{ currentA: 100, minutes: 10 }] },
    });
    expect(absurd.statusCode).toBe(400);
    expect(absurd.json().error.details.fields[0].path).toBe('plan.steps.0.currentA');
    const bad = await maker.post(`${API}/batches`, {
      bathId,
      name: '',
      pieces: [leaf(-3, 0, { objectType: 'rock' })],
    });
    const paths = bad.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        'name',
        'pieces.0.area.areaCm2',
        'pieces.0.targetThicknessUm',
        'pieces.0.objectType',
      ]),
    );
    const none = await maker.post(`${API}/batches`, { bathId, name: 'x', pieces: [] });
    expect(none.json().error.details.fields[0]).toMatchObject({
      path: 'pieces',
      message: id.records.piecesRequired,
    });
  });

  it('replaces pieces and plan while planned, and re-plans', async () => {
    const batch = await createBatch(maker, bathId);
    const updated = expectStatus(
      await maker.patch(`${API}/batches/${batch.id}`, {
        name: 'Anting daun',
        pieces: [leaf(30, 300)],
        plan: { mode: 'target', currentDensityAdm2: 1 },
        plannedStartAt: '2030-05-01T08:00:00+07:00',
      }),
      200,
    );
    expect(updated.pieces).toHaveLength(1);
    expect(updated.totalAreaCm2).toBe(30);
    expect(rel(updated.plannedHours, 300 / rate(1, 0.95))).toBeLessThan(1e-9);
    expect(updated.plannedStartAt).toBe('2030-05-01T01:00:00.000Z');
  });
});

describe('running a batch', () => {
  const T0 = '2030-06-01T01:00:00.000Z';
  const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
  let batch: { id: string; pieces: { id: string }[] };

  beforeAll(async () => {
    batch = await createBatch(maker, bathId);
  });

  it('refuses to skip a step or to record a run before it starts', async () => {
    const skip = await maker.post(`${API}/batches/${batch.id}/status`, { status: 'done' });
    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.details.fields[0].path).toBe('status');
    const reading = await maker.post(`${API}/batches/${batch.id}/readings`, { at: T0, currentA: 1.5 });
    expect(reading.statusCode).toBe(409);
    const qc = await maker.put(`${API}/batches/${batch.id}/pieces/${batch.pieces[0].id}/qc`, {
      outcome: 'pass',
    });
    expect(qc.statusCode).toBe(409);
  });

  it('starts a batch once when several phones press start together (checked on the locked row)', async () => {
    const race = await createBatch(maker, bathId, { name: 'Balapan' });
    const answers = await together(6, () =>
      maker.post(`${API}/batches/${race.id}/status`, { status: 'running', at: T0 }),
    );
    expect(statusCounts(answers)).toEqual({ 200: 1, 409: 5 });
    const refused = answers.find((a) => a.statusCode === 409);
    expect(refused?.json().error.details.fields[0].path).toBe('status');
    const started = expectStatus(await maker.get(`${API}/batches/${race.id}`), 200);
    expect(started.status).toBe('running');
  });

  it('starts, takes readings, and computes the charge that went through', async () => {
    const running = await setStatus(maker, batch.id, 'running', T0);
    expect(running).toMatchObject({
      status: 'running',
      actualStartAt: T0,
      nextStatuses: ['finishing', 'cancelled'],
    });
    const early = await maker.post(`${API}/batches/${batch.id}/readings`, { at: at(-1), currentA: 1.5 });
    expect(early.statusCode).toBe(400);
    expect(early.json().error.details.fields[0]).toMatchObject({
      path: 'at',
      message: id.records.readingBeforeStart,
    });
    expectStatus(
      await maker.post(`${API}/batches/${batch.id}/readings`, { at: T0, currentA: 1.5, volts: 2 }),
      201,
    );
    const second = expectStatus(
      await maker.post(`${API}/batches/${batch.id}/readings`, {
        at: at(5),
        currentA: 1.4,
        temperatureC: 26,
        note: 'turun',
      }),
      201,
    );
    expect(second.readings).toHaveLength(2);
    const locked = await maker.patch(`${API}/batches/${batch.id}`, { pieces: [leaf(10)] });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().error.details.fields[0]).toMatchObject({
      path: 'pieces',
      message: id.records.onlyWhilePlanned,
    });
    const wrongStop = await maker.post(`${API}/batches/${batch.id}/status`, {
      status: 'finishing',
      at: at(-2),
    });
    expect(wrongStop.statusCode).toBe(400);
    expect(wrongStop.json().error.details.fields[0].path).toBe('at');
    const stopped = await setStatus(maker, batch.id, 'finishing', at(10));
    // 1.5 A for 5 h, then 1.4 A for 5 h = 14.5 A·h.
    expect(stopped.actualChargeAh).toBeCloseTo(14.5, 9);
    const late = await maker.post(`${API}/batches/${batch.id}/readings`, { at: at(11), currentA: 1 });
    expect(late.json().error.details.fields[0]).toMatchObject({
      path: 'at',
      message: id.records.readingAfterStop,
    });
  });

  it('records finishing and QC; done needs every piece checked', async () => {
    const finished = expectStatus(
      await maker.post(`${API}/batches/${batch.id}/finishing`, {
        kind: 'silverPlate',
        performedOn: '2030-06-02',
        costIdr: 10000,
      }),
      201,
    );
    expect(finished.finishing[0]).toMatchObject({ kind: 'silverPlate', costIdr: 10000 });
    const [first, second] = batch.pieces;
    const badDefect = await maker.put(`${API}/batches/${batch.id}/pieces/${first.id}/qc`, {
      outcome: 'reject',
      defects: ['burning', 'rust'],
    });
    expect(badDefect.json().error.details.fields[0].path).toBe('defects.1');
    const twice = await maker.put(`${API}/batches/${batch.id}/pieces/${first.id}/qc`, {
      outcome: 'reject',
      defects: ['burning', 'burning'],
    });
    expect(twice.json().error.details.fields[0]).toMatchObject({
      path: 'defects',
      message: id.records.defectRepeated,
    });
    expectStatus(
      await maker.put(`${API}/batches/${batch.id}/pieces/${first.id}/qc`, { outcome: 'pass' }),
      200,
    );
    const early = await maker.post(`${API}/batches/${batch.id}/status`, { status: 'done' });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.details.fields[0].message).toBe(id.records.qcMissing.replace('{{count}}', '1'));
    const rejected = expectStatus(
      await maker.put(`${API}/batches/${batch.id}/pieces/${second.id}/qc`, {
        outcome: 'reject',
        defects: ['burning', 'bareSpots'],
        note: 'ujung gosong',
      }),
      200,
    );
    expect(rejected.qc).toEqual({ pass: 1, rework: 0, reject: 1 });
    expect(rejected.pieces[1].qc).toMatchObject({ outcome: 'reject', defects: ['burning', 'bareSpots'] });
    const done = await setStatus(maker, batch.id, 'done', at(30));
    expect(done).toMatchObject({ status: 'done', completedAt: at(30), nextStatuses: [] });
    const reopen = await maker.post(`${API}/batches/${batch.id}/status`, { status: 'cancelled' });
    expect(reopen.statusCode).toBe(409);
    expect((await maker.delete(`${API}/batches/${batch.id}`)).statusCode).toBe(409);
    const actions = (
      await admin.get(`/api/audit?entityType=ef_batch&entityId=${batch.id}&pageSize=50`)
    ).json();
    expect(actions.items.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'ef_batch.create',
        'ef_batch.status_running',
        'ef_batch.reading_add',
        'ef_batch.status_finishing',
        'ef_batch.finishing_add',
        'ef_batch.qc',
        'ef_batch.status_done',
      ]),
    );
  });

  it('deletes readings and finishing steps only while the run is open, and only its own', async () => {
    const other = await createBatch(maker, bathId);
    await setStatus(maker, other.id, 'running', T0);
    const withReading = expectStatus(
      await maker.post(`${API}/batches/${other.id}/readings`, { at: at(1), currentA: 1 }),
      201,
    );
    const readingId = withReading.readings[0].id;
    expect((await maker.delete(`${API}/batches/${batch.id}/readings/${readingId}`)).statusCode).toBe(409);
    const removed = expectStatus(await maker.delete(`${API}/batches/${other.id}/readings/${readingId}`), 200);
    expect(removed.readings).toEqual([]);
    expect((await maker.delete(`${API}/batches/${other.id}/readings/${readingId}`)).statusCode).toBe(404);
    const cancelled = await setStatus(maker, other.id, 'cancelled', at(2));
    expect(cancelled.actualStopAt).toBe(at(2));
    expectStatus(await maker.delete(`${API}/batches/${other.id}`), 200);
    expect((await maker.get(`${API}/batches/${other.id}`)).statusCode).toBe(404);
  });

  it('lists batches with counts, filtered by bath and status', async () => {
    const list = expectStatus(await maker.get(`${API}/batches?bathId=${bathId}&status=done`), 200);
    expect(list.total).toBe(1);
    expect(list.items[0]).toMatchObject({
      id: batch.id,
      pieceCount: 2,
      qc: { pass: 1, rework: 0, reject: 1 },
    });
    expect(list.items[0]).not.toHaveProperty('readings');
  });
});
