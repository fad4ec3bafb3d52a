import { DEFAULT_RETAIL_MULTIPLIER, DEFAULT_WHOLESALE_MULTIPLIER } from './constants';
import { InputChecker } from './limits';
import { DEFAULT_PRICE_ROUNDING, type PriceRounding, roundPrice } from './price-rounding';
import { type Warning, warning } from './windows';
import { assertFiniteFigures, type Explained, fmt, step, type WorkingStep } from './working';

export const COST_ITEMS = [
  'materials',
  'copper',
  'paint',
  'sealant',
  'findings',
  'electricity',
  'labour',
  'overhead',
] as const;
export type CostItem = (typeof COST_ITEMS)[number];

const MATERIAL_ITEMS = ['materials', 'copper', 'paint', 'sealant', 'findings'] as const;

export type PriceInput = {
  /** Materials not itemised below (or all materials as one figure), Rp. */
  materialsIdr?: number;
  copperIdr?: number;
  paintIdr?: number;
  sealantIdr?: number;
  /** Chain, ear hooks, jump rings, pins. */
  findingsIdr?: number;
  electricityIdr?: number;
  labourHours?: number;
  labourRateIdr?: number;
  overheadPct?: number;
  wholesaleMultiplier?: number;
  retailMultiplier?: number;
  /** Office exchange rates, Rp per unit of foreign currency. */
  idrPerUsd?: number;
  idrPerEur?: number;
  /** How wholesale and retail prices are rounded (see price-rounding.ts); default up to Rp 1.000. */
  rounding?: PriceRounding;
};

export type CostLine = {
  item: CostItem;
  key: string;
  idr: number /** Share of the cost of goods, 0–1. */;
  share: number;
};

export type PriceResult = Explained & {
  materialsIdr: number;
  electricityIdr: number;
  labourIdr: number;
  directCostIdr: number;
  overheadIdr: number;
  /** Cost of goods (HPP). */
  costIdr: number;
  wholesaleIdr: number;
  retailIdr: number;
  /** The rule the two prices were rounded by. */
  rounding: PriceRounding;
  wholesaleUsd?: number;
  retailUsd?: number;
  wholesaleEur?: number;
  retailEur?: number;
  breakdown: CostLine[];
};

/**
 * Cost of goods and prices. Overhead is a percentage ON TOP of the direct costs (materials,
 * electricity and labour): cost = (materials + electricity + hours × rate) × (1 + overhead/100).
 * So overhead 10 % on Rp 45 000 of direct cost gives Rp 49 500, not Rp 45 000 / 0.9.
 * Wholesale = cost × wholesale multiplier; retail = (rounded) wholesale × retail multiplier;
 * both prices are rounded by the chosen rule (default up to Rp 1.000), foreign prices follow.
 */
