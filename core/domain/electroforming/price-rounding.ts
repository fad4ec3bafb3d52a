/**
 * How computed prices become prices a maker writes on a tag. A rule, chosen and shown, applied
 * once in core so the screen, the saved price sheet and its PDF/print carry the same figure.
 *
 * - `up1000` (default): up to the next Rp 1.000 — Rp 229.999 becomes Rp 230.000. Makers and
 *   shops in Malang price crafts in whole thousands; rounding UP never sells below the margin
 *   the multipliers were chosen for.
 * - `up500`: up to the next Rp 500, for small items (Rp 12.250 → Rp 12.500).
 * - `charm`: the nearest "…900" (Rp 229.999 → Rp 229.900, Rp 230.300 → Rp 229.900,
 *   Rp 230.600 → Rp 230.900) — retail-style pricing; never below Rp 900.
 * - `exact`: the nearest whole rupiah, nothing more.
 *
 * Costs (HPP) are never rounded beyond whole rupiah: they are facts, prices are decisions.
 */
export const PRICE_ROUNDINGS = ['up1000', 'up500', 'charm', 'exact'] as const;
export type PriceRounding = (typeof PRICE_ROUNDINGS)[number];
export const DEFAULT_PRICE_ROUNDING: PriceRounding = 'up1000';

/** Float noise below a thousandth of a rupiah (229999.99999999997) is not a real fraction. */
const clean = (idr: number) => Math.round(idr * 1000) / 1000;

export function roundPrice(idr: number, rule: PriceRounding = DEFAULT_PRICE_ROUNDING): number {
  if (!Number.isFinite(idr) || idr <= 0) return Math.max(0, Math.round(idr)) || 0;
  const x = clean(idr);
  switch (rule) {
    case 'up1000':
      return Math.ceil(x / 1000) * 1000;
    case 'up500':
      return Math.ceil(x / 500) * 500;
    case 'charm':
      return Math.max(1, Math.round((x + 100) / 1000)) * 1000 - 100;
    case 'exact':
      return Math.round(x);
  }
}
