import { describe, expect, it } from 'vitest';
import { platingTime, SOLVE_FOR, solvePlating, thicknessAfter } from './solve';
import { expectClose, expectFiniteOrRefused, issuesOf } from './test-helpers';

// v₁ = growth at 1 A/dm², η = 1: 0.01 A/cm² · 3600 s · 63.546 / (2 · 96485.33212 · 8.96) · 10⁴ µm/cm
const V1 = ((0.01 * 3600 * 63.546) / (2 * 96485.33212 * 8.96)) * 1e4;

describe('reference cases', () => {
  it('2: 200 µm at 2 A/dm², η = 0.95 takes 7.9558 h', () => {
    const r = solvePlating({ solveFor: 'time', currentDensityAdm2: 2, efficiency: 0.95, thicknessUm: 200 });
    expectClose(r.hours, 7.9558);
    expectClose(r.depositRateUmPerHour, 25.1388);
    expect(r.currentA).toBeUndefined();
  });

  it('sanity of the hand constant', () => {
    expectClose(V1, 13.231);
  });
});

describe('time ("how long do I plate this leaf?")', () => {
  it('60 cm² at 1.5 A/dm², η 0.95, 250 µm', () => {
    const r = platingTime({ areaCm2: 60, currentDensityAdm2: 1.5, efficiency: 0.95, thicknessUm: 250 });
    // m = 8.96 · 60 · 0.025 = 13.44 g; I = 1.5 · 0.6 = 0.9 A;
    // t = m / (I · η · 1.185494 g/Ah) = 13.44 / (0.9 · 0.95 · 1.185494) = 13.2597 h
    expectClose(r.massG, 13.44);
    expectClose(r.currentA, 0.9);
    expectClose(r.hours, 13.2597);
    expectClose(r.hours, 250 / (1.5 * 0.95 * V1));
    expectClose(r.chargeAh, 0.9 * r.hours);
    expect(r.units).toMatchObject({ hours: 'h', currentA: 'A', massG: 'g' });
    expect(r.warnings).toEqual([]);
  });

  it('accepts the drive as a current instead of a density', () => {
    const byCurrent = platingTime({ areaCm2: 60, currentA: 0.9, thicknessUm: 250 });
    const byDensity = platingTime({ areaCm2: 60, currentDensityAdm2: 1.5, thicknessUm: 250 });
    expectClose(byCurrent.hours, byDensity.hours, 1e-12);
    expectClose(byCurrent.currentDensityAdm2, 1.5, 1e-12);
    expect(byCurrent.working.some((w) => w.key === 'electroforming:working.currentDensity')).toBe(true);
  });
});

describe('thickness ("how thick after N hours?")', () => {
  it('1.2 A/dm² for 10 h at η 0.9', () => {
    const r = thicknessAfter({ areaCm2: 45, currentDensityAdm2: 1.2, efficiency: 0.9, hours: 10 });
    expectClose(r.thicknessUm, 1.2 * 0.9 * V1 * 10);
    expectClose(r.thicknessUm, 142.8944);
    // I = 1.2 A/dm² · 0.45 dm² = 0.54 A; m = 0.54 · 10 · 0.9 · 1.185494 = 5.761501 g
    expectClose(r.currentA, 0.54);
    expectClose(r.massG, 5.761501);
    expect(r.warnings.map((w) => w.code)).toEqual(['thicknessThin']);
  });

  it('does not need the area when the density is given', () => {
    const r = solvePlating({ solveFor: 'thickness', currentDensityAdm2: 1, efficiency: 1, hours: 1 });
    expectClose(r.thicknessUm, 13.231);
    expect(r.massG).toBeUndefined();
    expect(Object.keys(r.units)).not.toContain('massG');
  });
});

describe('current density and current', () => {
  it('solves the density for 250 µm in 12 h', () => {
    const r = solvePlating({ solveFor: 'currentDensity', thicknessUm: 250, hours: 12, efficiency: 0.95 });
    expectClose(r.currentDensityAdm2, 250 / (12 * 0.95 * V1));
    expectClose(r.currentDensityAdm2, 1.657463);
  });

  it('solves the current for a leaf of 30 cm² per face', () => {
    const r = solvePlating({
      solveFor: 'current',
      areaCm2: 60,
      thicknessUm: 200,
      hours: 8,
      efficiency: 0.95,
    });
    // J = 200 / (8 · 0.95 · 13.23096) = 1.988955 A/dm²; I = J · 0.6 dm²
    expectClose(r.currentDensityAdm2, 1.988955);
    expectClose(r.currentA, 1.988955 * 0.6);
    expectClose(r.massG, 8.96 * 60 * 0.02);
  });
});

describe('round trips', () => {
  const cases = [
    { areaCm2: 60, currentDensityAdm2: 1.5, efficiency: 0.95, hours: 13 },
    { areaCm2: 12.5, currentDensityAdm2: 0.7, efficiency: 0.8, hours: 30 },
    { areaCm2: 300, currentDensityAdm2: 2.8, efficiency: 1, hours: 2.5 },
  ];
  it.each(cases)('thickness → time → density → current agree for %o', (c) => {
    const thickness = solvePlating({ ...c, solveFor: 'thickness' });
    const time = solvePlating({
      ...c,
      hours: undefined,
      thicknessUm: thickness.thicknessUm,
      solveFor: 'time',
    });
    expectClose(time.hours, c.hours, 1e-12);
    const density = solvePlating({
      ...c,
      currentDensityAdm2: undefined,
      thicknessUm: thickness.thicknessUm,
      solveFor: 'currentDensity',
    });
    expectClose(density.currentDensityAdm2, c.currentDensityAdm2, 1e-12);
    const current = solvePlating({
      ...c,
      currentDensityAdm2: undefined,
      thicknessUm: thickness.thicknessUm,
      solveFor: 'current',
    });
    expectClose(current.currentA, (c.currentDensityAdm2 * c.areaCm2) / 100, 1e-12);
    expectClose(current.massG, thickness.massG as number, 1e-12);
  });
});

