import { describe, expect, it } from 'vitest';
import { areaFromDimensions, areaFromPhoto } from './area';
import { REFERENCE_COINS } from './coins';
import { expectClose, issuesOf } from './test-helpers';

describe('area from length × width', () => {
  it('8 cm × 5 cm leaf, k 0.7, both faces = 56 cm²', () => {
    const r = areaFromDimensions({ lengthCm: 8, widthCm: 5 });
    expectClose(r.perFaceCm2, 28);
    expectClose(r.areaCm2, 56);
    expectClose(r.areaDm2, 0.56);
    expectClose(r.areaIn2, 56 / 6.4516);
    expect(r.warnings).toEqual([]);
    expect(r.working.map((w) => w.formula)).toEqual(['A₁ = L·W·k', 'A = A₁·n']);
  });

  it('one face, own shape factor, warns on an unusual factor', () => {
    const r = areaFromDimensions({ lengthCm: 4, widthCm: 4, shapeFactor: 0.95, faces: 1 });
    expectClose(r.areaCm2, 15.2);
    expect(r.warnings[0]).toMatchObject({ code: 'shapeFactorUnusual', field: 'shapeFactor' });
  });

  it('refuses nonsense', () => {
    const issues = issuesOf(() =>
      areaFromDimensions({ lengthCm: 0, widthCm: -2, shapeFactor: 1.5, faces: 1.5 }),
    );
    expect(issues.map((i) => i.field)).toEqual(['lengthCm', 'widthCm', 'shapeFactor', 'faces']);
  });
});

describe('area from a photo with a reference coin', () => {
  // Rp1.000 coin: d = 24.1 mm → π · 12.05² = 456.1671 mm² = 4.561671 cm²
  const RP1000_CM2 = 4.561671;

  it('object 3× the coin, two faces', () => {
    const r = areaFromPhoto({ objectPixels: 30_000, coinPixels: 10_000 });
    expectClose(r.coinAreaCm2, RP1000_CM2);
    expectClose(r.perFaceCm2, 3 * RP1000_CM2);
    expectClose(r.areaCm2, 6 * RP1000_CM2);
    expect(r.coinDiameterMm).toBe(24.1);
    expectClose(r.cm2PerPixel, RP1000_CM2 / 10_000);
  });

  it('accepts another coin or a measured diameter', () => {
    const quarter = areaFromPhoto({ objectPixels: 5000, coinPixels: 5000, coinId: 'usd-quarter', faces: 1 });
    expectClose(quarter.areaCm2, (Math.PI * 1.213 ** 2) / 1);
    const own = areaFromPhoto({
      objectPixels: 12_000,
      coinPixels: 4000,
      coinDiameterMm: 20,
      coinId: 'eur-1',
    });
    // diameter wins over id: π · 1² cm² · 3 · 2
    expectClose(own.areaCm2, Math.PI * 6);
    const custom = areaFromPhoto({
      objectPixels: 4000,
      coinPixels: 4000,
      coinId: 'x',
      coins: [{ id: 'x', name: 'X', diameterMm: 10, country: 'ID' }],
    });
    expectClose(custom.perFaceCm2, Math.PI * 0.25);
  });

  it('warns when the coin is too few pixels for accuracy', () => {
    expect(areaFromPhoto({ objectPixels: 3000, coinPixels: 800 }).warnings[0].code).toBe('photoCoinSmall');
  });

  it('refuses missing objects and unknown coins', () => {
    expect(issuesOf(() => areaFromPhoto({ objectPixels: 0, coinPixels: 100 }))[0].field).toBe('objectPixels');
    expect(issuesOf(() => areaFromPhoto({ objectPixels: 10, coinPixels: 0 }))[0].field).toBe('coinPixels');
    expect(
      issuesOf(() => areaFromPhoto({ objectPixels: 10, coinPixels: 10, coinId: 'idr-5' }))[0],
    ).toMatchObject({
      field: 'coinId',
      key: 'electroforming:errors.unknownCoin',
    });
  });
});

describe('reference coins', () => {
  it('has the common Indonesian coins and two foreign ones', () => {
    const byId = Object.fromEntries(REFERENCE_COINS.map((c) => [c.id, c.diameterMm]));
    expect(byId).toEqual({
      'idr-1000-2016': 24.1,
      'idr-500-2016': 27,
      'idr-200-2016': 25,
      'idr-100-2016': 23,
      'usd-quarter': 24.26,
      'eur-1': 23.25,
    });
  });
});
