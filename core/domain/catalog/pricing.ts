/** A quantity tier: from `minQuantity` pieces on, each costs `priceIdr`. */
export type PriceTier = { minQuantity: number; priceIdr: number };

export type Currency = 'IDR' | 'USD' | 'EUR';
export const CURRENCIES: readonly Currency[] = ['IDR', 'USD', 'EUR'];

/** The unit price for an order of `quantity`, from the base price and the tiers. */
export function unitPriceFor(basePriceIdr: number, tiers: readonly PriceTier[], quantity: number): number {
  let price = basePriceIdr;
  let best = 0;
  for (const tier of tiers) {
    if (quantity >= tier.minQuantity && tier.minQuantity >= best) {
      best = tier.minQuantity;
      price = tier.priceIdr;
    }
  }
  return price;
}

/** Tiers must start above 1 piece, rise in quantity and not rise in price; returns the index of the first bad tier. */
export function firstBadTier(basePriceIdr: number, tiers: readonly PriceTier[]): number | null {
  let lastQty = 1;
  let lastPrice = basePriceIdr;
  for (const [i, tier] of tiers.entries()) {
    if (tier.minQuantity <= lastQty || tier.priceIdr > lastPrice) return i;
    lastQty = tier.minQuantity;
    lastPrice = tier.priceIdr;
  }
  return null;
}

/** An amount in rupiah in another currency at `idrPerUnit` rupiah per unit, to the cent. */
export function convertIdr(amountIdr: number, idrPerUnit: number): number {
  return Math.round((amountIdr / idrPerUnit) * 100) / 100;
}

/** Price bands of the public filter, in rupiah per piece. */
export const PRICE_BANDS = {
  under50k: [0, 50_000],
  '50k-250k': [50_000, 250_000],
  '250k-1m': [250_000, 1_000_000],
  over1m: [1_000_000, null],
} as const satisfies Record<string, readonly [number, number | null]>;
export type PriceBand = keyof typeof PRICE_BANDS;
