import { ElectroformingInputError, errorKey, type IssueParams } from './errors';
import { UNIT_SYMBOLS, type UnitId } from './units';
import type { Warning } from './windows';

/**
 * One line of "how this was computed", for a maker to learn from. The texts live in the
 * i18n catalogs; formula and substituted numbers are language-neutral math notation.
 */
export type WorkingStep = {
  /** i18n key describing the step, e.g. `electroforming:working.faradayMass`. */
  key: string;
  /** Symbolic formula, e.g. `m = Q·η·M/(n·F)`. */
  formula: string;
  /** The same formula with numbers substituted (dot decimals, SI symbols). */
  substituted: string;
  result: { value: number; unit: UnitId };
  /** Interpolation values for the description (e.g. the step number). */
  params?: IssueParams;
};

/** What every calculator returns besides its figures. */
export type Explained = {
  units: Record<string, UnitId>;
  working: WorkingStep[];
  warnings: Warning[];
};

export const workingKey = (name: string): string => `electroforming:working.${name}`;

/**
 * Numbers in the working: six significant digits, the precision of the reference cases,
 * and no exponent for the ranges a workshop meets.
 */
export function fmt(x: number, digits = 6): string {
  if (x === 0) return '0';
  const abs = Math.abs(x);
  if (abs >= 1e-6 && abs < 1e15) return String(Number(x.toPrecision(digits)));
  return x.toExponential(digits - 1).replace(/\.?0+e/, 'e');
}

export function step(
  name: string,
  formula: string,
  substituted: string,
  value: number,
  unit: UnitId,
  params?: IssueParams,
): WorkingStep {
  return {
    key: workingKey(name),
    formula,
    substituted: `${substituted} = ${fmt(value)} ${UNIT_SYMBOLS[unit]}`.trimEnd(),
    result: { value, unit },
    ...(params ? { params } : {}),
  };
}

/**
 * Last line of defence behind the input limits: a figure that is not finite is refused as
 * an error instead of reaching a maker (or JSON, where it would silently become null).
 */
export function assertFiniteFigures(figures: Record<string, unknown>): void {
  const bad = Object.entries(figures).filter(([, v]) => typeof v === 'number' && !Number.isFinite(v));
  if (bad.length > 0) {
    throw new ElectroformingInputError(
      bad.map(([field]) => ({ field, key: errorKey('resultOutOfRange'), params: {} })),
    );
  }
}
