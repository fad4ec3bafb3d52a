import { describe, expect, it } from 'vitest';
import { DEFAULT_PRICE_ROUNDING, roundPrice } from './price-rounding';

describe('roundPrice', () => {
  it.each([
    [229_999, 'up1000', 230_000],
    [229_999.99999999997, 'up1000', 230_000],
    [230_000.00000000003, 'up1000', 230_000],
    [459_999, 'up1000', 460_000],
    [99_220, 'up1000', 100_000],
    [12_250, 'up500', 12_500],
    [12_500, 'up500', 12_500],
    [229_999, 'charm', 229_900],
    [230_300, 'charm', 229_900],
    [230_600, 'charm', 230_900],
    [300, 'charm', 900],
    [229_999.4, 'exact', 229_999],
    [0, 'up1000', 0],
  ] as const)('%s with %s → %s', (idr, rule, expected) => {
    expect(roundPrice(idr, rule)).toBe(expected);
  });

  it('rounds up to Rp 1.000 unless told otherwise, so no price ends in …999', () => {
    expect(DEFAULT_PRICE_ROUNDING).toBe('up1000');
    expect(roundPrice(229_999)).toBe(230_000);
  });
});
