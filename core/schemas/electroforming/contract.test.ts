import { describe, expect, it } from 'vitest';
import { calculate } from '#core/domain/electroforming/calculate';
import { ElectroformingInputError, isElectroformingInputError } from '#core/domain/electroforming/errors';
import { expectClose, expectFiniteOrRefused } from '#core/domain/electroforming/test-helpers';
import { type CalculateRequestInput, CalculateRequestSchema, CalculateResponseSchema } from './calculate';

/** Parses like the server does, then calculates, then checks the answer against the response schema. */
function run(input: unknown) {
  const request = CalculateRequestSchema.parse(input);
  const response = calculate(request);
  expect(CalculateResponseSchema.parse(response)).toEqual(response);
  return response;
}

/**
 * What the server refuses, as it refuses it: the schema's issues when the shape is wrong, else
 * the core's (computed once, by the service) — both with the request's field paths.
 */
function issues(input: unknown) {
  const result = CalculateRequestSchema.safeParse(input);
  if (!result.success)
    return result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  try {
    calculate(result.data);
  } catch (error) {
    if (!isElectroformingInputError(error)) throw error;
    return error.issues.map((i) => ({ path: i.field, message: i.key }));
  }
  throw new Error(`expected a refusal of ${JSON.stringify(input)}`);
}

describe('the six shapes of issue 4', () => {
  it('deposit', () => {
    const r = run({
      kind: 'deposit',
      areaCm2: 60,
      efficiency: 0.95,
      steps: [
        { currentA: 0.5, minutes: 10 },
        { currentA: 0.15, minutes: 300 },
      ],
    });
    if (r.kind !== 'deposit') throw new Error(r.kind);
    expectClose(r.chargeC, 3000);
    expectClose(r.chargeAh, 0.833333);
    expectClose(r.massG, 0.938516);
    expectClose(r.thicknessUm, 17.4575);
    expect(r.units.thicknessUm).toBe('um');
    expect(r.working.length).toBeGreaterThan(3);
  });

  it('time', () => {
    const r = run({ kind: 'time', areaCm2: 60, currentDensityAdm2: 1.5, efficiency: 0.95, thicknessUm: 250 });
    if (r.kind !== 'time') throw new Error(r.kind);
    expectClose(r.hours, 13.2597);
    expectClose(r.currentA, 0.9);
    expectClose(r.massG, 13.44);
  });

  it('current', () => {
    const r = run({ kind: 'current', areaCm2: 60, currentDensityAdm2: 1.5 });
    expect(r.kind === 'current' && r.currentA).toBe(0.9);
  });

  it('energy', () => {
    const r = run({
      kind: 'energy',
      currentA: 0.9,
      volts: 1.5,
      hours: 2,
      rectifierEfficiency: 0.8,
      pricePerKwhIdr: 1500,
    });
    if (r.kind !== 'energy') throw new Error(r.kind);
    expectClose(r.wh, 3.375);
    expectClose(r.costIdr, 5.0625);
  });

  it('bath', () => {
    const r = run({ kind: 'bath', volumeL: 1, copperSulfateGL: 200, sulfuricAcidGL: 60, chloridePpm: 50 });
    if (r.kind !== 'bath') throw new Error(r.kind);
    expect(r.copperSulfateG).toBe(200);
    expectClose(r.copperG, 50.90195);
    expectClose(r.sulfuricAcidMl, 33.27418);
    expectClose(r.hydrochloricAcidMl, 0.1177779);
    expect(r.safety).toContain('electroforming:safety.acidIntoWater');
  });

  it('price', () => {
    const r = run({
      kind: 'price',
      materialsIdr: 15000,
      labourHours: 1.5,
      labourRateIdr: 20000,
      overheadPct: 10,
      wholesaleMultiplier: 2,
      retailMultiplier: 2,
    });
    if (r.kind !== 'price') throw new Error(r.kind);
    expectClose(r.costIdr, 49_500);
    expectClose(r.wholesaleIdr, 99_000);
    expectClose(r.retailIdr, 198_000);
  });
});

describe('defaults', () => {
  it('fills efficiency 0.95, rectifier 0.8, multipliers 2, k 0.7 and two faces', () => {
    const deposit = CalculateRequestSchema.parse({
      kind: 'deposit',
      areaCm2: 60,
      steps: [{ currentA: 1, minutes: 1 }],
    });
    expect(deposit).toMatchObject({ efficiency: 0.95 });
    expect(CalculateRequestSchema.parse({ kind: 'energy', currentA: 1, volts: 2, hours: 3 })).toMatchObject({
      rectifierEfficiency: 0.8,
    });
    expect(CalculateRequestSchema.parse({ kind: 'price', materialsIdr: 1 })).toMatchObject({
      wholesaleMultiplier: 2,
      retailMultiplier: 2,
      overheadPct: 0,
    });
    expect(CalculateRequestSchema.parse({ kind: 'area', lengthCm: 8, widthCm: 5 })).toMatchObject({
      shapeFactor: 0.7,
      faces: 2,
    });
  });

  it('calculate gives the same answer on raw and parsed requests', () => {
    const raw: CalculateRequestInput = { kind: 'time', areaCm2: 60, currentDensityAdm2: 2, thicknessUm: 200 };
    expect(calculate(raw)).toEqual(calculate(CalculateRequestSchema.parse(raw)));
  });
});

