import { DEFAULT_EFFICIENCY, COPPER_DENSITY_G_PER_CM3 as RHO } from './constants';
import { rateStep, rateUmPerHour, SECONDS_PER_HOUR } from './faraday';
import { InputChecker } from './limits';
import { CM2_PER_AREA_UNIT } from './units';
import {
  currentDensityWarnings,
  type OperatingWindow,
  type OperatingWindowName,
  resolveWindow,
  thicknessWarnings,
} from './windows';
import { assertFiniteFigures, type Explained, fmt, step, type WorkingStep } from './working';

/**
 * δ = J·t·η·M/(n·F·ρ) links thickness, time and current density (and current through the
 * area). Any one of them can be solved from the others.
 */
export const SOLVE_FOR = ['thickness', 'time', 'current', 'currentDensity'] as const;
export type SolveFor = (typeof SOLVE_FOR)[number];

export type SolveInput = {
  /** The unknown; if its own field is also given, that value is ignored. */
  solveFor: SolveFor;
  /** Both faces, cm². Needed to solve for current, or when the current is given in amperes. */
  areaCm2?: number;
  efficiency?: number;
  thicknessUm?: number;
  hours?: number;
  /** Give the drive either as current (with area) or as current density, not both. */
  currentA?: number;
  currentDensityAdm2?: number;
  operatingWindow?: OperatingWindowName | OperatingWindow;
};

export type SolveResult = Explained & {
  solveFor: SolveFor;
  thicknessUm: number;
  hours: number;
  currentDensityAdm2: number;
  depositRateUmPerHour: number;
  /** Present when the area is known. */
  currentA?: number;
  chargeC?: number;
  chargeAh?: number;
  massG?: number;
};

const UM_PER_CM = 10_000;

function validate(input: SolveInput, efficiency: number): void {
  const { solveFor, areaCm2, thicknessUm, hours, currentA, currentDensityAdm2 } = input;
  const checker = new InputChecker()
    .check('efficiency', efficiency, 'efficiency')
    .check('areaCm2', areaCm2, 'areaCm2', true);
  if (!(SOLVE_FOR as readonly string[]).includes(solveFor)) checker.add('solveFor', 'solveForUnknown');
  const needs = (field: 'thicknessUm' | 'hours' | 'areaCm2') => {
    if (input[field] === undefined) checker.add(field, 'solveNeedsField', { solveFor, field });
  };
  if (solveFor !== 'thickness') needs('thicknessUm');
  if (solveFor !== 'time') needs('hours');
  if (solveFor === 'current') needs('areaCm2');
  checker.check('thicknessUm', thicknessUm, 'thicknessUm', true).check('hours', hours, 'hours', true);
  if (solveFor === 'thickness' || solveFor === 'time') {
    if ((currentA === undefined) === (currentDensityAdm2 === undefined)) {
      checker.add('currentDensityAdm2', 'currentOrDensity');
    }
    checker
      .check('currentA', currentA, 'currentA', true)
      .check('currentDensityAdm2', currentDensityAdm2, 'currentDensityAdm2', true);
    if (currentA !== undefined) needs('areaCm2');
  }
  checker.throwIfAny();
  if ((solveFor === 'thickness' || solveFor === 'time') && currentA !== undefined && areaCm2 !== undefined) {
    checker.checkDensity('currentA', currentA, areaCm2);
  }
  checker.throwIfAny();
}

