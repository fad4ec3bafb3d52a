import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BatchPlanInput,
  hoursToTarget,
  type Plan,
  planWithWorking,
} from '#core/domain/electroforming/batch-plan';
import { isElectroformingInputError } from '#core/domain/electroforming/errors';
import type { OperatingWindow } from '#core/domain/electroforming/windows';
import type { WorkingStep } from '#core/domain/electroforming/working';
import { translateMessage } from '../lib/messages';

export type PlanDraft = BatchPlanInput;

export type PlanPreview = {
  plan: Plan | null;
  working: WorkingStep[];
  /** Hours into the run at which each piece reaches its own target (null: never). */
  hoursToTarget: (number | null)[];
  /** Request field (`plan.strike.minutes`, `plan.steps.0.currentA` …) → translated message. */
  errors: Record<string, string>;
};

/**
 * The batch plan the server will make, computed in the browser with the same core planner
 * (core/domain/electroforming/batch-plan.ts) so the maker sees current and time while still
 * typing, offline too. Nothing is planned until every piece has an area and a target.
 */
export function usePlanPreview(
  pieces: readonly { areaCm2: number | undefined; targetThicknessUm: number | undefined }[],
  draft: PlanDraft | null,
  efficiency: number,
  window: OperatingWindow | undefined,
): PlanPreview {
  const { i18n } = useTranslation();
  const signature = JSON.stringify([pieces, draft, efficiency, window]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: inputs are compared by value.
  return useMemo((): PlanPreview => {
    const empty: PlanPreview = { plan: null, working: [], hoursToTarget: [], errors: {} };
    const known = pieces.filter(
      (p): p is { areaCm2: number; targetThicknessUm: number } =>
        p.areaCm2 !== undefined &&
        p.targetThicknessUm !== undefined &&
        p.areaCm2 > 0 &&
        p.targetThicknessUm > 0,
    );
    if (!draft || known.length !== pieces.length || known.length === 0) return empty;
    try {
      const { plan, working } = planWithWorking(known, draft, efficiency, window);
      return {
        plan,
        working,
        hoursToTarget: known.map((p) => hoursToTarget(plan, p.targetThicknessUm)),
        errors: {},
      };
    } catch (error) {
      if (!isElectroformingInputError(error)) throw error;
      const errors: Record<string, string> = {};
      for (const issue of error.issues)
        errors[issue.field] ??= translateMessage(i18n, issue.key, issue.params);
      return { ...empty, errors };
    }
  }, [signature, i18n, i18n.language]);
}
