import { describe, expect, it } from 'vitest';
import { makeUpBath, SAFETY_NOTE_KEYS } from './bath';
import { expectClose, issuesOf } from './test-helpers';

describe('bath make-up', () => {
  it('1 L at 200 g/L CuSO₄·5H₂O, 60 g/L H₂SO₄, 50 ppm Cl⁻', () => {
    const r = makeUpBath({ volumeL: 1, copperSulfateGL: 200, sulfuricAcidGL: 60, chloridePpm: 50 });
    expectClose(r.copperSulfateG, 200);
    // 200 g · 63.546 / 249.68 = 50.90195 g of copper (25.45 %)
    expectClose(r.copperG, 50.90195);
    expectClose(r.copperGL, 50.90195);
    // 60 g of pure acid = 60 / 0.98 = 61.2245 g of stock = 61.2245 / 1.84 = 33.2742 mL
    expectClose(r.sulfuricAcidMl, 33.27418);
    // 50 mg Cl⁻ = 51.4218 mg HCl = 138.978 mg of 37 % stock = 0.117778 mL at 1.18 g/mL
    expectClose(r.chlorideMg, 50);
    expectClose(r.hydrochloricAcidMl, 0.1177779);
    expect(r.units).toMatchObject({
      copperSulfateG: 'g',
      copperG: 'g',
      sulfuricAcidMl: 'mL',
      hydrochloricAcidMl: 'mL',
    });
    expect(r.warnings).toEqual([]);
  });

  it('scales linearly with volume and honours other stock chemicals', () => {
    const r = makeUpBath({
      volumeL: 20,
      copperSulfateGL: 180,
      sulfuricAcidGL: 70,
      chloridePpm: 80,
      sulfuricAcidStockPct: 96,
      sulfuricAcidStockDensity: 1.835,
      hydrochloricAcidStockPct: 32,
      hydrochloricAcidStockDensity: 1.16,
    });
    expectClose(r.copperSulfateG, 3600);
    expectClose(r.sulfuricAcidMl, 1400 / 0.96 / 1.835);
    // 1600 mg Cl⁻ → 1.6 g / 0.97235 / 0.32 / 1.16 mL
    expectClose(r.hydrochloricAcidMl, 1.6 / 0.97235 / 0.32 / 1.16);
    expectClose(r.waterInitialL, 14);
  });

  it('uses a typical craft bath when the composition is left out', () => {
    const r = makeUpBath({ volumeL: 2 });
    expect([r.copperSulfateG, r.sulfuricAcidG, r.chlorideMg]).toEqual([400, 120, 120]);
    expect(r.warnings).toEqual([]);
  });

  it('lists acid-into-water first, and the procedure adds acid before the sulfate', () => {
    const r = makeUpBath({ volumeL: 1 });
    expect(r.safety[0]).toBe('electroforming:safety.acidIntoWater');
    expect(r.safety).toEqual([...SAFETY_NOTE_KEYS]);
    const steps = r.procedure.map((n) => n.key.split('.').at(-1));
    expect(steps.indexOf('water')).toBeLessThan(steps.indexOf('acid'));
    expect(r.procedure.find((n) => n.key.endsWith('.acid'))?.params.ml).toBeCloseTo(r.sulfuricAcidMl, 10);
  });

  it('warns (does not refuse) outside the windows', () => {
    const r = makeUpBath({
      volumeL: 1,
      copperSulfateGL: 120,
      sulfuricAcidGL: 100,
      chloridePpm: 150,
      temperatureC: 31,
    });
    expect(r.warnings.map((w) => [w.code, w.field])).toEqual([
      ['copperSulfateLow', 'copperSulfateGL'],
      ['sulfuricAcidHigh', 'sulfuricAcidGL'],
      ['chlorideHigh', 'chloridePpm'],
      ['temperatureHigh', 'temperatureC'],
    ]);
    expect(r.warnings[0].params).toEqual({ value: 120, min: 150, max: 248, unit: 'g/L' });
    const craft = makeUpBath({
      volumeL: 1,
      copperSulfateGL: 240,
      sulfuricAcidGL: 40,
      chloridePpm: 0,
      operatingWindow: 'craft',
    });
    expect(craft.warnings.map((w) => w.code)).toEqual([
      'copperSulfateHigh',
      'sulfuricAcidLow',
      'chlorideLow',
    ]);
    expect(craft.hydrochloricAcidMl).toBe(0);
    expect(makeUpBath({ volumeL: 1, temperatureC: 20 }).warnings.map((w) => w.code)).toEqual([
      'temperatureLow',
    ]);
  });

  it('refuses impossible baths', () => {
    const issues = issuesOf(() =>
      makeUpBath({
        volumeL: 0,
        copperSulfateGL: 500,
        sulfuricAcidGL: -1,
        chloridePpm: Number.NaN,
        sulfuricAcidStockPct: 0,
      }),
    );
    expect(issues.map((i) => i.field)).toEqual([
      'volumeL',
      'copperSulfateGL',
      'sulfuricAcidGL',
      'chloridePpm',
      'sulfuricAcidStockPct',
    ]);
  });
});