/** Solves the one unknown of the plating equation and reports all four figures. */
export function solvePlating(input: SolveInput): SolveResult {
  const efficiency = input.efficiency ?? DEFAULT_EFFICIENCY;
  validate(input, efficiency);
  const window = resolveWindow(input.operatingWindow);
  const { solveFor, areaCm2 } = input;
  const areaDm2 = areaCm2 === undefined ? undefined : areaCm2 / CM2_PER_AREA_UNIT.dm2;
  const working: WorkingStep[] = [];
  if (areaCm2 !== undefined && areaDm2 !== undefined) {
    working.push(step('areaToDm2', 'A = A[cm²]/100', `${fmt(areaCm2)}/100`, areaDm2, 'dm2'));
  }

  let adm2: number;
  let rate: number;
  let thicknessUm: number;
  let hours: number;
  if (solveFor === 'thickness' || solveFor === 'time') {
    if (input.currentA !== undefined && areaDm2 !== undefined) {
      adm2 = input.currentA / areaDm2;
      working.push(
        step('currentDensity', 'J = I/A', `${fmt(input.currentA)} A / ${fmt(areaDm2)} dm²`, adm2, 'A/dm2'),
      );
    } else {
      adm2 = input.currentDensityAdm2 as number;
    }
    rate = rateUmPerHour(adm2, efficiency);
    working.push(rateStep(adm2, efficiency, rate));
    if (solveFor === 'thickness') {
      hours = input.hours as number;
      thicknessUm = rate * hours;
      working.push(
        step('thicknessFromRate', 'δ = v·t', `${fmt(rate)} µm/h · ${fmt(hours)} h`, thicknessUm, 'um'),
      );
    } else {
      thicknessUm = input.thicknessUm as number;
      hours = thicknessUm / rate;
      working.push(step('timeFromRate', 't = δ/v', `${fmt(thicknessUm)} µm / ${fmt(rate)} µm/h`, hours, 'h'));
    }
  } else {
    thicknessUm = input.thicknessUm as number;
    hours = input.hours as number;
    // The rate is linear in J, so the rate at 1 A/dm² scales to the density needed.
    const unitRate = rateUmPerHour(1, efficiency);
    working.push(rateStep(1, efficiency, unitRate));
    adm2 = thicknessUm / (hours * unitRate);
    rate = unitRate * adm2;
    working.push(
      step(
        'densityFromThickness',
        'J = δ/(t·v₁)',
        `${fmt(thicknessUm)} µm / (${fmt(hours)} h · ${fmt(unitRate)} µm/h per A/dm²)`,
        adm2,
        'A/dm2',
      ),
    );
  }

  const figures: Omit<SolveResult, keyof Explained | 'solveFor'> = {
    thicknessUm,
    hours,
    currentDensityAdm2: adm2,
    depositRateUmPerHour: rate,
  };
  const units: Explained['units'] = {
    thicknessUm: 'um',
    hours: 'h',
    currentDensityAdm2: 'A/dm2',
    depositRateUmPerHour: 'um/h',
  };
  if (areaCm2 !== undefined && areaDm2 !== undefined) {
    const currentA = input.currentA ?? (adm2 * areaCm2) / CM2_PER_AREA_UNIT.dm2;
    const chargeC = currentA * hours * SECONDS_PER_HOUR;
    const massG = RHO * areaCm2 * (thicknessUm / UM_PER_CM);
    if (input.currentA === undefined) {
      working.push(
        step('currentFromDensity', 'I = J·A', `${fmt(adm2)} A/dm² · ${fmt(areaDm2)} dm²`, currentA, 'A'),
      );
    }
    working.push(
      step('runCharge', 'Q = I·t', `${fmt(currentA)} A · ${fmt(hours)} h · 3600 s/h`, chargeC, 'C'),
      step(
        'massFromThickness',
        'm = ρ·A·δ',
        `${RHO} g/cm³ · ${fmt(areaCm2)} cm² · ${fmt(thicknessUm)} µm · 10⁻⁴ cm/µm`,
        massG,
        'g',
      ),
    );
    Object.assign(figures, { currentA, chargeC, chargeAh: chargeC / SECONDS_PER_HOUR, massG });
    Object.assign(units, { currentA: 'A', chargeC: 'C', chargeAh: 'Ah', massG: 'g' });
  }
  assertFiniteFigures(figures);

  const densityField =
    solveFor === 'current' || solveFor === 'currentDensity'
      ? 'currentDensityAdm2'
      : input.currentA !== undefined
        ? 'currentA'
        : 'currentDensityAdm2';
  return {
    solveFor,
    ...figures,
    units,
    working,
    warnings: [
      ...currentDensityWarnings(densityField, adm2, window),
      ...thicknessWarnings('thicknessUm', thicknessUm),
    ],
  };
}

type Drive =
  | { currentA: number; currentDensityAdm2?: never }
  | { currentDensityAdm2: number; currentA?: never };
type Common = {
  areaCm2: number;
  efficiency?: number;
  operatingWindow?: OperatingWindowName | OperatingWindow;
};

/** "How long do I plate this leaf?" */
export const platingTime = (input: Common & Drive & { thicknessUm: number }): SolveResult =>
  solvePlating({ ...input, solveFor: 'time' });

/** "How thick after N hours?" */
export const thicknessAfter = (input: Common & Drive & { hours: number }): SolveResult =>
  solvePlating({ ...input, solveFor: 'thickness' });
