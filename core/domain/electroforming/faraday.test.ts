import { describe, expect, it } from 'vitest';
import { COPPER_G_PER_COULOMB } from './constants';
import {
  chargeCoulombs,
  chargeForMass,
  depositRateUmPerHour,
  depositRun,
  massFromCharge,
  massFromThickness,
  secondsPerMicrometre,
  thicknessFromMass,
} from './faraday';
import { expectClose, expectFiniteOrRefused, issuesOf } from './test-helpers';

// First-principles constants written out here, so the tests do not trust constants.ts.
const F = 96485.33212;
const M = 63.546;
const RHO = 8.96;
const ECE = M / (2 * F); // g/C

describe('electrochemical equivalent', () => {
  it('is 0.329304 mg/C and 1.185494 g/(A·h)', () => {
    expectClose(COPPER_G_PER_COULOMB * 1000, 0.329304);
    expectClose(COPPER_G_PER_COULOMB * 3600, 1.185494);
  });
});

describe('reference cases of electroforming.md', () => {
  it('1: 1 A/dm² for 1 h at η = 1 gives 13.2310 µm, for 1 min 0.220516 µm', () => {
    expectClose(depositRateUmPerHour(1, 1), 13.231);
    expectClose(depositRateUmPerHour(1, 1) / 60, 0.220516);
    // The same through a run: 1 dm² at 1 A.
    expectClose(
      depositRun({ areaCm2: 100, efficiency: 1, steps: [{ currentA: 1, minutes: 60 }] }).thicknessUm,
      13.231,
    );
    expectClose(
      depositRun({ areaCm2: 100, efficiency: 1, steps: [{ currentA: 1, minutes: 1 }] }).thicknessUm,
      0.220516,
    );
  });

  it('2: 2 A/dm² at η = 0.95 gives 25.1388 µm/h', () => {
    expectClose(depositRateUmPerHour(2, 0.95), 25.1388);
  });

  it('4: strike 0.50 A × 10 min then 0.15 A × 5 h at η = 0.95', () => {
    const run = depositRun({
      areaCm2: 60,
      efficiency: 0.95,
      steps: [
        { currentA: 0.5, minutes: 10 },
        { currentA: 0.15, minutes: 300 },
      ],
    });
    expectClose(run.chargeAh, 0.833333);
    expectClose(run.chargeC, 3000);
    expectClose(run.massG, 0.938516);
    // δ = m/(ρ·A) = 0.938516 g / (8.96 g/cm³ · 60 cm²) = 1.74575e-3 cm = 17.4575 µm
    expectClose(run.thicknessUm, 17.4575);
    expectClose(run.hours, 5 + 10 / 60);
    expect(run.units).toMatchObject({ chargeC: 'C', chargeAh: 'Ah', massG: 'g', thicknessUm: 'um' });
  });

  it('5: 272.089 s per µm at 1 A/dm², η = 1; 270.5 s/µm is 0.59 % off', () => {
    expectClose(secondsPerMicrometre(1, 1), 272.089);
    expectClose(secondsPerMicrometre(1, 1) / 270.5 - 1, 0.005874, 1e-3);
  });
});

describe('Faraday primitives (hand-computed)', () => {
  it('Q = I·t', () => {
    expect(chargeCoulombs(0.15, 18_000)).toBe(2700);
  });

  it('m = Q·η·M/(nF) and its inverse', () => {
    // 10 000 C at η = 0.9: 10 000 · 0.9 · 63.546 / 192 970.66424 = 2.963737 g
    expectClose(massFromCharge(10_000, 0.9), (10_000 * 0.9 * M) / (2 * F));
    expectClose(massFromCharge(10_000, 0.9), 2.963737);
    expectClose(chargeForMass(massFromCharge(12_345, 0.87), 0.87), 12_345, 1e-12);
  });

  it('uses the default efficiency 0.95 when none is given', () => {
    expectClose(massFromCharge(3000), 3000 * 0.95 * ECE);
  });

  it('converts between mass and thickness with ρ = 8.96 g/cm³', () => {
    // 250 µm over 60 cm²: 8.96 · 60 · 0.025 = 13.44 g
    expectClose(massFromThickness(250, 60), 13.44);
    expectClose(thicknessFromMass(13.44, 60), 250);
    expectClose(thicknessFromMass(1, 1), (1 / RHO) * 10_000);
  });
});

