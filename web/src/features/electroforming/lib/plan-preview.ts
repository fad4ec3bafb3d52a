import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { isElectroformingInputError } from '#core/domain/electroforming/errors';
import {
  type DepositResult,
  depositRun,
  type RunStep,
  rateUmPerHour,
} from '#core/domain/electroforming/faraday';
import type { OperatingWindow } from '#core/domain/electroforming/windows';
import { translateMessage } from './messages';

export type PlanDraft =
  | { mode: 'target'; currentDensityAdm2: number; strike?: { currentDensityAdm2: number; minutes: number } }
  | { mode: 'steps'; steps: RunStep[] };

export type PlanPreview = {
  run: DepositResult | null;
  totalAreaCm2: number;
  /** Hours into the run at which each piece reaches its own target (null: never). */
  hoursToTarget: (number | null)[];
  errors: Record<string, string>;
};

/**
 * The batch plan the server will make (server/features/electroforming/plan.ts), computed in
 * the browser so the maker sees current and time while still typing. All pieces hang on one
 * supply, so they share the current density; `target` runs until the thickest target.
 */
export function planSteps(
  pieces: readonly { areaCm2: number; targetThicknessUm: number }[],
  plan: PlanDraft,
  efficiency: number,
): RunStep[] | 'strikeExceedsTarget' {
  const total = pieces.reduce((s, p) => s + p.areaCm2, 0);
  if (plan.mode === 'steps') return plan.steps;
  const target = Math.max(...pieces.map((p) => p.targetThicknessUm));
  const steps: RunStep[] = [];
  let strikeUm = 0;
  if (plan.strike) {
    strikeUm = (rateUmPerHour(plan.strike.currentDensityAdm2, efficiency) * plan.strike.minutes) / 60;
    if (strikeUm >= target) return 'strikeExceedsTarget';
    steps.push({ currentA: (plan.strike.currentDensityAdm2 * total) / 100, minutes: plan.strike.minutes });
  }
  const hours = (target - strikeUm) / rateUmPerHour(plan.currentDensityAdm2, efficiency);
  steps.push({ currentA: (plan.currentDensityAdm2 * total) / 100, minutes: hours * 60 });
  return steps;
}

function hoursTo(run: DepositResult, efficiency: number, targetUm: number): number | null {
  let grown = 0;
  let hours = 0;
  for (const s of run.steps) {
    const rate = rateUmPerHour(s.currentDensityAdm2, efficiency);
    const h = s.minutes / 60;
    if (grown + rate * h >= targetUm * (1 - 1e-12)) return hours + (targetUm - grown) / rate;
    grown += rate * h;
    hours += h;
  }
  return null;
}

export function usePlanPreview(
  pieces: readonly { areaCm2: number | undefined; targetThicknessUm: number | undefined }[],
  plan: PlanDraft | null,
  efficiency: number,
  window: OperatingWindow | undefined,
): PlanPreview {
  const { i18n } = useTranslation();
  const signature = JSON.stringify([pieces, plan, efficiency, window]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: inputs are compared by value.
  return useMemo((): PlanPreview => {
    const empty: PlanPreview = { run: null, totalAreaCm2: 0, hoursToTarget: [], errors: {} };
    const known = pieces.filter(
      (p): p is { areaCm2: number; targetThicknessUm: number } =>
        p.areaCm2 !== undefined &&
        p.targetThicknessUm !== undefined &&
        p.areaCm2 > 0 &&
        p.targetThicknessUm > 0,
    );
    if (!plan || known.length !== pieces.length || known.length === 0) return empty;
    const totalAreaCm2 = known.reduce((s, p) => s + p.areaCm2, 0);
    const steps = planSteps(known, plan, efficiency);
    if (steps === 'strikeExceedsTarget') {
      return {
        ...empty,
        errors: { 'plan.strike.minutes': i18n.t('electroforming:records.strikeExceedsTarget') },
      };
    }
    try {
      const run = depositRun({ areaCm2: totalAreaCm2, efficiency, steps, operatingWindow: window });
      return {
        run,
        totalAreaCm2,
        hoursToTarget: known.map((p) => hoursTo(run, efficiency, p.targetThicknessUm)),
        errors: {},
      };
    } catch (error) {
      if (!isElectroformingInputError(error)) throw error;
      const errors: Record<string, string> = {};
      for (const issue of error.issues)
        errors[`plan.${issue.field}`] ??= translateMessage(i18n, issue.key, issue.params);
      return { ...empty, errors };
    }
  }, [signature, i18n, i18n.language]);
}
