import { ActionIcon, Button, Group, Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { MAX_RUN_STEPS } from '#core/domain/electroforming/faraday';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';
import { ALIGN_END, NumberField } from './NumberField';

export type StepState = { currentA: NumberValue; duration: NumberValue; unit: 'min' | 'h' };

export const STEP_DEFAULT: StepState = { currentA: 0.85, duration: 12, unit: 'h' };

/** Core run steps from the form: durations in minutes. */
export function toRunSteps(steps: readonly StepState[]) {
  return steps.map((s) => {
    const d = toNumber(s.duration);
    return {
      currentA: toNumber(s.currentA) as number,
      minutes: (d === undefined ? undefined : s.unit === 'h' ? d * 60 : d) as number,
    };
  });
}

export function blankStepFields(steps: readonly StepState[]): string[] {
  return steps.flatMap((s, i) => [
    ...(isBlank(s.currentA) ? [`steps.${i}.currentA`] : []),
    ...(isBlank(s.duration) ? [`steps.${i}.minutes`] : []),
  ]);
}

export const stepFields = (count: number) =>
  Array.from({ length: count }, (_, i) => [`steps.${i}.currentA`, `steps.${i}.minutes`]).flat();

/** A run of steps: a short strike at higher current, then the long main run; more can be added. */
export function RunStepsInput({
  steps,
  onChange,
  errors,
}: {
  steps: StepState[];
  onChange: (steps: StepState[]) => void;
  errors: Record<string, string>;
}) {
  const { t } = useTranslation();
  const update = (i: number, change: Partial<StepState>) =>
    onChange(steps.map((s, j) => (j === i ? { ...s, ...change } : s)));
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('electroforming:ui.steps.label')}</Text>
      {steps.map((s, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: steps have no identity beyond their order.
        <Paper key={i} withBorder p="sm" bg="gray.0" data-testid={`run-step-${i}`}>
          <Group justify="space-between" mb={6} wrap="nowrap">
            <Text size="sm" fw={700}>
              {t('electroforming:ui.steps.step', { n: i + 1 })}
              {' · '}
              {i === 0 && steps.length > 1
                ? t('electroforming:ui.steps.strike')
                : t('electroforming:ui.steps.main')}
            </Text>
            {steps.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('electroforming:ui.steps.remove', { n: i + 1 })}
                onClick={() => onChange(steps.filter((_, j) => j !== i))}
              >
                <IconTrash size={18} />
              </ActionIcon>
            )}
          </Group>
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            <NumberField
              label={t('electroforming:ui.fields.current')}
              unit="A"
              value={s.currentA}
              onChange={(currentA) => update(i, { currentA })}
              error={errors[`steps.${i}.currentA`]}
            />
            <NumberField
              label={t('electroforming:ui.steps.duration')}
              value={s.duration}
              onChange={(duration) => update(i, { duration })}
              error={errors[`steps.${i}.minutes`]}
            />
          </SimpleGrid>
          <SegmentedControl
            mt={6}
            size="xs"
            fullWidth
            value={s.unit}
            onChange={(unit) => update(i, { unit: unit as StepState['unit'] })}
            aria-label={t('electroforming:ui.steps.unit', { n: i + 1 })}
            data={[
              { value: 'min', label: t('electroforming:ui.units.min') },
              { value: 'h', label: t('electroforming:ui.units.h') },
            ]}
          />
        </Paper>
      ))}
      {steps.length < MAX_RUN_STEPS && (
        <Button
          variant="light"
          leftSection={<IconPlus size={16} />}
          onClick={() => onChange([...steps, { ...STEP_DEFAULT, duration: 1 }])}
        >
          {t('electroforming:ui.steps.add')}
        </Button>
      )}
    </Stack>
  );
}
