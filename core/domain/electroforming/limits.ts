import { ElectroformingInputError, errorKey, type InputIssue, type IssueParams } from './errors';
import type { UnitId } from './units';

/**
 * Hard limits: outside them a figure is physically meaningless or would overflow, so the
 * calculators refuse it. They are deliberately generous; the narrower practical windows in
 * windows.ts only warn. The zod contract is built from this same table so the API and the
 * core can never disagree. The i18n texts under `errors.<key>` quote these bounds: change
 * both together.
 */
export type NumberLimit = {
  readonly key: string;
  readonly min: number;
  /** true: the value must be strictly greater than `min` (zero area, zero time). */
  readonly minExclusive: boolean;
  readonly max: number;
  readonly integer?: boolean;
  readonly unit?: UnitId;
};

const limit = (key: string, min: number, minExclusive: boolean, max: number, unit?: UnitId): NumberLimit => ({
  key,
  min,
  minExclusive,
  max,
  ...(unit ? { unit } : {}),
});

export const LIMITS = {
  areaCm2: limit('areaRange', 0, true, 1_000_000, 'cm2'),
  efficiency: limit('efficiencyRange', 0, true, 1, 'ratio'),
  rectifierEfficiency: limit('rectifierEfficiencyRange', 0, true, 1, 'ratio'),
  currentA: limit('currentRange', 0, true, 10_000, 'A'),
  // Above ~50 A/dm² acid copper only burns; nobody plates a leaf there.
  currentDensityAdm2: limit('currentDensityRange', 0, true, 50, 'A/dm2'),
  minutes: limit('timeRange', 0, true, 600_000, 'min'),
  hours: limit('timeRange', 0, true, 10_000, 'h'),
  seconds: limit('timeRange', 0, true, 36_000_000, 's'),
  chargeC: limit('chargeRange', 0, true, 1e10, 'C'),
  thicknessUm: limit('thicknessRange', 0, true, 10_000, 'um'),
  massG: limit('massRange', 0, true, 1_000_000, 'g'),
  volts: limit('voltageRange', 0, true, 100, 'V'),
  moneyIdr: limit('moneyRange', 0, false, 1e12, 'IDR'),
  labourHours: limit('labourHoursRange', 0, false, 10_000, 'h'),
  overheadPct: limit('overheadRange', 0, false, 1000, 'pct'),
  multiplier: limit('multiplierRange', 0, true, 100, 'ratio'),
  exchangeRateIdr: limit('exchangeRateRange', 0, true, 10_000_000, 'IDR'),
  volumeL: limit('volumeRange', 0, true, 100_000, 'L'),
  // CuSO₄·5H₂O dissolves to roughly 320 g/L at room temperature, less in acid.
  copperSulfateGL: limit('copperSulfateRange', 0, false, 350, 'g/L'),
  sulfuricAcidGL: limit('sulfuricAcidRange', 0, false, 300, 'g/L'),
  chloridePpm: limit('chlorideRange', 0, false, 1000, 'ppm'),
  temperatureC: limit('temperatureRange', 0, false, 100, 'degC'),
  stockPct: limit('stockPctRange', 0, true, 100, 'pct'),
  densityGMl: limit('densityRange', 0.5, false, 3, 'g/cm3'),
  lengthCm: limit('lengthRange', 0, true, 1000, 'cm'),
  shapeFactor: limit('shapeFactorRange', 0, true, 1, 'ratio'),
  faces: { ...limit('facesRange', 1, false, 10), integer: true },
  pixels: limit('pixelsRange', 0, true, 1e10, 'px'),
  coinDiameterMm: limit('coinDiameterRange', 0, true, 100, 'mm'),
  convertValue: limit('valueRange', 0, false, 1e15),
} as const satisfies Record<string, NumberLimit>;

export type LimitName = keyof typeof LIMITS;

export function withinLimit(value: unknown, lim: NumberLimit): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  if (lim.minExclusive ? value <= lim.min : value < lim.min) return false;
  if (value > lim.max) return false;
  return !lim.integer || Number.isInteger(value);
}

export function limitIssue(field: string, value: unknown, lim: NumberLimit): InputIssue {
  const params: IssueParams = { min: lim.min, max: lim.max };
  if (lim.unit) params.unit = lim.unit;
  if (typeof value === 'number' && Number.isFinite(value)) params.value = value;
  return { field, key: errorKey(lim.key), params };
}

/**
 * Collects every problem of one input before throwing, so a form can mark all wrong
 * fields at once.
 */
export class InputChecker {
  private readonly issues: InputIssue[] = [];

  /** Checks `value` against `LIMITS[name]`; `undefined` passes when `optional`. */
  check(field: string, value: unknown, name: LimitName, optional = false): this {
    if (optional && value === undefined) return this;
    const lim: NumberLimit = LIMITS[name];
    if (!withinLimit(value, lim)) this.issues.push(limitIssue(field, value, lim));
    return this;
  }

  /** A current fine in amperes can still be an absurd density on a small piece. */
  checkDensity(field: string, currentA: number, areaCm2: number): this {
    const lim = LIMITS.currentDensityAdm2;
    const adm2 = currentA / (areaCm2 / 100);
    if (adm2 > lim.max)
      this.add(field, 'currentTooHighForArea', { max: lim.max, unit: 'A/dm2', value: adm2 });
    return this;
  }

  add(field: string, name: string, params: IssueParams = {}): this {
    this.issues.push({ field, key: errorKey(name), params });
    return this;
  }

  get ok(): boolean {
    return this.issues.length === 0;
  }

  throwIfAny(): void {
    if (this.issues.length > 0) throw new ElectroformingInputError([...this.issues]);
  }
}

/** Shorthand for the common case: check a list of fields and throw if any is wrong. */
export function assertInputs(
  checks: ReadonlyArray<readonly [field: string, value: unknown, name: LimitName]>,
): void {
  const checker = new InputChecker();
  for (const [field, value, name] of checks) checker.check(field, value, name);
  checker.throwIfAny();
}
