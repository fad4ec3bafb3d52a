import {
  COPPER_G_PER_COULOMB,
  DEFAULT_EFFICIENCY,
  FARADAY_C_PER_MOL as F,
  COPPER_MOLAR_MASS_G_PER_MOL as M,
  COPPER_VALENCE as N,
  COPPER_DENSITY_G_PER_CM3 as RHO,
} from './constants';
import { assertInputs, InputChecker } from './limits';
import { CM2_PER_AREA_UNIT } from './units';
import {
  currentDensityWarnings,
  type OperatingWindow,
  type OperatingWindowName,
  resolveWindow,
  thicknessWarnings,
} from './windows';
import { assertFiniteFigures, type Explained, fmt, step, type WorkingStep } from './working';

/** µm per cm. */
const UM_PER_CM = 10_000;
export const SECONDS_PER_HOUR = 3600;
export const MAX_RUN_STEPS = 100;

/** Q = I·t, coulombs. */
export function chargeCoulombs(currentA: number, seconds: number): number {
  assertInputs([
    ['currentA', currentA, 'currentA'],
    ['seconds', seconds, 'seconds'],
  ]);
  return currentA * seconds;
}

/** Faraday's law m = Q·η·M/(n·F), grams of copper. */
export function massFromCharge(chargeC: number, efficiency: number = DEFAULT_EFFICIENCY): number {
  assertInputs([
    ['chargeC', chargeC, 'chargeC'],
    ['efficiency', efficiency, 'efficiency'],
  ]);
  return chargeC * efficiency * COPPER_G_PER_COULOMB;
}

/** The inverse of `massFromCharge`: charge needed to deposit `massG`. */
export function chargeForMass(massG: number, efficiency: number = DEFAULT_EFFICIENCY): number {
  assertInputs([
    ['massG', massG, 'massG'],
    ['efficiency', efficiency, 'efficiency'],
  ]);
  return massG / (efficiency * COPPER_G_PER_COULOMB);
}

/** δ = m/(ρ·A): an even shell over the whole area, in µm. */
export function thicknessFromMass(massG: number, areaCm2: number): number {
  assertInputs([
    ['massG', massG, 'massG'],
    ['areaCm2', areaCm2, 'areaCm2'],
  ]);
  return (massG / (RHO * areaCm2)) * UM_PER_CM;
}

/** m = ρ·A·δ, grams of copper in a shell of `thicknessUm` over `areaCm2`. */
export function massFromThickness(thicknessUm: number, areaCm2: number): number {
  assertInputs([
    ['thicknessUm', thicknessUm, 'thicknessUm'],
    ['areaCm2', areaCm2, 'areaCm2'],
  ]);
  return RHO * areaCm2 * (thicknessUm / UM_PER_CM);
}

/** Growth rate v = J·η·M/(n·F·ρ), µm per hour (13.2310 µm/h at 1 A/dm², η = 1). */
export function depositRateUmPerHour(
  currentDensityAdm2: number,
  efficiency: number = DEFAULT_EFFICIENCY,
): number {
  assertInputs([
    ['currentDensityAdm2', currentDensityAdm2, 'currentDensityAdm2'],
    ['efficiency', efficiency, 'efficiency'],
  ]);
  return rateUmPerHour(currentDensityAdm2, efficiency);
}

/** Seconds to grow one µm (272.089 s/µm at 1 A/dm², η = 1). */
export function secondsPerMicrometre(
  currentDensityAdm2: number,
  efficiency: number = DEFAULT_EFFICIENCY,
): number {
  return SECONDS_PER_HOUR / depositRateUmPerHour(currentDensityAdm2, efficiency);
}

/** Unchecked rate for callers that already validated their inputs. */
export function rateUmPerHour(adm2: number, efficiency: number): number {
  const aCm2 = adm2 / CM2_PER_AREA_UNIT.dm2;
  return ((aCm2 * SECONDS_PER_HOUR * efficiency * COPPER_G_PER_COULOMB) / RHO) * UM_PER_CM;
}

/** The rate step of the working, shared by every calculator that grows a shell. */
export function rateStep(adm2: number, efficiency: number, rate: number): WorkingStep {
  return step(
    'depositRate',
    'v = J·η·M/(n·F·ρ)',
    `(${fmt(adm2)}/100) A/cm² · ${fmt(efficiency)} · ${M} g/mol / (${N} · ${F} C/mol · ${RHO} g/cm³) · 3600 s/h · 10⁴ µm/cm`,
    rate,
    'um/h',
  );
}

export type RunStep = { currentA: number; minutes: number };

export type DepositInput = {
  areaCm2: number;
  efficiency?: number;
  steps: readonly RunStep[];
  operatingWindow?: OperatingWindowName | OperatingWindow;
};

export type DepositStepResult = RunStep & {
  currentDensityAdm2: number;
  chargeC: number;
  massG: number;
  thicknessUm: number;
  /** Shell thickness at the end of this step (all steps so far). */
  cumulativeThicknessUm: number;
};