describe('warnings', () => {
  it.each([
    [0.3, 'currentDensityLow'],
    [4, 'currentDensityHigh'],
    [12, 'currentDensityVeryHigh'],
  ])('%s A/dm² warns %s (never refuses)', (currentDensityAdm2, code) => {
    const r = solvePlating({ solveFor: 'time', currentDensityAdm2, thicknessUm: 200 });
    expect(r.warnings.map((w) => w.code)).toEqual([code]);
    expect(r.warnings[0].field).toBe('currentDensityAdm2');
    expect(r.warnings[0].params).toMatchObject({
      value: currentDensityAdm2,
      min: 0.5,
      max: 3,
      unit: 'A/dm2',
    });
  });

  it('uses the industrial window when asked', () => {
    const r = solvePlating({
      solveFor: 'time',
      currentDensityAdm2: 4,
      thicknessUm: 200,
      operatingWindow: 'industrial',
    });
    expect(r.warnings).toEqual([]);
    const low = solvePlating({
      solveFor: 'time',
      currentDensityAdm2: 1.5,
      thicknessUm: 200,
      operatingWindow: 'industrial',
    });
    expect(low.warnings.map((w) => w.code)).toEqual(['currentDensityLow']);
  });

  it('warns on thick shells and on a solved density that would burn', () => {
    const r = solvePlating({ solveFor: 'currentDensity', thicknessUm: 400, hours: 1 });
    expect(r.warnings.map((w) => w.code)).toEqual(['currentDensityVeryHigh', 'thicknessThick']);
    expect(Number.isFinite(r.currentDensityAdm2)).toBe(true);
  });
});

describe('refusals', () => {
  it('needs exactly one of current and density', () => {
    expect(issuesOf(() => solvePlating({ solveFor: 'time', thicknessUm: 100 }))[0].key).toBe(
      'electroforming:errors.currentOrDensity',
    );
    const both = issuesOf(() =>
      solvePlating({ solveFor: 'time', areaCm2: 60, thicknessUm: 100, currentA: 1, currentDensityAdm2: 1 }),
    );
    expect(both.map((i) => i.key)).toEqual(['electroforming:errors.currentOrDensity']);
  });

  it('names the missing fields of a solve', () => {
    const issues = issuesOf(() => solvePlating({ solveFor: 'current', efficiency: 0.95 }));
    expect(issues.map((i) => i.field).sort()).toEqual(['areaCm2', 'hours', 'thicknessUm']);
    expect(issues.every((i) => i.key === 'electroforming:errors.solveNeedsField')).toBe(true);
    expect(issuesOf(() => solvePlating({ solveFor: 'time', currentA: 1, thicknessUm: 100 }))[0].field).toBe(
      'areaCm2',
    );
  });

  it('refuses zero time, zero area, absurd density and unknown targets', () => {
    expect(
      issuesOf(() => solvePlating({ solveFor: 'thickness', currentDensityAdm2: 1, hours: 0 }))[0].field,
    ).toBe('hours');
    expect(issuesOf(() => platingTime({ areaCm2: 0, currentDensityAdm2: 1, thicknessUm: 1 }))[0].field).toBe(
      'areaCm2',
    );
    expect(
      issuesOf(() => solvePlating({ solveFor: 'time', currentDensityAdm2: 50.1, thicknessUm: 1 }))[0].key,
    ).toBe('electroforming:errors.currentDensityRange');
    // 2 A on 2 cm² = 100 A/dm²
    expect(issuesOf(() => platingTime({ areaCm2: 2, currentA: 2, thicknessUm: 100 }))[0]).toMatchObject({
      field: 'currentA',
      key: 'electroforming:errors.currentTooHighForArea',
    });
    expect(
      issuesOf(() => solvePlating({ solveFor: 'mass' as never, thicknessUm: 1, hours: 1 }))[0].field,
    ).toBe('solveFor');
    expect(
      issuesOf(() =>
        solvePlating({
          solveFor: 'time',
          currentDensityAdm2: 1,
          thicknessUm: 1,
          operatingWindow: 'x' as never,
        }),
      )[0].field,
    ).toBe('operatingWindow');
  });

  it('never returns NaN or Infinity at the edges of the limits', () => {
    for (const solveFor of SOLVE_FOR) {
      for (const tiny of [Number.MIN_VALUE, 1e-12, 1]) {
        expectFiniteOrRefused(() =>
          solvePlating({
            solveFor,
            areaCm2: tiny,
            efficiency: tiny,
            thicknessUm: 10_000,
            hours: tiny,
            currentDensityAdm2: solveFor === 'thickness' || solveFor === 'time' ? tiny : undefined,
          }),
        );
        expectFiniteOrRefused(() =>
          solvePlating({
            solveFor,
            areaCm2: 1_000_000,
            efficiency: 1,
            thicknessUm: tiny,
            hours: 10_000,
            currentDensityAdm2: 50,
          }),
        );
      }
    }
  });
});
