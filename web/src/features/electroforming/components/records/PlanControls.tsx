import { Checkbox, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BatchPlanInput as PlanDraft } from '#core/domain/electroforming/batch-plan';
import { R } from '#web/features/electroforming/lib/labels';
import { isBlank, type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { ALIGN_END, NumberField } from '../NumberField';
import { blankStepFields, RunStepsInput, type StepState, toRunSteps } from '../RunStepsInput';

export type PlanState = {
  mode: 'target' | 'steps';
  density: NumberValue;
  withStrike: boolean;
  strikeDensity: NumberValue;
  strikeMinutes: NumberValue;
  steps: StepState[];
};

export const PLAN_DEFAULTS: PlanState = {
  mode: 'target',
  density: 1.5,
  withStrike: true,
  strikeDensity: 2.5,
  strikeMinutes: 10,
  steps: [
    { currentA: 1.2, duration: 10, unit: 'min' },
    { currentA: 0.8, duration: 12, unit: 'h' },
  ],
};

/** The plan as the API and the preview want it; null while a field is empty. */
export function toPlanDraft(s: PlanState): PlanDraft | null {
  if (s.mode === 'steps') {
    if (blankStepFields(s.steps).length > 0) return null;
    return { mode: 'steps', steps: toRunSteps(s.steps) };
  }
  if (isBlank(s.density) || (s.withStrike && (isBlank(s.strikeDensity) || isBlank(s.strikeMinutes))))
    return null;
  return {
    mode: 'target',
    currentDensityAdm2: toNumber(s.density) as number,
    ...(s.withStrike
      ? {
          strike: {
            currentDensityAdm2: toNumber(s.strikeDensity) as number,
            minutes: toNumber(s.strikeMinutes) as number,
          },
        }
      : {}),
  };
}

/** How the current is planned: to a target thickness at one density (after a strike), or step by step. */
export function PlanControls({
  state,
  onChange,
  errors,
}: {
  state: PlanState;
  onChange: (change: Partial<PlanState>) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const stepErrors = Object.fromEntries(
    Object.entries(errors)
      .filter(([k]) => k.startsWith('plan.steps.'))
      .map(([k, v]) => [k.slice('plan.'.length), v]),
  );
  return (
    <Stack gap="sm">
      <Text fw={600}>{t(`${R}.planner.plan`)}</Text>
      <SegmentedControl
        fullWidth
        value={state.mode}
        onChange={(mode) => onChange({ mode: mode as PlanState['mode'] })}
        data={[
          { value: 'target', label: t(`${R}.planner.modeTarget`) },
          { value: 'steps', label: t(`${R}.planner.modeSteps`) },
        ]}
      />
      {state.mode === 'target' ? (
        <>
          <NumberField
            label={t('electroforming:ui.fields.currentDensity')}
            description={t('electroforming:ui.fields.currentDensityHint')}
            unit="A/dm²"
            value={state.density}
            onChange={(density) => onChange({ density })}
            error={
              errors['plan.currentDensityAdm2'] ??
              errors['plan.steps.1.currentA'] ??
              errors['plan.steps.0.currentA']
            }
          />
          <Checkbox
            size="md"
            checked={state.withStrike}
            onChange={(e) => onChange({ withStrike: e.currentTarget.checked })}
            label={t(`${R}.planner.withStrike`)}
            description={t(`${R}.planner.strikeHint`)}
          />
          {state.withStrike && (
            <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
              <NumberField
                label={t(`${R}.planner.strikeDensity`)}
                unit="A/dm²"
                value={state.strikeDensity}
                onChange={(strikeDensity) => onChange({ strikeDensity })}
                error={errors['plan.strike.currentDensityAdm2']}
              />
              <NumberField
                label={t(`${R}.planner.strikeMinutes`)}
                unit={t('electroforming:ui.units.min')}
                value={state.strikeMinutes}
                onChange={(strikeMinutes) => onChange({ strikeMinutes })}
                error={errors['plan.strike.minutes']}
              />
            </SimpleGrid>
          )}
        </>
      ) : (
        <RunStepsInput steps={state.steps} onChange={(steps) => onChange({ steps })} errors={stepErrors} />
      )}
    </Stack>
  );
}
