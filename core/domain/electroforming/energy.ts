import { DEFAULT_PRICE_PER_KWH_IDR, DEFAULT_RECTIFIER_EFFICIENCY } from './constants';
import { InputChecker } from './limits';
import { assertFiniteFigures, type Explained, fmt, step } from './working';

export type EnergyInput = {
  currentA: number;
  /** Voltage across the bath (what the rectifier shows), V. */
  volts: number;
  hours: number;
  /** Share of mains energy the rectifier delivers as DC; 0.8 unless told. */
  rectifierEfficiency?: number;
  pricePerKwhIdr?: number;
};

export type EnergyResult = Explained & {
  /** Energy drawn from the mains, Wh. */
  wh: number;
  kwh: number;
  /** Energy delivered into the bath, Wh. */
  dcWh: number;
  costIdr: number;
};

/** E = V·I·t / η_rectifier, priced per kWh. */
export function energyCost(input: EnergyInput): EnergyResult {
  const rectifierEfficiency = input.rectifierEfficiency ?? DEFAULT_RECTIFIER_EFFICIENCY;
  const price = input.pricePerKwhIdr ?? DEFAULT_PRICE_PER_KWH_IDR;
  new InputChecker()
    .check('currentA', input.currentA, 'currentA')
    .check('volts', input.volts, 'volts')
    .check('hours', input.hours, 'hours')
    .check('rectifierEfficiency', rectifierEfficiency, 'rectifierEfficiency')
    .check('pricePerKwhIdr', price, 'moneyIdr')
    .throwIfAny();
  const dcWh = input.volts * input.currentA * input.hours;
  const wh = dcWh / rectifierEfficiency;
  const kwh = wh / 1000;
  const costIdr = kwh * price;
  const figures = { wh, kwh, dcWh, costIdr };
  assertFiniteFigures(figures);
  return {
    ...figures,
    units: { wh: 'Wh', kwh: 'kWh', dcWh: 'Wh', costIdr: 'IDR' },
    working: [
      step(
        'dcEnergy',
        'E_dc = V·I·t',
        `${fmt(input.volts)} V · ${fmt(input.currentA)} A · ${fmt(input.hours)} h`,
        dcWh,
        'Wh',
      ),
      step('mainsEnergy', 'E = E_dc/η_r', `${fmt(dcWh)} Wh / ${fmt(rectifierEfficiency)}`, wh, 'Wh'),
      step('energyCost', 'C = E/1000 · p', `${fmt(wh)} Wh / 1000 · ${fmt(price)} Rp/kWh`, costIdr, 'IDR'),
    ],
    warnings: [],
  };
}
