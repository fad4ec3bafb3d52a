import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '#core/i18n/en/electroforming.json';
import id from '#core/i18n/id/electroforming.json';
import { AppError } from '#server/lib/errors';
import { Client, createTestApp, type TestApp } from '#server/test/app';
import { setupAdmin, userClient } from '#server/test/factories';
import { runCalculation } from './service';
import { API, type Json, rel } from './test-fixtures';

let t: TestApp;
let maker: Client;

// First principles, independent of the core: F, M, n, ρ of electroforming.md.
const F = 96485.33212;
const M = 63.546;
const RHO = 8.96;
const G_PER_C = M / (2 * F);

beforeAll(async () => {
  t = await createTestApp();
  await setupAdmin(t.app);
  maker = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
});
afterAll(async () => t.close());

async function calc(body: unknown, client = maker): Promise<Json> {
  const res = await client.post(`${API}/calculate`, body);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

function expectClose(actual: number, expected: number) {
  expect(rel(actual, expected), `${actual} vs ${expected}`).toBeLessThan(1e-4);
}

describe('the six request shapes of issue 4', () => {
  it('deposit: strike 0.5 A × 10 min then 0.15 A × 5 h on 60 cm² at η 0.95', async () => {
    const r = await calc({
      kind: 'deposit',
      areaCm2: 60,
      efficiency: 0.95,
      steps: [
        { currentA: 0.5, minutes: 10 },
        { currentA: 0.15, minutes: 300 },
      ],
    });
    // Q = 0.5·600 + 0.15·18000 = 3000 C = 0.833333 A·h; m = 3000·0.95·M/(2F) = 0.938516 g.
    expectClose(r.chargeC, 3000);
    expectClose(r.chargeAh, 0.833333);
    expectClose(r.massG, 0.938516);
    // δ = m/(ρ·A) = 0.938516 / (8.96·60) cm = 17.4575 µm.
    expectClose(r.thicknessUm, ((3000 * 0.95 * G_PER_C) / (RHO * 60)) * 1e4);
    expectClose(r.thicknessUm, 17.4575);
    expect(r.units).toMatchObject({ chargeC: 'C', chargeAh: 'Ah', massG: 'g', thicknessUm: 'um' });
    expect(r.working.length).toBeGreaterThan(3);
  });

  it('time: 250 µm on 60 cm² at 1.5 A/dm², η 0.95', async () => {
    const r = await calc({
      kind: 'time',
      areaCm2: 60,
      currentDensityAdm2: 1.5,
      efficiency: 0.95,
      thicknessUm: 250,
    });
    // Rate 1.5 · 13.2310 · 0.95 = 18.85418 µm/h → 250 µm in 13.2597 h; I = 1.5 · 0.6 = 0.9 A.
    expectClose(r.hours, 250 / (1.5 * 0.95 * ((G_PER_C * 3600) / RHO / 100) * 1e4));
    expectClose(r.hours, 13.2597);
    expectClose(r.currentA, 0.9);
    // m = ρ·A·δ = 8.96 · 60 · 0.025 = 13.44 g.
    expectClose(r.massG, 13.44);
  });

  it('current: 60 cm² at 1.5 A/dm² is 0.900 A, and 0.1 A/in² is 0.930 A', async () => {
    expectClose((await calc({ kind: 'current', areaCm2: 60, currentDensityAdm2: 1.5 })).currentA, 0.9);
    const inch = await calc({
      kind: 'current',
      areaCm2: 60,
      currentDensity: 0.1,
      currentDensityUnit: 'A/in2',
    });
    expectClose(inch.currentA, (0.1 * 60) / 6.4516);
    expect(inch.currentA.toFixed(3)).toBe('0.930');
  });

  it('energy: 0.9 A × 1.5 V × 2 h through a 0.8 rectifier at Rp 1 500/kWh', async () => {
    const r = await calc({
      kind: 'energy',
      currentA: 0.9,
      volts: 1.5,
      hours: 2,
      rectifierEfficiency: 0.8,
      pricePerKwhIdr: 1500,
    });
    // 0.9·1.5·2 = 2.7 Wh DC / 0.8 = 3.375 Wh → 0.003375 kWh · 1500 = Rp 5.0625.
    expectClose(r.wh, 3.375);
    expectClose(r.costIdr, 5.0625);
  });

  it('bath: 1 L at 200 g/L sulfate, 60 g/L acid, 50 ppm chloride', async () => {
    const r = await calc({
      kind: 'bath',
      volumeL: 1,
      copperSulfateGL: 200,
      sulfuricAcidGL: 60,
      chloridePpm: 50,
    });
    expectClose(r.copperSulfateG, 200);
    // 200 g · 63.546/249.68 = 50.9028 g Cu.
    expectClose(r.copperG, (200 * 63.546) / 249.68);
    // 60 g / 0.98 / 1.84 g/mL = 33.2742 mL of 98 % acid.
    expectClose(r.sulfuricAcidMl, 60 / 0.98 / 1.84);
    // 50 mg Cl⁻ / 0.97235 = 51.42 mg HCl / 0.37 / 1.18 g/mL = 0.117778 mL of 37 % acid.
    expectClose(r.hydrochloricAcidMl, 0.05 / 0.97235 / 0.37 / 1.18);
    expect(r.safety[0]).toBe('electroforming:safety.acidIntoWater');
  });

  it('price: Rp 15 000 materials, 1.5 h × Rp 20 000, 10 % overhead, ×2, ×2', async () => {
    const r = await calc({
      kind: 'price',
      materialsIdr: 15000,
      labourHours: 1.5,
      labourRateIdr: 20000,
      overheadPct: 10,
      wholesaleMultiplier: 2,
      retailMultiplier: 2,
    });
    // (15 000 + 30 000) · 1.1 = 49 500 → 99 000 → 198 000.
    expectClose(r.costIdr, 49500);
    expectClose(r.wholesaleIdr, 99000);
    expectClose(r.retailIdr, 198000);
  });
});

describe('reference cases of electroforming.md', () => {
  it('1 A/dm² for 1 h at η = 1 grows 13.2310 µm, for 1 min 0.220516 µm', async () => {
    const hour = await calc({ kind: 'thickness', currentDensityAdm2: 1, hours: 1, efficiency: 1 });
    expectClose(hour.thicknessUm, 13.231);
    const minute = await calc({ kind: 'thickness', currentDensityAdm2: 1, hours: 1 / 60, efficiency: 1 });
    expectClose(minute.thicknessUm, 0.220516);
  });

  it('2 A/dm² at η = 0.95 grows 25.1388 µm/h; 200 µm takes 7.9558 h', async () => {
    const r = await calc({
      kind: 'time',
      areaCm2: 100,
      currentDensityAdm2: 2,
      efficiency: 0.95,
      thicknessUm: 200,
    });
    expectClose(r.depositRateUmPerHour, 25.1388);
    expectClose(r.hours, 7.9558);
  });
});

describe('nonsense input is a 400 naming the field, never a 500', () => {
  const cases: [string, unknown, string, string][] = [
    ['negative area', { kind: 'current', areaCm2: -60, currentDensityAdm2: 1.5 }, 'areaCm2', 'areaRange'],
    [
      'zero time in a step',
      {
        kind: 'deposit',
        areaCm2: 60,
        steps: [
          { currentA: 0.5, minutes: 10 },
          { currentA: 0.15, minutes: 0 },
        ],
      },
      'steps.1.minutes',
      'timeRange',
    ],
    [
      'efficiency 0',
      { kind: 'time', areaCm2: 60, currentDensityAdm2: 1.5, efficiency: 0, thicknessUm: 200 },
      'efficiency',
      'efficiencyRange',
    ],
    [
      'efficiency above 1',
      { kind: 'time', areaCm2: 60, currentDensityAdm2: 1.5, efficiency: 1.2, thicknessUm: 200 },
      'efficiency',
      'efficiencyRange',
    ],
    [
      'absurd current density',
      { kind: 'current', areaCm2: 60, currentDensityAdm2: 500 },
      'currentDensityAdm2',
      'currentDensityRange',
    ],
    [
      'NaN sent as text',
      { kind: 'current', areaCm2: 'NaN', currentDensityAdm2: 1.5 },
      'areaCm2',
      'areaRange',
    ],
    ['zero hours', { kind: 'energy', currentA: 1, volts: 2, hours: 0 }, 'hours', 'timeRange'],
  ];

  for (const [label, body, path, key] of cases) {
    it(`${label} → ${path}`, async () => {
      const res = await maker.post(`${API}/calculate`, body);
      expect(res.statusCode).toBe(400);
      const fields = res.json().error.details.fields;
      expect(fields).toContainEqual(expect.objectContaining({ path }));
      const field = fields.find((f: { path: string }) => f.path === path);
      expect(field.message).toBe(id.errors[key as keyof typeof id.errors]);
    });
  }

  it('Infinity (1e999 in JSON) is refused', async () => {
    const res = await maker.post(`${API}/calculate`, undefined, {
      payload: '{"kind":"current","areaCm2":1e999,"currentDensityAdm2":1.5}',
      headers: { 'content-type': 'application/json' },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0].path).toBe('areaCm2');
  });

  it('a current that is an absurd density on this area is refused by the cross-field check', async () => {
    const res = await maker.post(`${API}/calculate`, {
      kind: 'time',
      areaCm2: 1,
      currentA: 100,
      thicknessUm: 100,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.fields[0]).toMatchObject({ path: 'currentA' });
    expect(res.json().error.details.fields[0].message).toContain('A/dm²');
  });

  it('an unknown kind and an unknown field are named', async () => {
    const kind = await maker.post(`${API}/calculate`, { kind: 'gold' });
    expect(kind.statusCode).toBe(400);
    expect(kind.json().error.details.fields[0].path).toBe('kind');
    const extra = await maker.post(`${API}/calculate`, {
      kind: 'current',
      areaCm2: 60,
      currentDensityAdm2: 1,
      x: 1,
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.details.fields[0].path).toBe('x');
  });

  it('answers in English when the user chose English, in Indonesian by default', async () => {
    const body = { kind: 'current', areaCm2: -1, currentDensityAdm2: 1.5 };
    const idRes = await maker.post(`${API}/calculate`, body, { headers: { 'accept-language': 'id' } });
    expect(idRes.json().error.details.fields[0].message).toBe(id.errors.areaRange);
    const english = (await userClient(t.app, t.database, { role: 'ikm_owner' })).client;
    english.cookies.set('bk_lang', 'en');
    const enRes = await english.post(`${API}/calculate`, body, { headers: { 'accept-language': 'en' } });
    expect(enRes.statusCode).toBe(400);
    expect(enRes.json().error.details.fields[0].message).toBe(en.errors.areaRange);
    expect(enRes.json().error.message).not.toBe(idRes.json().error.message);
  });
});

describe('the core refusal behind the schema', () => {
  it("computes once in the service: the core's refusal is validation_failed with field paths and params", () => {
    const ctx = {
      db: t.database.db,
      config: t.config,
      actor: {
        id: 'x',
        email: 'x@contoh.id',
        name: 'x',
        role: 'trainer' as const,
        kecamatanCodes: [],
        locale: 'id' as const,
      },
      ip: null,
    };
    // Bypasses zod on purpose: other tools may call the service with raw input.
    const run = () => runCalculation(ctx, { kind: 'current', areaCm2: -1, currentDensityAdm2: 1.5 } as never);
    expect(run).toThrow(AppError);
    try {
      run();
    } catch (error) {
      expect(error).toMatchObject({
        code: 'validation_failed',
        status: 400,
        details: {
          fields: [
            {
              path: 'areaCm2',
              code: 'custom',
              message: 'electroforming:errors.areaRange',
              params: { min: 0 },
            },
          ],
        },
      });
    }
  });
});

describe('who may calculate', () => {
  it('every signed-in role may; nobody else', async () => {
    for (const role of ['admin', 'officer', 'trainer', 'ikm_owner'] as const) {
      const { client } = await userClient(t.app, t.database, { role });
      const r = await client.post(`${API}/calculate`, {
        kind: 'current',
        areaCm2: 60,
        currentDensityAdm2: 1.5,
      });
      expect(r.statusCode, role).toBe(200);
    }
    const anonymous = await new Client(t.app).post(`${API}/calculate`, { kind: 'current', areaCm2: 60 });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('API documentation', () => {
  it('describes every electroforming endpoint in the OpenAPI document', async () => {
    const res = await new Client(t.app).get('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const paths = Object.keys(res.json().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/electroforming/calculate',
        '/api/electroforming/baths/{id}/maintenance',
        '/api/electroforming/batches/{id}/pieces/{pieceId}/qc',
        '/api/electroforming/batches/{id}/costing',
        '/api/electroforming/price-sheets',
        '/api/electroforming/settings',
        '/api/electroforming/summary',
      ]),
    );
  });
});
