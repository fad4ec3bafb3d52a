import {
  COPPER_G_PER_COULOMB,
  FARADAY_C_PER_MOL as F,
  COPPER_MOLAR_MASS_G_PER_MOL as M,
  COPPER_VALENCE as N,
} from './constants';
import { checkSteps, type RunStep } from './faraday';
import { InputChecker } from './limits';
import { warning } from './windows';
import { assertFiniteFigures, type Explained, fmt, step } from './working';

/** Below this a bath or a setup is losing a lot of current to something other than copper. */
export const LOW_EFFICIENCY = 0.8;

export type CalibrationInput = { measuredMassG: number; steps: readonly RunStep[] };

export type CalibrationResult = Explained & { efficiency: number; theoreticalMassG: number; chargeC: number };

/**
 * Cathode efficiency measured on a finished piece: η = weighed copper / Faraday mass at
 * η = 1. The copper must be weighed without the core (or core weighed before plating).
 */
export function calibrateEfficiency(input: CalibrationInput): CalibrationResult {
  const checker = new InputChecker().check('measuredMassG', input.measuredMassG, 'massG');
  checkSteps(checker, input.steps);
  checker.throwIfAny();
  const chargeC = input.steps.reduce((sum, s) => sum + s.currentA * s.minutes * 60, 0);
  const theoreticalMassG = chargeC * COPPER_G_PER_COULOMB;
  const efficiency = input.measuredMassG / theoreticalMassG;
  const result = { efficiency, theoreticalMassG, chargeC };
  assertFiniteFigures(result);
  const params = { value: efficiency };
  return {
    ...result,
    units: { efficiency: 'ratio', theoreticalMassG: 'g', chargeC: 'C' },
    working: [
      step(
        'runCharge',
        'Q = Σ I·t',
        input.steps.map((s) => `${fmt(s.currentA)} A · ${fmt(s.minutes * 60)} s`).join(' + '),
        chargeC,
        'C',
      ),
      step(
        'faradayMass',
        'm₀ = Q·M/(n·F)',
        `${fmt(chargeC)} C · ${M} g/mol / (${N} · ${F} C/mol)`,
        theoreticalMassG,
        'g',
      ),
      step(
        'efficiencyFromMass',
        'η = m/m₀',
        `${fmt(input.measuredMassG)} g / ${fmt(theoreticalMassG)} g`,
        efficiency,
        'ratio',
      ),
    ],
    warnings:
      efficiency > 1
        ? [warning('efficiencyAboveOne', 'measuredMassG', params)]
        : efficiency < LOW_EFFICIENCY
          ? [warning('efficiencyLow', 'measuredMassG', params)]
          : [],
  };
}