describe('more kinds', () => {
  it.each([
    [{ kind: 'thickness', currentDensityAdm2: 1, efficiency: 1, hours: 1 }, 'thicknessUm', 13.231],
    [{ kind: 'solve', solveFor: 'time', currentDensityAdm2: 2, thicknessUm: 200 }, 'hours', 7.9558],
    [{ kind: 'current', areaCm2: 60, currentDensity: 0.1, currentDensityUnit: 'A/in2' }, 'currentA', 0.93],
    [{ kind: 'density', areaCm2: 60, currentA: 0.9 }, 'currentDensityAdm2', 1.5],
    [{ kind: 'convert', quantity: 'thickness', value: 1, from: 'mil', to: 'um' }, 'value', 25.4],
    [{ kind: 'area', lengthCm: 8, widthCm: 5 }, 'areaCm2', 56],
    [{ kind: 'photoArea', objectPixels: 30_000, coinPixels: 10_000 }, 'areaCm2', 6 * 4.561671],
    [{ kind: 'copper', areaCm2: 60, thicknessUm: 250 }, 'massG', 13.44],
    [
      { kind: 'calibrate', measuredMassG: 0.9, steps: [{ currentA: 0.5, minutes: 100 }] },
      'efficiency',
      0.911013,
    ],
  ])('%o → %s = %s', (input, figure, expected) => {
    const r = run(input) as unknown as Record<string, number>;
    expectClose(r[figure], expected);
  });
});

describe('refusals as field-level issues with i18n keys', () => {
  it('negative area, zero time, efficiency above 1', () => {
    expect(
      issues({ kind: 'deposit', areaCm2: -60, efficiency: 1.2, steps: [{ currentA: 0.5, minutes: 0 }] }),
    ).toEqual([
      { path: 'areaCm2', message: 'electroforming:errors.areaRange' },
      { path: 'efficiency', message: 'electroforming:errors.efficiencyRange' },
      { path: 'steps.0.minutes', message: 'electroforming:errors.timeRange' },
    ]);
  });

  it.each([0, -1, 1.01])('efficiency %s', (efficiency) => {
    expect(
      issues({ kind: 'time', areaCm2: 60, currentDensityAdm2: 1.5, efficiency, thicknessUm: 250 }),
    ).toEqual([{ path: 'efficiency', message: 'electroforming:errors.efficiencyRange' }]);
  });

  it('absurd current density, given directly or as a current on a small piece', () => {
    expect(issues({ kind: 'current', areaCm2: 60, currentDensityAdm2: 80 })).toEqual([
      { path: 'currentDensityAdm2', message: 'electroforming:errors.currentDensityRange' },
    ]);
    expect(issues({ kind: 'current', areaCm2: 60, currentDensity: 2, currentDensityUnit: 'A/cm2' })).toEqual([
      { path: 'currentDensity', message: 'electroforming:errors.currentDensityRange' },
    ]);
    expect(issues({ kind: 'deposit', areaCm2: 2, steps: [{ currentA: 3, minutes: 5 }] })).toEqual([
      { path: 'steps.0.currentA', message: 'electroforming:errors.currentTooHighForArea' },
    ]);
    // The schema passes the shape; the core refuses the density, naming the field with its figures.
    const request = CalculateRequestSchema.parse({ kind: 'time', areaCm2: 2, currentA: 3, thicknessUm: 5 });
    expect(() => calculate(request)).toThrow(ElectroformingInputError);
    try {
      calculate(request);
    } catch (error) {
      expect((error as ElectroformingInputError).issues[0]).toMatchObject({
        field: 'currentA',
        params: { max: 50, value: 150 },
      });
    }
  });

  it('cross-field rules from the core', () => {
    expect(issues({ kind: 'time', areaCm2: 60, thicknessUm: 250 })).toEqual([
      { path: 'currentDensityAdm2', message: 'electroforming:errors.currentOrDensity' },
    ]);
    expect(issues({ kind: 'solve', solveFor: 'current', hours: 3 })).toEqual([
      { path: 'thicknessUm', message: 'electroforming:errors.solveNeedsField' },
      { path: 'areaCm2', message: 'electroforming:errors.solveNeedsField' },
    ]);
    expect(issues({ kind: 'photoArea', objectPixels: 1, coinPixels: 1, coinId: 'idr-50' })).toEqual([
      { path: 'coinId', message: 'electroforming:errors.unknownCoin' },
    ]);
  });

  it('missing, non-numeric and unknown fields, unknown kinds', () => {
    expect(issues({ kind: 'current', currentDensityAdm2: 1.5 })).toEqual([
      { path: 'areaCm2', message: 'electroforming:errors.areaRange' },
    ]);
    expect(issues({ kind: 'current', areaCm2: '60', currentDensityAdm2: 1.5 })[0].path).toBe('areaCm2');
    expect(issues({ kind: 'current', areaCm2: 60, currentDensityAdm2: 1.5, volts: 2 })[0].path).toBe('');
    expect(
      issues({ kind: 'deposit', areaCm2: 60, steps: [{ currentA: 1, minutes: 1, volts: 2 }] })[0].path,
    ).toBe('steps.0');
    expect(issues({ kind: 'magic' })).toEqual([
      { path: 'kind', message: 'electroforming:errors.unknownKind' },
    ]);
    expect(issues({ kind: 'convert', quantity: 'thickness', value: 1, from: 'mil', to: 'cm2' })[0].path).toBe(
      'to',
    );
    expect(issues({ kind: 'convert', quantity: 'area', value: -1, from: 'cm2', to: 'in2' })[0].message).toBe(
      'electroforming:errors.valueRange',
    );
  });

  it('calculate itself refuses with a typed error', () => {
    expect(() => calculate({ kind: 'current', areaCm2: 0, currentDensityAdm2: 1 })).toThrow(
      ElectroformingInputError,
    );
    expect(() => calculate({ kind: 'nope' } as never)).toThrow(ElectroformingInputError);
  });
});