describe('multi-step runs', () => {
  const steps = [
    { currentA: 1.2, minutes: 5 },
    { currentA: 0.6, minutes: 120 },
    { currentA: 0.45, minutes: 600 },
  ];
  const run = depositRun({ areaCm2: 40, steps });

  it('adds charge, mass and thickness step by step', () => {
    // Q = 1.2·300 + 0.6·7200 + 0.45·36 000 = 360 + 4320 + 16 200 = 20 880 C
    expectClose(run.chargeC, 20_880);
    expectClose(run.chargeAh, 5.8);
    expectClose(run.massG, 20_880 * 0.95 * ECE);
    expectClose(run.thicknessUm, ((20_880 * 0.95 * ECE) / (RHO * 40)) * 1e4);
    const sum = (key: 'chargeC' | 'massG' | 'thicknessUm') => run.steps.reduce((s, x) => s + x[key], 0);
    expectClose(sum('chargeC'), run.chargeC, 1e-12);
    expectClose(sum('massG'), run.massG, 1e-12);
    expectClose(run.steps.at(-1)?.cumulativeThicknessUm, run.thicknessUm, 1e-12);
    expectClose(run.averageCurrentA, 20_880 / (725 * 60), 1e-12);
  });

  it('reports the current density of each step', () => {
    // 40 cm² = 0.4 dm²: 1.2 A → 3 A/dm², 0.6 A → 1.5, 0.45 A → 1.125
    expect(run.steps.map((s) => s.currentDensityAdm2)).toEqual(
      [3, 1.5, 1.125].map((x) => expect.closeTo(x, 10)),
    );
  });

  it('shows the working with formula, numbers and unit', () => {
    const mass = run.working.find((w) => w.key === 'electroforming:working.faradayMass');
    expect(mass?.formula).toBe('m = Q·η·M/(n·F)');
    expect(mass?.substituted).toContain('63.546');
    expect(mass?.substituted).toContain('96485.33212');
    expect(mass?.result.unit).toBe('g');
    expectClose(mass?.result.value, run.massG, 1e-12);
    const stepKeys = run.working.filter((w) => w.key === 'electroforming:working.stepCharge');
    expect(stepKeys.map((w) => w.params?.step)).toEqual([1, 2, 3]);
    expect(run.working.some((w) => w.key === 'electroforming:working.totalCharge')).toBe(true);
  });

  it('warns per step outside the craft window and on thin leaves', () => {
    const hot = depositRun({ areaCm2: 60, steps: [{ currentA: 3, minutes: 5 }] });
    // 3 A on 0.6 dm² = 5 A/dm²: above 3 A/dm² craft limit, below 10.8 burning limit
    expect(hot.warnings.map((w) => [w.code, w.field])).toEqual([
      ['currentDensityHigh', 'steps.0.currentA'],
      ['thicknessThin', 'thicknessUm'],
    ]);
    expect(hot.warnings[0].key).toBe('electroforming:warnings.currentDensityHigh');
    expectClose(hot.warnings[0].params.value as number, 5);
  });
});

describe('refusals', () => {
  it('names every wrong field at once', () => {
    const issues = issuesOf(() =>
      depositRun({
        areaCm2: -5,
        efficiency: 1.2,
        steps: [
          { currentA: 0.5, minutes: 0 },
          { currentA: Number.NaN, minutes: 10 },
        ],
      }),
    );
    expect(issues.map((i) => [i.field, i.key])).toEqual([
      ['areaCm2', 'electroforming:errors.areaRange'],
      ['efficiency', 'electroforming:errors.efficiencyRange'],
      ['steps.0.minutes', 'electroforming:errors.timeRange'],
      ['steps.1.currentA', 'electroforming:errors.currentRange'],
    ]);
    expect(issues[0].params).toMatchObject({ min: 0, max: 1_000_000, value: -5, unit: 'cm2' });
    // A NaN is not echoed back as a value (it would become null in JSON).
    expect(issues[3].params.value).toBeUndefined();
  });

  it.each([0, -0.1, 1.0001, Number.POSITIVE_INFINITY, Number.NaN])('refuses efficiency %s', (efficiency) => {
    expect(issuesOf(() => massFromCharge(100, efficiency))[0].field).toBe('efficiency');
  });

  it('refuses an empty run and an absurd density on a small piece', () => {
    expect(issuesOf(() => depositRun({ areaCm2: 60, steps: [] }))[0].key).toBe(
      'electroforming:errors.stepsRange',
    );
    // 5 A on 5 cm² = 100 A/dm²
    const [issue] = issuesOf(() => depositRun({ areaCm2: 5, steps: [{ currentA: 5, minutes: 1 }] }));
    expect(issue.field).toBe('steps.0.currentA');
    expect(issue.key).toBe('electroforming:errors.currentTooHighForArea');
    expectClose(issue.params.value as number, 100);
  });

  it('refuses zero or negative time and area in the primitives', () => {
    expect(issuesOf(() => chargeCoulombs(1, 0))[0].field).toBe('seconds');
    expect(issuesOf(() => thicknessFromMass(1, 0))[0].field).toBe('areaCm2');
    expect(issuesOf(() => depositRateUmPerHour(51, 1))[0].key).toBe(
      'electroforming:errors.currentDensityRange',
    );
  });

  it('never returns NaN or Infinity at the edges of the limits', () => {
    const outcomes = new Set<string>();
    for (const areaCm2 of [1e-9, 1, 1_000_000]) {
      for (const minutes of [1e-9, 600_000]) {
        for (const efficiency of [1e-9, 1]) {
          outcomes.add(
            expectFiniteOrRefused(() =>
              depositRun({ areaCm2, efficiency, steps: [{ currentA: 1e-6, minutes }] }),
            ),
          );
        }
      }
    }
    expect(outcomes.has('ok')).toBe(true);
  });
});
