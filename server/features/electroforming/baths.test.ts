import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import id from '#core/i18n/id/electroforming.json';
import type { Client, TestApp } from '#server/test/app';
import { createTestApp } from '#server/test/app';
import { setupAdmin } from '#server/test/factories';
import { API, bathBody, createBatch, createBath, expectStatus, ownerClient } from './test-fixtures';

let t: TestApp;
let admin: Client;
let maker: Client;

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  maker = (await ownerClient(t, 'Bu Sri')).client;
});
afterAll(async () => t.close());

describe('baths', () => {
  it('creates a bath with the default window and efficiency, no warnings inside the window, and audits it', async () => {
    const bath = await createBath(maker);
    expect(bath).toMatchObject({
      name: 'Bak tembaga 5 L',
      ownerName: 'Bu Sri',
      businessId: null,
      anodeType: 'phosphorizedCopper',
      operatingWindowPreset: 'default',
      operatingWindow: { copperSulfateGL: { min: 150, max: 248 }, currentDensityAdm2: { min: 0.5, max: 3 } },
      efficiency: 0.95,
      efficiencySource: 'default',
      status: 'active',
      warnings: [],
      lastMaintenanceOn: null,
      composition: { copperSulfateGL: 200, sulfuricAcidGL: 60, chloridePpm: 60, temperatureC: 25 },
    });
    expect(bath.composition.measuredOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const audit = await admin.get(`/api/audit?entityType=ef_bath&entityId=${bath.id}`);
    expect(audit.json().items[0]).toMatchObject({ action: 'ef_bath.create' });
  });

  it('warns (does not refuse) when the composition leaves the window, using an edited window', async () => {
    const bath = await createBath(maker, {
      composition: { copperSulfateGL: 260, sulfuricAcidGL: 60, chloridePpm: 30, temperatureC: 30 },
      operatingWindowPreset: 'craft',
      operatingWindow: { temperatureC: { min: 20, max: 32 } },
      efficiency: 0.9,
    });
    expect(bath.operatingWindow.copperSulfateGL).toEqual({ min: 150, max: 200 });
    expect(bath.operatingWindow.temperatureC).toEqual({ min: 20, max: 32 });
    expect(bath.efficiencySource).toBe('manual');
    expect(bath.warnings.map((w: { code: string }) => w.code).sort()).toEqual([
      'chlorideLow',
      'copperSulfateHigh',
    ]);
  });

  it('refuses bad input with field paths', async () => {
    const res = await maker.post(`${API}/baths`, {
      ...bathBody(),
      volumeL: -5,
      operatingWindow: { chloridePpm: { min: 120, max: 50 } },
      anodeType: 'zinc',
      colour: 'blue',
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining(['volumeL', 'operatingWindow.chloridePpm.max', 'anodeType', 'colour']),
    );
    const volume = res.json().error.details.fields.find((f: { path: string }) => f.path === 'volumeL');
    expect(volume.message).toBe(id.errors.volumeRange);
    const missing = await maker.post(`${API}/baths`, { name: 'x', volumeL: 1 });
    expect(missing.json().error.details.fields[0].path).toBe('composition');
  });

  it('lists own baths, edits one and re-plans its planned batches with the new efficiency', async () => {
    const bath = await createBath(maker, { name: 'Bak edit' });
    const batch = await createBatch(maker, bath.id);
    const list = expectStatus(await maker.get(`${API}/baths?status=active&pageSize=50`), 200);
    expect(list.items.map((b: { id: string }) => b.id)).toContain(bath.id);
    const edited = expectStatus(
      await maker.patch(`${API}/baths/${bath.id}`, {
        name: 'Bak edit 2',
        efficiency: 0.8,
        operatingWindowPreset: 'industrial',
        notes: 'ganti tangki',
      }),
      200,
    );
    expect(edited).toMatchObject({
      name: 'Bak edit 2',
      efficiency: 0.8,
      efficiencySource: 'manual',
      operatingWindowPreset: 'industrial',
      notes: 'ganti tangki',
    });
    expect(edited.operatingWindow.copperSulfateGL).toEqual({ min: 195, max: 248 });
    const replanned = expectStatus(await maker.get(`${API}/batches/${batch.id}`), 200);
    // Time scales with 1/η: 0.95 → 0.8 makes the run 0.95/0.8 times longer.
    expect(replanned.plan.efficiency).toBe(0.8);
    expect(replanned.plannedHours / batch.plannedHours).toBeCloseTo(0.95 / 0.8, 10);
  });

  it('deletes a bath without batches; refuses one with batches (retire it instead)', async () => {
    const empty = await createBath(maker, { name: 'Bak coba' });
    expectStatus(await maker.delete(`${API}/baths/${empty.id}`), 200);
    expect((await maker.get(`${API}/baths/${empty.id}`)).statusCode).toBe(404);
    const used = await createBath(maker, { name: 'Bak dipakai' });
    await createBatch(maker, used.id);
    const refused = await maker.delete(`${API}/baths/${used.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toBe(id.records.bathHasBatches);
    const retired = expectStatus(await maker.patch(`${API}/baths/${used.id}`, { status: 'retired' }), 200);
    expect(retired.status).toBe('retired');
    const noBatch = await maker.post(`${API}/batches`, {
      bathId: used.id,
      name: 'x',
      pieces: [{ objectType: 'leaf', area: { source: 'entered', areaCm2: 10 }, targetThicknessUm: 100 }],
    });
    expect(noBatch.statusCode).toBe(400);
    expect(noBatch.json().error.details.fields[0]).toMatchObject({
      path: 'bathId',
      message: id.records.bathRetired,
    });
  });
});

describe('maintenance log', () => {
  let bathId: string;
  beforeAll(async () => {
    bathId = (await createBath(maker, { name: 'Bak log' })).id;
  });

  it('an analysis updates the bath composition and both carry warnings for what left the window', async () => {
    const entry = expectStatus(
      await maker.post(`${API}/baths/${bathId}/maintenance`, {
        kind: 'analysis',
        performedOn: '2030-03-10',
        analysis: { copperSulfateGL: 140, chloridePpm: 80 },
        note: 'titrasi',
      }),
      201,
    );
    expect(entry.analysis).toEqual({ copperSulfateGL: 140, chloridePpm: 80 });
    expect(entry.warnings.map((w: { code: string }) => w.code)).toEqual(['copperSulfateLow']);
    const bath = expectStatus(await maker.get(`${API}/baths/${bathId}`), 200);
    expect(bath.composition).toMatchObject({
      copperSulfateGL: 140,
      sulfuricAcidGL: 60,
      chloridePpm: 80,
      measuredOn: '2030-03-10',
    });
    expect(bath.warnings.map((w: { code: string }) => w.code)).toEqual(['copperSulfateLow']);
    expect(bath.lastMaintenanceOn).toBe('2030-03-10');
  });

  it('an older analysis typed in late is logged but does not overwrite the newer composition', async () => {
    expectStatus(
      await maker.post(`${API}/baths/${bathId}/maintenance`, {
        kind: 'analysis',
        performedOn: '2030-03-01',
        analysis: { copperSulfateGL: 190 },
      }),
      201,
    );
    const bath = expectStatus(await maker.get(`${API}/baths/${bathId}`), 200);
    expect(bath.composition.copperSulfateGL).toBe(140);
  });

  it('logs additions, filtering and anode changes, newest first', async () => {
    expectStatus(
      await maker.post(`${API}/baths/${bathId}/maintenance`, {
        kind: 'addition',
        performedOn: '2030-03-11',
        additions: [
          { chemical: 'copperSulfate', amount: 300, unit: 'g' },
          { chemical: 'hydrochloricAcid', amount: 0.2, unit: 'mL', note: 'pipet' },
        ],
      }),
      201,
    );
    expectStatus(
      await maker.post(`${API}/baths/${bathId}/maintenance`, {
        kind: 'filtering',
        performedOn: '2030-03-12',
      }),
      201,
    );
    expectStatus(
      await maker.post(`${API}/baths/${bathId}/maintenance`, {
        kind: 'bagChange',
        performedOn: '2030-03-13',
        note: 'kantong sobek',
      }),
      201,
    );
    const log = expectStatus(await maker.get(`${API}/baths/${bathId}/maintenance`), 200);
    expect(log.total).toBe(5);
    expect(log.items.map((e: { kind: string }) => e.kind)).toEqual([
      'bagChange',
      'filtering',
      'addition',
      'analysis',
      'analysis',
    ]);
    expect(log.items[2].additions[1]).toEqual({
      chemical: 'hydrochloricAcid',
      amount: 0.2,
      unit: 'mL',
      note: 'pipet',
    });
  });

  it('an analysis needs a result, an addition needs what was added, a date must be a date', async () => {
    const noResult = await maker.post(`${API}/baths/${bathId}/maintenance`, {
      kind: 'analysis',
      performedOn: '2030-03-14',
    });
    expect(noResult.statusCode).toBe(400);
    expect(noResult.json().error.details.fields[0]).toMatchObject({
      path: 'analysis',
      message: id.records.analysisRequired,
    });
    const noAddition = await maker.post(`${API}/baths/${bathId}/maintenance`, {
      kind: 'addition',
      performedOn: '2030-03-14',
    });
    expect(noAddition.json().error.details.fields[0].path).toBe('additions');
    const badAmount = await maker.post(`${API}/baths/${bathId}/maintenance`, {
      kind: 'addition',
      performedOn: '14/03/2030',
      additions: [{ chemical: 'copperSulfate', amount: -1, unit: 'g' }],
    });
    const paths = badAmount.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['performedOn', 'additions.0.amount']));
  });
});
