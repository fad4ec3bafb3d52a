import { describe, expect, it } from 'vitest';
import { currentFromDensity, densityFromCurrent } from './current';
import { expectClose, issuesOf } from './test-helpers';

describe('current from density ("what current do I set?")', () => {
  it('reference 3: 60 cm² at 1.5 A/dm² → 0.900 A; at 0.1 A/in² → 0.930 A', () => {
    const a = currentFromDensity({ areaCm2: 60, currentDensityAdm2: 1.5 });
    expect(a.currentA).toBe(0.9);
    expect(a.units.currentA).toBe('A');
    const b = currentFromDensity({ areaCm2: 60, currentDensity: 0.1, currentDensityUnit: 'A/in2' });
    expectClose(b.currentA, 0.93);
    // 0.1 A per 6.4516 cm², times 60 cm²
    expectClose(b.currentA, (0.1 / 6.4516) * 60);
    expectClose(b.currentDensityAdm2, 1.550003);
    expect(b.working.map((w) => w.key)).toContain('electroforming:working.convertDensity');
  });

  it('lists the density in every unit', () => {
    const r = currentFromDensity({ areaCm2: 25, currentDensity: 10, currentDensityUnit: 'A/ft2' });
    // 10 A/ft² = 10/929.0304 A/cm² → on 25 cm²: 0.269098 A
    expectClose(r.currentA, (10 / 929.0304) * 25);
    expectClose(r.currentDensities['A/ft2'], 10);
    expectClose(r.currentDensities['A/dm2'], 1.076391);
    expectClose(r.currentDensities['A/in2'], 10 / 144);
    expectClose(r.currentDensities['A/cm2'], 0.01076391);
    expect(r.warnings).toEqual([]);
  });

  it('warns outside the craft window, refuses absurd densities in any unit', () => {
    expect(currentFromDensity({ areaCm2: 60, currentDensityAdm2: 5 }).warnings[0].code).toBe(
      'currentDensityHigh',
    );
    expect(currentFromDensity({ areaCm2: 60, currentDensityAdm2: 0.2 }).warnings[0].code).toBe(
      'currentDensityLow',
    );
    // 1 A/cm² = 100 A/dm²
    expect(
      issuesOf(() => currentFromDensity({ areaCm2: 60, currentDensity: 1, currentDensityUnit: 'A/cm2' }))[0],
    ).toMatchObject({
      field: 'currentDensity',
      key: 'electroforming:errors.currentDensityRange',
    });
    expect(issuesOf(() => currentFromDensity({ areaCm2: 60, currentDensityAdm2: 0 }))[0].field).toBe(
      'currentDensityAdm2',
    );
    expect(issuesOf(() => currentFromDensity({ areaCm2: 60 }))[0].key).toBe(
      'electroforming:errors.densityOneOf',
    );
    expect(issuesOf(() => currentFromDensity({ areaCm2: -60, currentDensityAdm2: 1 }))[0].field).toBe(
      'areaCm2',
    );
    expect(
      issuesOf(() =>
        currentFromDensity({ areaCm2: 60, currentDensity: 1, currentDensityUnit: 'A/m2' as never }),
      )[0].field,
    ).toBe('currentDensityUnit');
  });
});

describe('density from current', () => {
  it('0.9 A on 60 cm² is 1.5 A/dm²', () => {
    const r = densityFromCurrent({ areaCm2: 60, currentA: 0.9 });
    expectClose(r.currentDensityAdm2, 1.5);
    expect(r.working.at(-1)?.formula).toBe('J = I/A');
  });

  it('moves window warnings to the current field and refuses an absurd density', () => {
    expect(densityFromCurrent({ areaCm2: 60, currentA: 2.4 }).warnings[0]).toMatchObject({
      code: 'currentDensityHigh',
      field: 'currentA',
    });
    expect(issuesOf(() => densityFromCurrent({ areaCm2: 1, currentA: 1 }))[0].key).toBe(
      'electroforming:errors.currentTooHighForArea',
    );
  });
});
