import { COPPER_DENSITY_G_PER_CM3 as RHO } from './constants';
import { InputChecker } from './limits';
import { assertFiniteFigures, type Explained, fmt, step } from './working';

export type CopperInput = {
  /** Both faces, cm². */
  areaCm2: number;
  thicknessUm: number;
  /** Price of anode copper, Rp per kg; no cost figure without it. */
  pricePerKgIdr?: number;
};

export type CopperResult = Explained & { massG: number; volumeCm3: number; costIdr?: number };

/**
 * Copper that ends up in the shell, m = ρ·A·δ. The anodes dissolve the same mass, so this
 * is also the anode copper a piece consumes.
 */
export function copperConsumed(input: CopperInput): CopperResult {
  new InputChecker()
    .check('areaCm2', input.areaCm2, 'areaCm2')
    .check('thicknessUm', input.thicknessUm, 'thicknessUm')
    .check('pricePerKgIdr', input.pricePerKgIdr, 'moneyIdr', true)
    .throwIfAny();
  const volumeCm3 = input.areaCm2 * (input.thicknessUm / 10_000);
  const massG = volumeCm3 * RHO;
  const working = [
    step(
      'shellVolume',
      'V = A·δ',
      `${fmt(input.areaCm2)} cm² · ${fmt(input.thicknessUm)} µm · 10⁻⁴ cm/µm`,
      volumeCm3,
      'cm3',
    ),
    step('massFromVolume', 'm = ρ·V', `${RHO} g/cm³ · ${fmt(volumeCm3)} cm³`, massG, 'g'),
  ];
  const figures: { massG: number; volumeCm3: number; costIdr?: number } = { massG, volumeCm3 };
  const units: Explained['units'] = { massG: 'g', volumeCm3: 'cm3' };
  if (input.pricePerKgIdr !== undefined) {
    figures.costIdr = (massG / 1000) * input.pricePerKgIdr;
    units.costIdr = 'IDR';
    working.push(
      step(
        'copperCost',
        'C = m/1000 · p',
        `${fmt(massG)} g / 1000 · ${fmt(input.pricePerKgIdr)} Rp/kg`,
        figures.costIdr,
        'IDR',
      ),
    );
  }
  assertFiniteFigures(figures);
  return { ...figures, units, working, warnings: [] };
}
