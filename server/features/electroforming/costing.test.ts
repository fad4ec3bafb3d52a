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
let ranBatch: Json;

const T0 = '2030-07-01T01:00:00.000Z';
const at = (hours: number) => new Date(Date.parse(T0) + hours * 3_600_000).toISOString();

const costing = {
  copperPricePerKgIdr: 150_000,
  paintIdr: 5_000,
  sealantIdr: 3_000,
  otherMaterialsIdr: 2_000,
  findingsPerPieceIdr: 2_500,
  labourHours: 2,
  labourRateIdr: 15_000,
  overheadPct: 10,
};

function expectFigures(actual: Record<string, number>, expected: Record<string, number>) {
  for (const [key, value] of Object.entries(expected)) {
    expect(rel(actual[key], value), `${key}: ${actual[key]} vs ${value}`).toBeLessThan(1e-9);
  }
}

beforeAll(async () => {
  t = await createTestApp();
  admin = await setupAdmin(t.app);
  maker = (await ownerClient(t)).client;
  bathId = (await createBath(maker)).id;
  // Two leaves, 60 and 40 cm², 200 µm each; 1.5 A at 2 V for 10 h; silver plate Rp 10 000; one reject.
  const batch = await createBatch(maker, bathId);
  await runBatch(maker, batch.id, T0, [{ at: T0, currentA: 1.5, volts: 2 }], at(10));
  expectStatus(
    await maker.post(`${API}/batches/${batch.id}/finishing`, {
      kind: 'silverPlate',
      performedOn: '2030-07-02',
      costIdr: 10_000,
    }),
    201,
  );
  const [a, b] = batch.pieces;
  expectStatus(await maker.put(`${API}/batches/${batch.id}/pieces/${a.id}/qc`, { outcome: 'pass' }), 200);
  ranBatch = expectStatus(
    await maker.put(`${API}/batches/${batch.id}/pieces/${b.id}/qc`, {
      outcome: 'reject',
      defects: ['burning'],
    }),
    200,
  );
});
afterAll(async () => t.close());

