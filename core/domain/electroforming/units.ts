import { ElectroformingInputError, errorKey } from './errors';

/**
 * Unit identifiers are plain ASCII so they survive every transport and keyboard; the web
 * shows `UNIT_SYMBOLS[id]` (µm, cm², A/dm²). Symbols are SI and need no translation.
 */
export const CURRENT_DENSITY_UNITS = ['A/dm2', 'A/cm2', 'A/in2', 'A/ft2'] as const;
export const THICKNESS_UNITS = ['um', 'mm', 'mil'] as const;
export const AREA_UNITS = ['cm2', 'dm2', 'in2', 'ft2', 'mm2', 'm2'] as const;
export const TIME_UNITS = ['s', 'min', 'h'] as const;

export type CurrentDensityUnit = (typeof CURRENT_DENSITY_UNITS)[number];
export type ThicknessUnit = (typeof THICKNESS_UNITS)[number];
export type AreaUnit = (typeof AREA_UNITS)[number];
export type TimeUnit = (typeof TIME_UNITS)[number];

export const OTHER_UNITS = [
  'cm',
  'A',
  'V',
  'C',
  'Ah',
  'g',
  'mg',
  'mL',
  'L',
  'g/L',
  'ppm',
  'degC',
  'cm3',
  'g/cm3',
  'g/C',
  'g/Ah',
  'um/h',
  's/um',
  'Wh',
  'kWh',
  'IDR',
  'IDR/kWh',
  'USD',
  'EUR',
  'px',
  'ratio',
  'pct',
] as const;

export const UNIT_IDS = [
  ...CURRENT_DENSITY_UNITS,
  ...THICKNESS_UNITS,
  ...AREA_UNITS,
  ...TIME_UNITS,
  ...OTHER_UNITS,
] as const;
export type UnitId = (typeof UNIT_IDS)[number];

export const UNIT_SYMBOLS: Record<UnitId, string> = {
  'A/dm2': 'A/dm²',
  'A/cm2': 'A/cm²',
  'A/in2': 'A/in²',
  'A/ft2': 'A/ft²',
  um: 'µm',
  mm: 'mm',
  mil: 'mil',
  cm2: 'cm²',
  dm2: 'dm²',
  in2: 'in²',
  ft2: 'ft²',
  mm2: 'mm²',
  m2: 'm²',
  s: 's',
  min: 'min',
  h: 'h',
  cm: 'cm',
  A: 'A',
  V: 'V',
  C: 'C',
  Ah: 'A·h',
  g: 'g',
  mg: 'mg',
  mL: 'mL',
  L: 'L',
  'g/L': 'g/L',
  ppm: 'ppm',
  degC: '°C',
  cm3: 'cm³',
  'g/cm3': 'g/cm³',
  'g/C': 'g/C',
  'g/Ah': 'g/(A·h)',
  'um/h': 'µm/h',
  's/um': 's/µm',
  Wh: 'Wh',
  kWh: 'kWh',
  IDR: 'Rp',
  'IDR/kWh': 'Rp/kWh',
  USD: 'USD',
  EUR: 'EUR',
  px: 'px',
  ratio: '',
  pct: '%',
};

/** Size of one unit expressed in cm². 1 in = 2.54 cm exactly, so 1 in² = 6.4516 cm². */
export const CM2_PER_AREA_UNIT: Record<AreaUnit, number> = {
  cm2: 1,
  dm2: 100,
  in2: 6.4516,
  ft2: 929.0304,
  mm2: 0.01,
  m2: 10_000,
};

/** Size of one unit expressed in µm. 1 mil = 0.001 in = 25.4 µm. */
export const UM_PER_THICKNESS_UNIT: Record<ThicknessUnit, number> = { um: 1, mm: 1000, mil: 25.4 };

export const SECONDS_PER_TIME_UNIT: Record<TimeUnit, number> = { s: 1, min: 60, h: 3600 };

/** 1 A per unit area expressed in A/dm²: the inverse of the area in dm². */
export const ADM2_PER_DENSITY_UNIT: Record<CurrentDensityUnit, number> = {
  'A/dm2': 1,
  'A/cm2': CM2_PER_AREA_UNIT.dm2 / CM2_PER_AREA_UNIT.cm2,
  'A/in2': CM2_PER_AREA_UNIT.dm2 / CM2_PER_AREA_UNIT.in2,
  'A/ft2': CM2_PER_AREA_UNIT.dm2 / CM2_PER_AREA_UNIT.ft2,
};

export const QUANTITY_UNITS = {
  currentDensity: CURRENT_DENSITY_UNITS,
  thickness: THICKNESS_UNITS,
  area: AREA_UNITS,
  time: TIME_UNITS,
} as const;
export type Quantity = keyof typeof QUANTITY_UNITS;

const FACTORS: { [Q in Quantity]: Record<(typeof QUANTITY_UNITS)[Q][number], number> } = {
  currentDensity: ADM2_PER_DENSITY_UNIT,
  thickness: UM_PER_THICKNESS_UNIT,
  area: CM2_PER_AREA_UNIT,
  time: SECONDS_PER_TIME_UNIT,
};

/**
 * Converts between units of one quantity. Values are magnitudes, so negatives and
 * non-finite numbers are refused rather than passed on.
 */
export function convertUnit<Q extends Quantity>(
  quantity: Q,
  value: number,
  from: (typeof QUANTITY_UNITS)[Q][number],
  to: (typeof QUANTITY_UNITS)[Q][number],
): number {
  if (!Object.hasOwn(FACTORS, quantity)) {
    throw new ElectroformingInputError([
      { field: 'quantity', key: errorKey('unknownQuantity'), params: { quantity: String(quantity) } },
    ]);
  }
  const factors = FACTORS[quantity] as Record<string, number>;
  const issues = [];
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1e15) {
    issues.push({ field: 'value', key: errorKey('valueRange'), params: { min: 0, max: 1e15 } });
  }
  for (const [field, unit] of [
    ['from', from],
    ['to', to],
  ] as const) {
    if (!Object.hasOwn(factors, unit))
      issues.push({ field, key: errorKey('unknownUnit'), params: { unit: String(unit) } });
  }
  if (issues.length > 0) throw new ElectroformingInputError(issues);
  return (value * factors[from]) / factors[to];
}

export const convertCurrentDensity = (value: number, from: CurrentDensityUnit, to: CurrentDensityUnit) =>
  convertUnit('currentDensity', value, from, to);
export const convertThickness = (value: number, from: ThicknessUnit, to: ThicknessUnit) =>
  convertUnit('thickness', value, from, to);
export const convertArea = (value: number, from: AreaUnit, to: AreaUnit) =>
  convertUnit('area', value, from, to);
export const convertTime = (value: number, from: TimeUnit, to: TimeUnit) =>
  convertUnit('time', value, from, to);