describe('no NaN or Infinity, whatever the input', () => {
  const edges = [
    0,
    -1,
    1e-300,
    Number.MIN_VALUE,
    1e-9,
    0.5,
    1,
    50,
    10_000,
    1e12,
    1e300,
    Number.NaN,
    Number.POSITIVE_INFINITY,
  ];
  const templates: Array<(x: number) => Record<string, unknown>> = [
    (x) => ({ kind: 'deposit', areaCm2: x, efficiency: 1, steps: [{ currentA: x, minutes: x }] }),
    (x) => ({ kind: 'time', areaCm2: x, currentDensityAdm2: x, efficiency: x, thicknessUm: x }),
    (x) => ({ kind: 'thickness', currentA: 1, areaCm2: x, hours: x }),
    (x) => ({ kind: 'solve', solveFor: 'currentDensity', thicknessUm: x, hours: x }),
    (x) => ({ kind: 'solve', solveFor: 'current', areaCm2: x, thicknessUm: 10_000, hours: x }),
    (x) => ({ kind: 'current', areaCm2: x, currentDensity: x, currentDensityUnit: 'A/ft2' }),
    (x) => ({ kind: 'density', areaCm2: x, currentA: x }),
    (x) => ({ kind: 'convert', quantity: 'area', value: x, from: 'ft2', to: 'mm2' }),
    (x) => ({ kind: 'area', lengthCm: x, widthCm: x, shapeFactor: 1, faces: 10 }),
    (x) => ({ kind: 'photoArea', objectPixels: x, coinPixels: 1e-9, coinDiameterMm: 100 }),
    (x) => ({ kind: 'copper', areaCm2: x, thicknessUm: x, pricePerKgIdr: x }),
    (x) => ({
      kind: 'energy',
      currentA: x,
      volts: x,
      hours: x,
      rectifierEfficiency: 1e-9,
      pricePerKwhIdr: x,
    }),
    (x) => ({
      kind: 'bath',
      volumeL: x,
      copperSulfateGL: 350,
      chloridePpm: 1000,
      hydrochloricAcidStockPct: 1e-9,
    }),
    (x) => ({
      kind: 'price',
      materialsIdr: x,
      labourHours: x,
      labourRateIdr: x,
      overheadPct: 1000,
      idrPerUsd: 1e-9,
    }),
    (x) => ({ kind: 'calibrate', measuredMassG: x, steps: [{ currentA: 1e-9, minutes: 1e-9 }] }),
  ];

  it('every kind either answers with finite figures or refuses with field issues', () => {
    let answered = 0;
    for (const template of templates) {
      for (const x of edges) {
        const input = template(x);
        const parsed = CalculateRequestSchema.safeParse(input);
        if (!parsed.success) {
          expect(parsed.error.issues.length).toBeGreaterThan(0);
          for (const issue of parsed.error.issues)
            expect(issue.message).toMatch(/^electroforming:errors\.\w+$|Unrecognized/);
          continue;
        }
        // What the schema lets through either answers or is refused by the core with field paths.
        if (expectFiniteOrRefused(() => calculate(parsed.data)) === 'ok') answered++;
        else for (const issue of issues(input)) expect(issue.message).toMatch(/^electroforming:errors\.\w+$/);
      }
    }
    expect(answered).toBeGreaterThan(templates.length);
  });
});