describe('costing a batch', () => {
  it('costs a finished run from its readings and spreads it over the pieces that passed', async () => {
    const r = expectStatus(await maker.post(`${API}/batches/${ranBatch.id}/costing`, costing), 200);
    // Copper: 8.96 g/cm³ · 100 cm² · 0.02 cm = 17.92 g · Rp 150/g = Rp 2 688.
    // Electricity: 2 V · 1.5 A · 10 h = 30 Wh / 0.8 = 37.5 Wh · Rp 1 444.70/kWh = Rp 54.17625.
    // Materials: 2 688 + 5 000 paint + 3 000 sealant + (2 000 + 10 000 silver) + 2 500 findings × 1 = 25 188.
    // Direct: 25 188 + 54.17625 + 2 h · 15 000 = 55 242.17625; +10 % = 60 766.393875 (HPP).
    // Wholesale ×2 = 121 532.78775; retail ×2 = 243 065.5755; USD at 16 000, EUR at 17 500.
    expect(r.basis).toMatchObject({
      pieces: 2,
      piecesPriced: 1,
      piecesBasis: 'passed',
      totalAreaCm2: 100,
      electricitySource: 'readings',
      hours: 10,
      kwh: 0.0375,
    });
    expect(r.basis.copperMassG).toBeCloseTo(17.92, 9);
    expect(r.rates).toEqual({ idrPerUsd: 16_000, idrPerEur: 17_500, pricePerKwhIdr: 1444.7 });
    const hpp = 60_766.393875;
    expectFigures(r.batch, {
      materialsIdr: 25_188,
      electricityIdr: 54.17625,
      labourIdr: 30_000,
      directCostIdr: 55_242.17625,
      overheadIdr: 5_524.217625,
      costIdr: hpp,
      // One piece priced: 2 · HPP = 121 532.79 → up to Rp 1.000 = 122 000; retail 2 · 122 000.
      wholesaleIdr: 122_000,
      retailIdr: 244_000,
      wholesaleUsd: 122_000 / 16_000,
      retailEur: 244_000 / 17_500,
    });
    expectFigures(r.perPiece, { costIdr: hpp, wholesaleIdr: 122_000, retailIdr: 244_000 });
    expect(r.perPiece.rounding).toBe('up1000');
    const copper = r.batch.breakdown.find((l: { item: string }) => l.item === 'copper');
    expect(copper.idr).toBeCloseTo(2_688, 9);
    expect(copper.share).toBeCloseTo(2_688 / hpp, 12);
    expect(r.working.map((w: { key: string }) => w.key)).toContain('electroforming:working.costOfGoods');
  });

  it('costs a planned batch from its plan, per piece over all pieces, and needs a voltage for that', async () => {
    const planned = await createBatch(maker, bathId);
    const noVolts = await maker.post(`${API}/batches/${planned.id}/costing`, costing);
    expect(noVolts.statusCode).toBe(400);
    expect(noVolts.json().error.details.fields[0]).toMatchObject({
      path: 'volts',
      message: id.records.voltsRequired,
    });
    const readings = await maker.post(`${API}/batches/${planned.id}/costing`, {
      ...costing,
      electricitySource: 'readings',
    });
    expect(readings.json().error.details.fields[0].path).toBe('electricitySource');
    const r = expectStatus(
      await maker.post(`${API}/batches/${planned.id}/costing`, {
        ...costing,
        volts: 2,
        pricePerKwhIdr: 2_000,
      }),
      200,
    );
    // 2 V · 1.5 A · planned hours / 0.8 rectifier, at the maker's own Rp 2 000/kWh.
    const electricity = ((2 * 1.5 * planned.plannedHours) / 0.8 / 1000) * 2_000;
    expect(r.basis).toMatchObject({ electricitySource: 'plan', piecesBasis: 'all', piecesPriced: 2 });
    expect(r.rates.pricePerKwhIdr).toBe(2_000);
    // No finishing cost yet; findings for both pieces: 2 688 + 5 000 + 3 000 + 2 000 + 5 000.
    const direct = 17_688 + electricity + 30_000;
    expectFigures(r.batch, { electricityIdr: electricity, materialsIdr: 17_688, costIdr: direct * 1.1 });
    // Prices are set per piece (rounded there), and the batch's are those × the pieces.
    const wholesalePiece = Math.ceil((direct * 1.1) / 1000) * 1000;
    expectFigures(r.perPiece, { costIdr: (direct * 1.1) / 2, wholesaleIdr: wholesalePiece });
    expectFigures(r.batch, { wholesaleIdr: 2 * wholesalePiece, retailIdr: 2 * 2 * wholesalePiece });
    const charm = expectStatus(
      await maker.post(`${API}/batches/${planned.id}/costing`, {
        ...costing,
        volts: 2,
        pricePerKwhIdr: 2_000,
        rounding: 'charm',
      }),
      200,
    );
    expect(charm.perPiece.wholesaleIdr % 1000).toBe(900);
    expect(charm.perPiece.retailIdr % 1000).toBe(900);
    expect(charm.working.at(-1).params).toEqual({ rule: 'charm' });
  });

  it('refuses nonsense amounts with field paths', async () => {
    const res = await maker.post(`${API}/batches/${ranBatch.id}/costing`, {
      ...costing,
      paintIdr: -5,
      overheadPct: 5000,
      wholesaleMultiplier: 0,
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['paintIdr', 'overheadPct', 'wholesaleMultiplier']));
    const missing = await maker.post(`${API}/batches/${ranBatch.id}/costing`, { paintIdr: 1 });
    expect(missing.json().error.details.fields[0].path).toBe('copperPricePerKgIdr');
  });
});

