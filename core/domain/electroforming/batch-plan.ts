import { type AreaResult, areaFromDimensions, type DimensionsInput } from './area';
import { COPPER_G_PER_COULOMB } from './constants';
import { ruleError, withPrefix } from './errors';
import { depositRun, massFromThickness, type RunStep, rateUmPerHour } from './faraday';
import type { OperatingWindow, Warning } from './windows';
import type { WorkingStep } from './working';

/**
 * The one batch planner: piece areas, the current profile of a batch, and the charge of a run
 * from its readings. The server plans with it when a batch is saved; the web previews with it
 * while the maker is still typing, so both always agree.
 */

const recordKey = (name: string) => `electroforming:records.${name}`;

/**
 * `target`: the time to reach the thickest piece's target at this density (after an
 * optional strike). `steps`: the maker's own current profile.
 */
export type BatchPlanInput =
  | {
      mode: 'target';
      currentDensityAdm2: number;
      strike?: { currentDensityAdm2: number; minutes: number };
    }
  | { mode: 'steps'; steps: RunStep[] };

export type PlannedStep = RunStep & { currentDensityAdm2: number };

export type Plan = {
  input: BatchPlanInput;
  efficiency: number;
  totalAreaCm2: number;
  steps: PlannedStep[];
  hours: number;
  chargeAh: number;
  massG: number;
  thicknessUm: number;
  warnings: Warning[];
};

/** How the area of a piece was obtained. */
export type PieceAreaInput =
  | { source: 'entered'; areaCm2: number }
  | ({ source: 'dimensions' } & DimensionsInput)
  | { source: 'photo'; areaCm2: number; coinId?: string };

export type AreaInputStored = {
  lengthCm?: number;
  widthCm?: number;
  shapeFactor?: number;
  faces?: number;
  coinId?: string;
};

/** Area of one piece (both faces) and what is kept of how it was obtained; errors under `path`. */
export function pieceArea(
  area: PieceAreaInput,
  path: string,
): { areaCm2: number; areaInput: AreaInputStored } {
  if (area.source === 'dimensions') {
    const { source: _s, ...dims } = area;
    const result: AreaResult = withPrefix(path, () => areaFromDimensions(dims));
    return { areaCm2: result.areaCm2, areaInput: dims };
  }
  if (area.source === 'photo')
    return { areaCm2: area.areaCm2, areaInput: area.coinId ? { coinId: area.coinId } : {} };
  return { areaCm2: area.areaCm2, areaInput: {} };
}

export type PlanPiece = { areaCm2: number; targetThicknessUm: number };

const currentFor = (adm2: number, areaCm2: number) => (adm2 * areaCm2) / 100;

/**
 * The current profile of a batch. All pieces hang in one bath on one supply, so they share
 * the current density; in `target` mode the run lasts until the thickest target is reached.
 * Refusals name the request's fields (`pieces`, `plan.strike.minutes`, `plan.steps.0.currentA`).
 */
export function planBatch(
  pieces: readonly PlanPiece[],
  input: BatchPlanInput,
  efficiency: number,
  window: OperatingWindow | undefined,
): Plan {
  return planWithWorking(pieces, input, efficiency, window).plan;
}

/** The plan with the working of its run (shown while planning, not stored with the batch). */
export function planWithWorking(
  pieces: readonly PlanPiece[],
  input: BatchPlanInput,
  efficiency: number,
  window: OperatingWindow | undefined,
): { plan: Plan; working: WorkingStep[] } {
  if (pieces.length === 0) throw ruleError('pieces', recordKey('planNeedsPieces'));
  const totalAreaCm2 = pieces.reduce((sum, p) => sum + p.areaCm2, 0);
  let steps: RunStep[];
  if (input.mode === 'target') {
    const target = Math.max(...pieces.map((p) => p.targetThicknessUm));
    steps = [];
    let strikeUm = 0;
    if (input.strike) {
      const { currentDensityAdm2: adm2, minutes } = input.strike;
      strikeUm = (rateUmPerHour(adm2, efficiency) * minutes) / 60;
      if (strikeUm >= target) throw ruleError('plan.strike.minutes', recordKey('strikeExceedsTarget'));
      steps.push({ currentA: currentFor(adm2, totalAreaCm2), minutes });
    }
    const mainHours = (target - strikeUm) / rateUmPerHour(input.currentDensityAdm2, efficiency);
    steps.push({ currentA: currentFor(input.currentDensityAdm2, totalAreaCm2), minutes: mainHours * 60 });
  } else {
    steps = input.steps;
  }
  const run = withPrefix('plan', () =>
    depositRun({ areaCm2: totalAreaCm2, efficiency, steps, operatingWindow: window }),
  );
  const plan: Plan = {
    input,
    efficiency,
    totalAreaCm2,
    steps: run.steps.map((s) => ({
      currentA: s.currentA,
      minutes: s.minutes,
      currentDensityAdm2: s.currentDensityAdm2,
    })),
    hours: run.hours,
    chargeAh: run.chargeAh,
    massG: run.massG,
    thicknessUm: run.thicknessUm,
    warnings: run.warnings.map((w) => ({
      ...w,
      field: w.field.startsWith('steps') ? `plan.${w.field}` : w.field,
    })),
  };
  return { plan, working: run.working };
}

/** When, along the plan, a piece reaches its own target; null if the plan never gets there. */
export function hoursToTarget(plan: Pick<Plan, 'steps' | 'efficiency'>, targetUm: number): number | null {
  let grown = 0;
  let hours = 0;
  for (const step of plan.steps) {
    const rate = rateUmPerHour(step.currentDensityAdm2, plan.efficiency);
    const stepHours = step.minutes / 60;
    if (grown + rate * stepHours >= targetUm * (1 - 1e-12)) return hours + (targetUm - grown) / rate;
    grown += rate * stepHours;
    hours += stepHours;
  }
  return null;
}

export const targetCopperG = (p: PlanPiece) => massFromThickness(p.targetThicknessUm, p.areaCm2);

export type ReadingPoint = { at: Date; currentA: number; volts: number | null };
export type Segment = { currentA: number; volts: number | null; seconds: number };

/**
 * Splits a run into constant-current segments. A reading is what the supply showed when
 * the maker set or checked it, so it holds until the next reading; the first one also
 * covers the time from the start, the last one the time until the stop.
 */
export function segmentsFromReadings(readings: readonly ReadingPoint[], start: Date, stop: Date): Segment[] {
  const sorted = [...readings].sort((a, b) => a.at.getTime() - b.at.getTime());
  return sorted
    .map((r, i) => {
      const from = i === 0 ? start.getTime() : Math.max(r.at.getTime(), start.getTime());
      const next = i + 1 < sorted.length ? sorted[i + 1].at.getTime() : stop.getTime();
      const to = Math.min(next, stop.getTime());
      return { currentA: r.currentA, volts: r.volts, seconds: Math.max(0, (to - from) / 1000) };
    })
    .filter((s) => s.seconds > 0);
}

export function chargeOf(segments: readonly Segment[]): { chargeC: number; seconds: number } {
  return segments.reduce(
    (acc, s) => ({ chargeC: acc.chargeC + s.currentA * s.seconds, seconds: acc.seconds + s.seconds }),
    { chargeC: 0, seconds: 0 },
  );
}

/** Faraday mass at η = 1 for a charge; the denominator of a calibration. */
export const faradayMassG = (chargeC: number) => chargeC * COPPER_G_PER_COULOMB;