export function priceProduct(input: PriceInput): PriceResult {
  const labourHours = input.labourHours ?? 0;
  const labourRate = input.labourRateIdr ?? 0;
  const overheadPct = input.overheadPct ?? 0;
  const wholesaleMultiplier = input.wholesaleMultiplier ?? DEFAULT_WHOLESALE_MULTIPLIER;
  const retailMultiplier = input.retailMultiplier ?? DEFAULT_RETAIL_MULTIPLIER;
  const checker = new InputChecker();
  for (const item of MATERIAL_ITEMS) checker.check(`${item}Idr`, input[`${item}Idr`], 'moneyIdr', true);
  checker
    .check('electricityIdr', input.electricityIdr, 'moneyIdr', true)
    .check('labourHours', labourHours, 'labourHours')
    .check('labourRateIdr', labourRate, 'moneyIdr')
    .check('overheadPct', overheadPct, 'overheadPct')
    .check('wholesaleMultiplier', wholesaleMultiplier, 'multiplier')
    .check('retailMultiplier', retailMultiplier, 'multiplier')
    .check('idrPerUsd', input.idrPerUsd, 'exchangeRateIdr', true)
    .check('idrPerEur', input.idrPerEur, 'exchangeRateIdr', true)
    .throwIfAny();

  const amounts: Record<CostItem, number> = {
    materials: input.materialsIdr ?? 0,
    copper: input.copperIdr ?? 0,
    paint: input.paintIdr ?? 0,
    sealant: input.sealantIdr ?? 0,
    findings: input.findingsIdr ?? 0,
    electricity: input.electricityIdr ?? 0,
    labour: labourHours * labourRate,
    overhead: 0,
  };
  const materialsIdr = MATERIAL_ITEMS.reduce((sum, item) => sum + amounts[item], 0);
  const directCostIdr = materialsIdr + amounts.electricity + amounts.labour;
  amounts.overhead = (directCostIdr * overheadPct) / 100;
  const costIdr = directCostIdr + amounts.overhead;
  const rounding = input.rounding ?? DEFAULT_PRICE_ROUNDING;
  const wholesaleIdr = roundPrice(costIdr * wholesaleMultiplier, rounding);
  const retailIdr = roundPrice(wholesaleIdr * retailMultiplier, rounding);
  const roundingParams = { rule: rounding };

  const working: WorkingStep[] = [
    step(
      'materialsSum',
      'C_m = C_1 + C_2 + C_3 + C_4 + C_5',
      MATERIAL_ITEMS.map((item) => fmt(amounts[item])).join(' + '),
      materialsIdr,
      'IDR',
    ),
    step('labourCost', 'C_l = h·r', `${fmt(labourHours)} h · ${fmt(labourRate)} Rp/h`, amounts.labour, 'IDR'),
    step(
      'directCost',
      'C_d = C_m + C_e + C_l',
      `${fmt(materialsIdr)} + ${fmt(amounts.electricity)} + ${fmt(amounts.labour)}`,
      directCostIdr,
      'IDR',
    ),
    step(
      'costOfGoods',
      'HPP = C_d·(1 + o/100)',
      `${fmt(directCostIdr)} · (1 + ${fmt(overheadPct)}/100)`,
      costIdr,
      'IDR',
    ),
    step(
      'wholesalePrice',
      'P_w = ⌈HPP·k_w⌉',
      `⌈${fmt(costIdr)} · ${fmt(wholesaleMultiplier)}⌉`,
      wholesaleIdr,
      'IDR',
      roundingParams,
    ),
    step(
      'retailPrice',
      'P_r = ⌈P_w·k_r⌉',
      `⌈${fmt(wholesaleIdr)} · ${fmt(retailMultiplier)}⌉`,
      retailIdr,
      'IDR',
      roundingParams,
    ),
  ];
  const figures: Omit<PriceResult, keyof Explained | 'breakdown' | 'rounding'> = {
    materialsIdr,
    electricityIdr: amounts.electricity,
    labourIdr: amounts.labour,
    directCostIdr,
    overheadIdr: amounts.overhead,
    costIdr,
    wholesaleIdr,
    retailIdr,
  };
  const units: Explained['units'] = Object.fromEntries(Object.keys(figures).map((k) => [k, 'IDR']));
  for (const [currency, rate] of [
    ['Usd', input.idrPerUsd],
    ['Eur', input.idrPerEur],
  ] as const) {
    if (rate === undefined) continue;
    const unit = currency === 'Usd' ? 'USD' : 'EUR';
    figures[`wholesale${currency}`] = wholesaleIdr / rate;
    figures[`retail${currency}`] = retailIdr / rate;
    units[`wholesale${currency}`] = unit;
    units[`retail${currency}`] = unit;
    const params = { currency: unit };
    working.push(
      step(
        'exportWholesale',
        'P_w,fx = P_w/x',
        `${fmt(wholesaleIdr)} Rp / ${fmt(rate)} Rp`,
        wholesaleIdr / rate,
        unit,
        params,
      ),
      step(
        'exportRetail',
        'P_r,fx = P_r/x',
        `${fmt(retailIdr)} Rp / ${fmt(rate)} Rp`,
        retailIdr / rate,
        unit,
        params,
      ),
    );
  }
  assertFiniteFigures(figures);

  const warnings: Warning[] = [];
  for (const field of ['wholesaleMultiplier', 'retailMultiplier'] as const) {
    const value = field === 'wholesaleMultiplier' ? wholesaleMultiplier : retailMultiplier;
    if (value < 1) warnings.push(warning('multiplierBelowOne', field, { value }));
  }
  const breakdown: CostLine[] = COST_ITEMS.filter((item) => amounts[item] > 0).map((item) => ({
    item,
    key: `electroforming:cost.items.${item}`,
    idr: amounts[item],
    share: costIdr > 0 ? amounts[item] / costIdr : 0,
  }));
  return { ...figures, rounding, breakdown, units, working, warnings };
}