describe('office settings and price sheets', () => {
  let oldSheet: Json;

  it('starts from the documented defaults', async () => {
    const s = expectStatus(await admin.get(`${API}/settings`), 200);
    expect(s).toEqual({ idrPerUsd: 16_000, idrPerEur: 17_500, pricePerKwhIdr: 1444.7, updatedAt: null });
    expect((await maker.get(`${API}/settings`)).statusCode).toBe(200);
  });

  it('saves a manual price sheet with the issue example at the office rates', async () => {
    oldSheet = expectStatus(
      await maker.post(`${API}/price-sheets`, {
        source: 'manual',
        name: 'Liontin daun',
        productRef: 'LD-01',
        price: { materialsIdr: 15_000, labourHours: 1.5, labourRateIdr: 20_000, overheadPct: 10 },
      }),
      201,
    );
    // (15 000 + 1.5 · 20 000) · 1.1 = 49 500 → ×2 = 99 000 → ×2 = 198 000; 99 000/16 000 = 6.1875 USD.
    expect(oldSheet).toMatchObject({
      source: 'manual',
      batchId: null,
      basis: null,
      batch: null,
      productRef: 'LD-01',
    });
    expectFigures(oldSheet.perPiece, {
      costIdr: 49_500,
      wholesaleIdr: 99_000,
      retailIdr: 198_000,
      wholesaleUsd: 6.1875,
      retailUsd: 12.375,
      wholesaleEur: 99_000 / 17_500,
    });
    expect(oldSheet.rates).toEqual({ idrPerUsd: 16_000, idrPerEur: 17_500, pricePerKwhIdr: 1444.7 });
  });

  it('admins set the rates; new sheets use them, saved sheets keep theirs', async () => {
    expect(
      (await maker.put(`${API}/settings`, { idrPerUsd: 1, idrPerEur: 1, pricePerKwhIdr: 1 })).statusCode,
    ).toBe(403);
    const bad = await admin.put(`${API}/settings`, { idrPerUsd: 0, idrPerEur: 17_000 });
    expect(bad.statusCode).toBe(400);
    const paths = bad.json().error.details.fields.map((f: { path: string }) => f.path);
    expect(paths).toEqual(expect.arrayContaining(['idrPerUsd', 'pricePerKwhIdr']));
    const set = expectStatus(
      await admin.put(`${API}/settings`, { idrPerUsd: 15_500, idrPerEur: 17_000, pricePerKwhIdr: 1_500 }),
      200,
    );
    expect(set).toMatchObject({ idrPerUsd: 15_500, idrPerEur: 17_000, pricePerKwhIdr: 1_500 });
    expect(set.updatedAt).not.toBeNull();
    const audit = await admin.get('/api/audit?entityType=settings&action=ef_settings.update');
    expect(audit.json().items[0].after).toMatchObject({ idrPerUsd: 15_500 });

    const sheet = expectStatus(
      await maker.post(`${API}/price-sheets`, {
        source: 'batch',
        name: 'Batch Juli',
        batchId: ranBatch.id,
        costing,
      }),
      201,
    );
    expect(sheet.rates).toEqual({ idrPerUsd: 15_500, idrPerEur: 17_000, pricePerKwhIdr: 1_500 });
    // Electricity at the new office price: 37.5 Wh · Rp 1 500/kWh = Rp 56.25.
    expect(sheet.batch.electricityIdr).toBeCloseTo(56.25, 9);
    expect(sheet.perPiece.wholesaleUsd).toBeCloseTo(sheet.perPiece.wholesaleIdr / 15_500, 9);
    // What is stored is the rounded price the screen showed, with the rule it was rounded by.
    expect(sheet.perPiece.rounding).toBe('up1000');
    expect(sheet.perPiece.wholesaleIdr % 1000).toBe(0);
    expect(sheet.perPiece.retailIdr % 1000).toBe(0);
    const stored = expectStatus(await maker.get(`${API}/price-sheets/${sheet.id}`), 200);
    expect(stored.perPiece.retailIdr).toBe(sheet.perPiece.retailIdr);
    expect(sheet.basis.piecesBasis).toBe('passed');
    const kept = expectStatus(await maker.get(`${API}/price-sheets/${oldSheet.id}`), 200);
    expect(kept.rates.idrPerUsd).toBe(16_000);
    expect(kept.perPiece.wholesaleUsd).toBe(6.1875);

    const byBatch = expectStatus(await maker.get(`${API}/price-sheets?batchId=${ranBatch.id}`), 200);
    expect(byBatch.items.map((s: { id: string }) => s.id)).toEqual([sheet.id]);
    expect(expectStatus(await maker.get(`${API}/price-sheets`), 200).total).toBe(2);
  });

  it('deletes a sheet with an audit row; a sheet outlives its batch', async () => {
    const planned = await createBatch(maker, bathId);
    const sheet = expectStatus(
      await maker.post(`${API}/price-sheets`, {
        source: 'batch',
        name: 'Rencana',
        batchId: planned.id,
        costing: { ...costing, volts: 2 },
      }),
      201,
    );
    await setStatus(maker, planned.id, 'cancelled');
    expectStatus(await maker.delete(`${API}/batches/${planned.id}`), 200);
    const orphan = expectStatus(await maker.get(`${API}/price-sheets/${sheet.id}`), 200);
    expect(orphan.batchId).toBeNull();
    expect(orphan.perPiece.costIdr).toBe(sheet.perPiece.costIdr);
    expectStatus(await maker.delete(`${API}/price-sheets/${sheet.id}`), 200);
    expect((await maker.get(`${API}/price-sheets/${sheet.id}`)).statusCode).toBe(404);
    const audit = await admin.get(`/api/audit?entityType=ef_price_sheet&entityId=${sheet.id}`);
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual([
      'ef_price_sheet.delete',
      'ef_price_sheet.create',
    ]);
  });
});
