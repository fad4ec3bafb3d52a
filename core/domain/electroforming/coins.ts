/**
 * Reference coins for measuring area from a photo. The list is data, not code: the web and
 * the server may pass their own list (or a diameter) to the area functions.
 */
export type ReferenceCoin = {
  id: string;
  /** Proper name of the coin; not translated. */
  name: string;
  diameterMm: number;
  country: 'ID' | 'US' | 'EU';
};

export const DEFAULT_COIN_ID = 'idr-1000-2016';

export const REFERENCE_COINS: readonly ReferenceCoin[] = [
  { id: 'idr-1000-2016', name: 'Rp1.000 (2010/2016)', diameterMm: 24.1, country: 'ID' },
  { id: 'idr-500-2016', name: 'Rp500 (2016)', diameterMm: 27, country: 'ID' },
  { id: 'idr-200-2016', name: 'Rp200 (2016)', diameterMm: 25, country: 'ID' },
  { id: 'idr-100-2016', name: 'Rp100 (2016)', diameterMm: 23, country: 'ID' },
  { id: 'usd-quarter', name: 'US quarter dollar', diameterMm: 24.26, country: 'US' },
  { id: 'eur-1', name: '1 euro', diameterMm: 23.25, country: 'EU' },
];

export function findCoin(
  id: string,
  coins: readonly ReferenceCoin[] = REFERENCE_COINS,
): ReferenceCoin | undefined {
  return coins.find((coin) => coin.id === id);
}
