import { Card, SimpleGrid, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_EFFICIENCY } from '#core/domain/electroforming/constants';
import { currentLocale } from '#web/lib/i18n';
import { AreaInput } from '../components/AreaInput';
import { BigFigure } from '../components/BigFigure';
import { CalculatorShell } from '../components/CalculatorShell';
import { CalcWarnings } from '../components/CalcWarnings';
import { ErrorSummary } from '../components/ErrorSummary';
import { NumberField } from '../components/NumberField';
import {
  blankStepFields,
  RunStepsInput,
  STEP_DEFAULT,
  type StepState,
  stepFields,
  toRunSteps,
} from '../components/RunStepsInput';
import { WorkingSteps } from '../components/WorkingSteps';
import { otherErrors, useCalculation } from '../hooks/use-calculation';
import { useStoredState } from '../hooks/use-stored-state';
import { useAreaOutcome, useSharedArea } from '../lib/area';
import { formatDuration, formatFigure } from '../lib/format';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';

const DEFAULTS = {
  efficiency: DEFAULT_EFFICIENCY as NumberValue,
  steps: [{ currentA: 1.5, duration: 10, unit: 'min' }, STEP_DEFAULT] as StepState[],
};

/** "Seberapa tebal setelah N jam?" Charge, copper and thickness add up step by step. */
export function ThicknessPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [area, setArea] = useSharedArea();
  const areaOutcome = useAreaOutcome(area);
  const [s, set] = useStoredState('thickness', DEFAULTS);
  const steps = Array.isArray(s.steps) && s.steps.length > 0 ? s.steps : DEFAULTS.steps;
  const { result, errors } = useCalculation(
    {
      kind: 'deposit',
      areaCm2: areaOutcome.areaCm2 as number,
      efficiency: toNumber(s.efficiency),
      steps: toRunSteps(steps),
    },
    [
      ...(areaOutcome.blank ? ['areaCm2'] : []),
      ...(isBlank(s.efficiency) ? ['efficiency'] : []),
      ...blankStepFields(steps),
    ],
  );
  const f = (v: number) => formatFigure(v, locale);

  return (
    <CalculatorShell
      title={t('electroforming:ui.thickness.title')}
      description={t('electroforming:ui.thickness.description')}
      answer={
        result
          ? { label: t('electroforming:ui.thickness.answer'), value: `${f(result.thicknessUm)} µm` }
          : null
      }
      inputs={
        <>
          <AreaInput state={area} onChange={setArea} outcome={areaOutcome} error={errors.areaCm2} />
          <RunStepsInput steps={steps} onChange={(next) => set({ steps: next })} errors={errors} />
          <NumberField
            label={t('electroforming:ui.fields.efficiency')}
            description={t('electroforming:ui.fields.efficiencyHint')}
            value={s.efficiency}
            onChange={(efficiency) => set({ efficiency })}
            error={errors.efficiency}
          />
        </>
      }
      results={
        result ? (
          <>
            <BigFigure
              label={t('electroforming:ui.thickness.answer')}
              value={f(result.thicknessUm)}
              unit="µm"
              hint={t('electroforming:ui.thickness.after', { duration: formatDuration(result.hours, t) })}
              testId="result-thickness"
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <BigFigure
                size="md"
                label={t('electroforming:ui.figures.copperMass')}
                value={f(result.massG)}
                unit="g"
              />
              <BigFigure
                size="md"
                label={t('electroforming:ui.figures.charge')}
                value={f(result.chargeAh)}
                unit="A·h"
              />
            </SimpleGrid>
            <Card p="md">
              <Text fw={600} mb="xs">
                {t('electroforming:ui.thickness.perStep')}
              </Text>
              <Table.ScrollContainer minWidth={280}>
                <Table verticalSpacing={6} fz="sm" data-testid="step-table">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('electroforming:ui.thickness.col.step')}</Table.Th>
                      <Table.Th ta="right">A/dm²</Table.Th>
                      <Table.Th ta="right">+µm</Table.Th>
                      <Table.Th ta="right">{t('electroforming:ui.thickness.col.total')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.steps.map((r, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: one row per input step, in order.
                      <Table.Tr key={i}>
                        <Table.Td>{i + 1}</Table.Td>
                        <Table.Td ta="right">{f(r.currentDensityAdm2)}</Table.Td>
                        <Table.Td ta="right">{f(r.thicknessUm)}</Table.Td>
                        <Table.Td ta="right" fw={600}>
                          {f(r.cumulativeThicknessUm)} µm
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Card>
            <CalcWarnings warnings={result.warnings} />
            <WorkingSteps steps={[...areaOutcome.working, ...result.working]} />
          </>
        ) : (
          <ErrorSummary
            messages={otherErrors(errors, ['areaCm2', 'efficiency', ...stepFields(steps.length)])}
          />
        )
      }
    />
  );
}