export type DepositResult = Explained & {
  chargeC: number;
  chargeAh: number;
  massG: number;
  thicknessUm: number;
  hours: number;
  /** Mean current over the run (total charge / total time). */
  averageCurrentA: number;
  steps: DepositStepResult[];
};

export function checkSteps(checker: InputChecker, steps: readonly RunStep[] | undefined): void {
  if (!Array.isArray(steps) || steps.length < 1 || steps.length > MAX_RUN_STEPS) {
    checker.add('steps', 'stepsRange', { min: 1, max: MAX_RUN_STEPS });
    return;
  }
  steps.forEach((s, i) => {
    checker
      .check(`steps.${i}.currentA`, s?.currentA, 'currentA')
      .check(`steps.${i}.minutes`, s?.minutes, 'minutes');
  });
}

/**
 * A run of one or more steps (a strike at high current, then the main run): charge, mass
 * and thickness add up step by step.
 */
export function depositRun(input: DepositInput): DepositResult {
  const { areaCm2, steps } = input;
  const efficiency = input.efficiency ?? DEFAULT_EFFICIENCY;
  const checker = new InputChecker()
    .check('areaCm2', areaCm2, 'areaCm2')
    .check('efficiency', efficiency, 'efficiency');
  checkSteps(checker, steps);
  checker.throwIfAny();
  steps.forEach((s, i) => {
    checker.checkDensity(`steps.${i}.currentA`, s.currentA, areaCm2);
  });
  checker.throwIfAny();
  const window = resolveWindow(input.operatingWindow);

  const areaDm2 = areaCm2 / CM2_PER_AREA_UNIT.dm2;
  const working: WorkingStep[] = [step('areaToDm2', 'A = A[cm²]/100', `${fmt(areaCm2)}/100`, areaDm2, 'dm2')];
  const warnings = [];
  const stepResults: DepositStepResult[] = [];
  let chargeC = 0;
  let seconds = 0;
  for (const [i, s] of steps.entries()) {
    const n = { step: i + 1 };
    const adm2 = s.currentA / areaDm2;
    const stepSeconds = s.minutes * 60;
    const stepCharge = s.currentA * stepSeconds;
    const stepMass = stepCharge * efficiency * COPPER_G_PER_COULOMB;
    const stepThickness = (stepMass / (RHO * areaCm2)) * UM_PER_CM;
    chargeC += stepCharge;
    seconds += stepSeconds;
    working.push(
      step(
        'stepCurrentDensity',
        `J${i + 1} = I${i + 1}/A`,
        `${fmt(s.currentA)} A / ${fmt(areaDm2)} dm²`,
        adm2,
        'A/dm2',
        n,
      ),
      step(
        'stepCharge',
        `Q${i + 1} = I${i + 1}·t${i + 1}`,
        `${fmt(s.currentA)} A · ${fmt(stepSeconds)} s`,
        stepCharge,
        'C',
        n,
      ),
    );
    warnings.push(...currentDensityWarnings(`steps.${i}.currentA`, adm2, window));
    const previous = stepResults.at(-1)?.cumulativeThicknessUm ?? 0;
    stepResults.push({
      currentA: s.currentA,
      minutes: s.minutes,
      currentDensityAdm2: adm2,
      chargeC: stepCharge,
      massG: stepMass,
      thicknessUm: stepThickness,
      cumulativeThicknessUm: previous + stepThickness,
    });
  }
  const massG = chargeC * efficiency * COPPER_G_PER_COULOMB;
  const thicknessUm = (massG / (RHO * areaCm2)) * UM_PER_CM;
  const chargeAh = chargeC / SECONDS_PER_HOUR;
  const hours = seconds / SECONDS_PER_HOUR;
  if (steps.length > 1) {
    const terms = stepResults.map((_, i) => `Q${i + 1}`).join(' + ');
    const values = stepResults.map((r) => fmt(r.chargeC)).join(' + ');
    working.push(step('totalCharge', `Q = ${terms}`, values, chargeC, 'C'));
  }
  working.push(
    step('chargeToAh', 'Q[A·h] = Q[C]/3600', `${fmt(chargeC)}/3600`, chargeAh, 'Ah'),
    step(
      'faradayMass',
      'm = Q·η·M/(n·F)',
      `${fmt(chargeC)} C · ${fmt(efficiency)} · ${M} g/mol / (${N} · ${F} C/mol)`,
      massG,
      'g',
    ),
    step(
      'thicknessFromMass',
      'δ = m/(ρ·A)',
      `${fmt(massG)} g / (${RHO} g/cm³ · ${fmt(areaCm2)} cm²) · 10⁴ µm/cm`,
      thicknessUm,
      'um',
    ),
  );
  warnings.push(...thicknessWarnings('thicknessUm', thicknessUm));

  const result = {
    chargeC,
    chargeAh,
    massG,
    thicknessUm,
    hours,
    averageCurrentA: chargeC / seconds,
  };
  assertFiniteFigures(result);
  return {
    ...result,
    steps: stepResults,
    units: { chargeC: 'C', chargeAh: 'Ah', massG: 'g', thicknessUm: 'um', hours: 'h', averageCurrentA: 'A' },
    working,
    warnings,
  };
}
