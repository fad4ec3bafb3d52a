import { ElectroformingInputError, errorKey, type IssueParams } from './errors';
import type { UnitId } from './units';

/**
 * Practical operating windows from shared/domain/electroforming.md. Leaving one is allowed
 * (a maker may know better) but always reported as a warning with the window it left.
 */
export type Range = { readonly min: number; readonly max: number };

export type OperatingWindow = {
  readonly copperSulfateGL: Range;
  readonly sulfuricAcidGL: Range;
  readonly chloridePpm: Range;
  readonly currentDensityAdm2: Range;
  readonly temperatureC: Range;
};

export const CRAFT_WINDOW: OperatingWindow = {
  copperSulfateGL: { min: 150, max: 200 },
  sulfuricAcidGL: { min: 50, max: 90 },
  chloridePpm: { min: 50, max: 120 },
  currentDensityAdm2: { min: 0.5, max: 3 },
  temperatureC: { min: 24, max: 27 },
};

export const INDUSTRIAL_WINDOW: OperatingWindow = {
  copperSulfateGL: { min: 195, max: 248 },
  sulfuricAcidGL: { min: 30, max: 75 },
  chloridePpm: { min: 50, max: 120 },
  currentDensityAdm2: { min: 2.15, max: 10.8 },
  temperatureC: { min: 24, max: 27 },
};

/**
 * The default accepts any composition that either practice uses, but keeps the craft
 * current density: natural objects have thin tips and edges that burn long before a flat
 * industrial part would.
 */
export const DEFAULT_WINDOW: OperatingWindow = {
  copperSulfateGL: { min: 150, max: 248 },
  sulfuricAcidGL: { min: 30, max: 90 },
  chloridePpm: { min: 50, max: 120 },
  currentDensityAdm2: CRAFT_WINDOW.currentDensityAdm2,
  temperatureC: { min: 24, max: 27 },
};

export const OPERATING_WINDOWS = {
  default: DEFAULT_WINDOW,
  craft: CRAFT_WINDOW,
  industrial: INDUSTRIAL_WINDOW,
} as const;
export type OperatingWindowName = keyof typeof OPERATING_WINDOWS;

/** Above the top of the industrial window even a well-agitated bath burns. */
export const BURNING_CURRENT_DENSITY_ADM2 = 10.8;

/** Shell thickness typical for leaves: thinner bends or breaks, thicker wastes hours and copper. */
export const LEAF_THICKNESS_UM: Range = { min: 150, max: 300 };

/** Leaves fill 0.5–0.8 of their bounding rectangle. */
export const LEAF_SHAPE_FACTOR: Range = { min: 0.5, max: 0.8 };

/** Below this many coin pixels the outline error alone exceeds a few per cent. */
export const MIN_COIN_PIXELS = 2500;

export const WARNING_CODES = [
  'currentDensityLow',
  'currentDensityHigh',
  'currentDensityVeryHigh',
  'copperSulfateLow',
  'copperSulfateHigh',
  'sulfuricAcidLow',
  'sulfuricAcidHigh',
  'chlorideLow',
  'chlorideHigh',
  'temperatureLow',
  'temperatureHigh',
  'thicknessThin',
  'thicknessThick',
  'shapeFactorUnusual',
  'photoCoinSmall',
  'efficiencyAboveOne',
  'efficiencyLow',
  'multiplierBelowOne',
] as const;
export type WarningCode = (typeof WARNING_CODES)[number];

export type Warning = {
  code: WarningCode;
  /** Full i18n key, `electroforming:warnings.<code>`. */
  key: string;
  /** The input field (dotted path) or result figure the warning is about. */
  field: string;
  params: IssueParams;
};

export const warningKey = (code: WarningCode): string => `electroforming:warnings.${code}`;

export function warning(code: WarningCode, field: string, params: IssueParams = {}): Warning {
  return { code, key: warningKey(code), field, params };
}

function outside(
  low: WarningCode,
  high: WarningCode,
  field: string,
  value: number,
  range: Range,
  unit: UnitId,
): Warning[] {
  const params = { value, min: range.min, max: range.max, unit };
  if (value < range.min) return [warning(low, field, params)];
  if (value > range.max) return [warning(high, field, params)];
  return [];
}

export function currentDensityWarnings(field: string, adm2: number, window: OperatingWindow): Warning[] {
  const range = window.currentDensityAdm2;
  const params = { value: adm2, min: range.min, max: range.max, unit: 'A/dm2' };
  if (adm2 < range.min) return [warning('currentDensityLow', field, params)];
  if (adm2 > BURNING_CURRENT_DENSITY_ADM2) return [warning('currentDensityVeryHigh', field, params)];
  if (adm2 > range.max) return [warning('currentDensityHigh', field, params)];
  return [];
}

export function thicknessWarnings(field: string, um: number, range: Range = LEAF_THICKNESS_UM): Warning[] {
  return outside('thicknessThin', 'thicknessThick', field, um, range, 'um');
}

export type BathComposition = {
  copperSulfateGL: number;
  sulfuricAcidGL: number;
  chloridePpm: number;
  temperatureC?: number;
};

export function bathWarnings(bath: BathComposition, window: OperatingWindow): Warning[] {
  return [
    ...outside(
      'copperSulfateLow',
      'copperSulfateHigh',
      'copperSulfateGL',
      bath.copperSulfateGL,
      window.copperSulfateGL,
      'g/L',
    ),
    ...outside(
      'sulfuricAcidLow',
      'sulfuricAcidHigh',
      'sulfuricAcidGL',
      bath.sulfuricAcidGL,
      window.sulfuricAcidGL,
      'g/L',
    ),
    ...outside('chlorideLow', 'chlorideHigh', 'chloridePpm', bath.chloridePpm, window.chloridePpm, 'ppm'),
    ...(bath.temperatureC === undefined
      ? []
      : outside(
          'temperatureLow',
          'temperatureHigh',
          'temperatureC',
          bath.temperatureC,
          window.temperatureC,
          'degC',
        )),
  ];
}

export function resolveWindow(window: OperatingWindowName | OperatingWindow | undefined): OperatingWindow {
  if (window === undefined) return DEFAULT_WINDOW;
  if (typeof window !== 'string') return window;
  if (Object.hasOwn(OPERATING_WINDOWS, window)) return OPERATING_WINDOWS[window];
  throw new ElectroformingInputError([
    { field: 'operatingWindow', key: errorKey('unknownWindow'), params: { window: String(window) } },
  ]);
}
