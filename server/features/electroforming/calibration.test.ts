import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import id from '#core/i18n/id/electroforming.json';
import type { Client, TestApp } from '#server/test/app';
import { createTestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import {
  API,
  createBatch,
  createBath,
  expectStatus,
  type Json,
  ownerClient,
  rel,
  runBatch,
  setStatus,
} from './test-fixtures';

let t: TestApp;
let admin: Client;
let maker: Client;
let bathId: string;
let batch: Json;

const T0 = '2030-08-01T00:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();
// 1.0 A for 2 h then 0.5 A for 2 h: Q = 7 200 + 3 600 = 10 800 C = 3 A·h.
const CHARGE_C = 10_800;
// Faraday mass at η = 1: Q·M/(2F) = 3.556485 g.
const FARADAY_G = (CHARGE_C * 63.546) / (2 * 96485.33212);

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  maker = (await ownerClient(t)).client;
  bathId = (await createBath(maker)).id;
  batch = await createBatch(maker, bathId);
});
afterAll(async () => t.close());

describe('efficiency calibration', () => {
  it('needs a stopped run', async () => {
    const res = await maker.post(`${API}/batches/${batch.id}/calibration`, { measuredMassG: 3 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.fields[0]).toMatchObject({
      path: 'status',
      message: id.records.calibrationNeedsStop,
    });
    await runBatch(
      maker,
      batch.id,
      T0,
      [
        { at: T0, currentA: 1 },
        { at: at(2), currentA: 0.5 },
      ],
      at(4),
    );
  });

  it('needs a weighed mass: from the request, the batch, or every piece', async () => {
    const none = await maker.post(`${API}/batches/${batch.id}/calibration`, {});
    expect(none.statusCode).toBe(400);
    expect(none.json().error.details.fields[0]).toMatchObject({
      path: 'measuredMassG',
      message: id.records.calibrationNeedsMass,
    });
    const [a, b] = batch.pieces;
    expectStatus(
      await maker.put(`${API}/batches/${batch.id}/pieces/${a.id}/qc`, {
        outcome: 'pass',
        measuredMassG: 1.9,
      }),
      200,
    );
    expectStatus(
      await maker.put(`${API}/batches/${batch.id}/pieces/${b.id}/qc`, {
        outcome: 'pass',
        measuredMassG: 1.3,
      }),
      200,
    );
    const fromPieces = expectStatus(await maker.post(`${API}/batches/${batch.id}/calibration`, {}), 200);
    // η = 3.2 g / 3.556485 g = 0.899765.
    expect(fromPieces).toMatchObject({ massSource: 'pieces', appliedToBath: false });
    expect(fromPieces.measuredMassG).toBeCloseTo(3.2, 12);
    expect(fromPieces.chargeC).toBeCloseTo(CHARGE_C, 9);
    expect(fromPieces.chargeAh).toBeCloseTo(3, 12);
    expect(rel(fromPieces.theoreticalMassG, FARADAY_G)).toBeLessThan(1e-12);
    expect(rel(fromPieces.efficiency, 3.2 / FARADAY_G)).toBeLessThan(1e-12);
    expect(rel(fromPieces.efficiency, 0.899765)).toBeLessThan(1e-5);
    const bath = expectStatus(await maker.get(`${API}/baths/${bathId}`), 200);
    expect(bath.efficiency).toBe(0.95);
  });

  it('will not put an efficiency above 1 into the bath (weighing error), but reports it', async () => {
    const res = await maker.post(`${API}/batches/${batch.id}/calibration`, {
      measuredMassG: 4,
      applyToBath: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('applyToBath');
    const report = expectStatus(
      await maker.post(`${API}/batches/${batch.id}/calibration`, { measuredMassG: 4 }),
      200,
    );
    expect(report.massSource).toBe('request');
    expect(report.warnings.map((w: { code: string }) => w.code)).toEqual(['efficiencyAboveOne']);
  });

  it('applies a calibration to the bath and re-plans its planned batches', async () => {
    const planned = await createBatch(maker, bathId, { name: 'berikutnya' });
    const patched = expectStatus(
      await maker.patch(`${API}/batches/${batch.id}`, { measuredMassG: 3.2 }),
      200,
    );
    expect(patched.measuredMassG).toBe(3.2);
    const applied = expectStatus(
      await maker.post(`${API}/batches/${batch.id}/calibration`, { applyToBath: true }),
      200,
    );
    expect(applied).toMatchObject({ massSource: 'batch', appliedToBath: true });
    const eta = 3.2 / FARADAY_G;
    const bath = expectStatus(await maker.get(`${API}/baths/${bathId}`), 200);
    expect(bath).toMatchObject({ efficiencySource: 'calibrated' });
    expect(rel(bath.efficiency, eta)).toBeLessThan(1e-12);
    const replanned = expectStatus(await maker.get(`${API}/batches/${planned.id}`), 200);
    expect(rel(replanned.plan.efficiency, eta)).toBeLessThan(1e-12);
    expect(rel(replanned.plannedHours, (planned.plannedHours * 0.95) / eta)).toBeLessThan(1e-9);
    // The batch that was measured keeps its own plan and stores its calibration.
    const measured = expectStatus(await maker.get(`${API}/batches/${batch.id}`), 200);
    expect(measured.plan.efficiency).toBe(0.95);
    expect(measured.calibration.efficiency).toBeCloseTo(eta, 12);
    const audit = await admin.get(
      `/api/audit?entityType=ef_bath&entityId=${bathId}&action=ef_bath.efficiency_calibrated`,
    );
    expect(audit.json().items[0].after).toMatchObject({ efficiencySource: 'calibrated', batchId: batch.id });
  });

  it('needs readings of the run', async () => {
    const silent = await createBatch(maker, bathId);
    await setStatus(maker, silent.id, 'running', T0);
    await setStatus(maker, silent.id, 'finishing', at(3));
    const res = await maker.post(`${API}/batches/${silent.id}/calibration`, { measuredMassG: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.details.fields[0]).toMatchObject({
      path: 'readings',
      message: id.records.calibrationNeedsReadings,
    });
  });
});
