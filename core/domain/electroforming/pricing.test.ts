import { describe, expect, it } from 'vitest';
import { priceProduct } from './pricing';
import { expectClose, issuesOf } from './test-helpers';

describe('cost of goods and prices', () => {
  it('issue example: overhead is a percentage on top of materials + labour', () => {
    const r = priceProduct({
      materialsIdr: 15_000,
      labourHours: 1.5,
      labourRateIdr: 20_000,
      overheadPct: 10,
      wholesaleMultiplier: 2,
      retailMultiplier: 2,
    });
    // direct = 15 000 + 1.5 · 20 000 = 45 000; HPP = 45 000 · 1.10 = 49 500
    expect(r.labourIdr).toBe(30_000);
    expect(r.directCostIdr).toBe(45_000);
    expectClose(r.overheadIdr, 4500);
    expectClose(r.costIdr, 49_500);
    expectClose(r.wholesaleIdr, 99_000);
    expectClose(r.retailIdr, 198_000);
    expect(r.breakdown.map((l) => [l.item, l.idr])).toEqual([
      ['materials', 15_000],
      ['labour', 30_000],
      ['overhead', expect.closeTo(4500, 9)],
    ]);
    expectClose(
      r.breakdown.reduce((s, l) => s + l.share, 0),
      1,
      1e-12,
    );
  });

  it('itemised pendant with electricity and export prices', () => {
    const r = priceProduct({
      copperIdr: 2016,
      paintIdr: 3000,
      sealantIdr: 1500,
      findingsIdr: 12_000,
      electricityIdr: 64,
      labourHours: 2,
      labourRateIdr: 15_000,
      overheadPct: 15,
      wholesaleMultiplier: 2.2,
      retailMultiplier: 1.8,
      idrPerUsd: 16_000,
      idrPerEur: 17_500,
    });
    // materials 18 516; direct 18 516 + 64 + 30 000 = 48 580; HPP · 1.15 = 55 867
    expectClose(r.materialsIdr, 18_516);
    expectClose(r.directCostIdr, 48_580);
    expectClose(r.costIdr, 55_867);
    // 55 867 · 2.2 = 122 907.4 → up to Rp 1.000 = 123 000; · 1.8 = 221 400 → 222 000.
    expect(r.rounding).toBe('up1000');
    expect(r.wholesaleIdr).toBe(123_000);
    expect(r.retailIdr).toBe(222_000);
    expectClose(r.wholesaleUsd, 123_000 / 16_000);
    expectClose(r.retailEur, 222_000 / 17_500);
    expect(r.units).toMatchObject({ costIdr: 'IDR', wholesaleUsd: 'USD', retailEur: 'EUR' });
    expect(r.breakdown.map((l) => l.item)).toEqual([
      'copper',
      'paint',
      'sealant',
      'findings',
      'electricity',
      'labour',
      'overhead',
    ]);
    expect(r.breakdown[0].key).toBe('electroforming:cost.items.copper');
  });

  it('defaults: no labour, no overhead, multipliers 2 and 2, no export figures', () => {
    const r = priceProduct({ materialsIdr: 10_000 });
    expect([r.costIdr, r.wholesaleIdr, r.retailIdr]).toEqual([10_000, 20_000, 40_000]);
    expect(r.wholesaleUsd).toBeUndefined();
    expect(Object.keys(r.units)).not.toContain('wholesaleUsd');
  });

  it('a zero cost gives zero shares, not NaN', () => {
    const r = priceProduct({});
    expect(r.costIdr).toBe(0);
    expect(r.breakdown).toEqual([]);
  });

  it('warns when a multiplier sells below cost, refuses nonsense', () => {
    expect(priceProduct({ materialsIdr: 1, wholesaleMultiplier: 0.9 }).warnings[0]).toMatchObject({
      code: 'multiplierBelowOne',
      field: 'wholesaleMultiplier',
    });
    const issues = issuesOf(() =>
      priceProduct({ materialsIdr: -1, labourHours: -2, overheadPct: -5, retailMultiplier: 0, idrPerUsd: 0 }),
    );
    expect(issues.map((i) => i.field)).toEqual([
      'materialsIdr',
      'labourHours',
      'overheadPct',
      'retailMultiplier',
      'idrPerUsd',
    ]);
  });

  it('rounds prices by the chosen rule, never leaving Rp …999', () => {
    // 114 999.5 of cost → wholesale 229 999 → the figures makers complained about.
    const base = { materialsIdr: 114_999.5, wholesaleMultiplier: 2, retailMultiplier: 2 };
    const byRule = (rounding: 'up1000' | 'up500' | 'charm' | 'exact') => {
      const r = priceProduct({ ...base, rounding });
      return [r.wholesaleIdr, r.retailIdr];
    };
    expect(byRule('up1000')).toEqual([230_000, 460_000]);
    expect(priceProduct(base).wholesaleIdr).toBe(230_000);
    expect(byRule('up500')).toEqual([230_000, 460_000]);
    expect(byRule('charm')).toEqual([229_900, 459_900]);
    expect(byRule('exact')).toEqual([229_999, 459_998]);
    expect(priceProduct({ ...base, rounding: 'charm' }).working.at(-1)?.params).toEqual({ rule: 'charm' });
  });
});
