import { describe, expect, it } from 'vitest';
import { convertExplained } from './convert';
import { expectClose, issuesOf } from './test-helpers';
import {
  AREA_UNITS,
  CURRENT_DENSITY_UNITS,
  convertArea,
  convertCurrentDensity,
  convertThickness,
  convertTime,
  convertUnit,
  QUANTITY_UNITS,
  type Quantity,
  THICKNESS_UNITS,
  TIME_UNITS,
  UNIT_IDS,
  UNIT_SYMBOLS,
} from './units';

describe('unit conversions', () => {
  it('current density', () => {
    // 1 A/in² = 1 A / 6.4516 cm² = 100/6.4516 A/dm² = 15.50003 A/dm²
    expectClose(convertCurrentDensity(1, 'A/in2', 'A/dm2'), 15.50003);
    // 0.1 A/in² is the craft 1.5 A/dm² rule of thumb
    expectClose(convertCurrentDensity(0.1, 'A/in2', 'A/dm2'), 1.550003);
    // 1 A/dm² = 929.0304/100 A/ft² = 9.290304 A/ft²
    expectClose(convertCurrentDensity(1, 'A/dm2', 'A/ft2'), 9.290304);
    expectClose(convertCurrentDensity(20, 'A/ft2', 'A/dm2'), 20 / 9.290304);
    expectClose(convertCurrentDensity(0.015, 'A/cm2', 'A/dm2'), 1.5);
    // 1 A/in² = 144 A/ft²
    expectClose(convertCurrentDensity(1, 'A/in2', 'A/ft2'), 144);
  });

  it('thickness: 1 mil = 25.4 µm, 1 mm = 1000 µm', () => {
    expectClose(convertThickness(1, 'mil', 'um'), 25.4);
    expectClose(convertThickness(250, 'um', 'mil'), 250 / 25.4);
    expectClose(convertThickness(0.3, 'mm', 'um'), 300);
    expectClose(convertThickness(10, 'mil', 'mm'), 0.254);
  });

  it('area: dm², in², ft², mm², m²', () => {
    expectClose(convertArea(60, 'cm2', 'dm2'), 0.6);
    expectClose(convertArea(1, 'in2', 'cm2'), 6.4516);
    expectClose(convertArea(1, 'ft2', 'cm2'), 929.0304);
    expectClose(convertArea(1, 'ft2', 'in2'), 144);
    expectClose(convertArea(250, 'mm2', 'cm2'), 2.5);
    expectClose(convertArea(1, 'm2', 'dm2'), 100);
  });

  it('time', () => {
    expectClose(convertTime(1.5, 'h', 'min'), 90);
    expectClose(convertTime(272.089, 's', 'min'), 4.534817);
    expect(convertTime(0, 'h', 's')).toBe(0);
  });

  it('round-trips between every pair of units of a quantity', () => {
    for (const [quantity, units] of Object.entries(QUANTITY_UNITS) as [Quantity, readonly string[]][]) {
      for (const from of units) {
        for (const to of units) {
          const there = convertUnit(quantity, 3.7, from as never, to as never);
          expectClose(convertUnit(quantity, there, to as never, from as never), 3.7, 1e-12);
        }
      }
    }
  });

  it('has a display symbol for every unit id', () => {
    for (const id of UNIT_IDS) expect(UNIT_SYMBOLS[id]).toBeTypeOf('string');
    expect(UNIT_SYMBOLS.um).toBe('\u00b5m');
    expect(UNIT_SYMBOLS['A/dm2']).toBe('A/dm²');
    expect(new Set(UNIT_IDS).size).toBe(UNIT_IDS.length);
    expect(
      [...CURRENT_DENSITY_UNITS, ...THICKNESS_UNITS, ...AREA_UNITS, ...TIME_UNITS].every((u) =>
        UNIT_IDS.includes(u),
      ),
    ).toBe(true);
  });

  it('refuses negative, non-finite values and unknown units', () => {
    expect(issuesOf(() => convertThickness(-1, 'um', 'mm'))[0].key).toBe('electroforming:errors.valueRange');
    expect(issuesOf(() => convertThickness(Number.POSITIVE_INFINITY, 'um', 'mm'))[0].field).toBe('value');
    expect(issuesOf(() => convertThickness(1, 'um', 'inch' as never))[0]).toMatchObject({
      field: 'to',
      key: 'electroforming:errors.unknownUnit',
    });
    expect(issuesOf(() => convertUnit('mass' as never, 1, 'g' as never, 'kg' as never))[0].field).toBe(
      'quantity',
    );
    // `toString` is on every object's prototype; it must not pass as a unit.
    expect(issuesOf(() => convertArea(1, 'toString' as never, 'cm2'))[0].field).toBe('from');
  });

  it('explains a conversion', () => {
    const r = convertExplained({ quantity: 'thickness', value: 2, from: 'mil', to: 'um' });
    expectClose(r.value, 50.8);
    expect(r.units.value).toBe('um');
    expect(r.working[0].substituted).toBe('2 mil · 25.4 um/mil = 50.8 µm');
  });
});
