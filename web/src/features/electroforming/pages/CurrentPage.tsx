import { Card, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  ADM2_PER_DENSITY_UNIT,
  CURRENT_DENSITY_UNITS,
  type CurrentDensityUnit,
} from '#core/domain/electroforming/units';
import { currentLocale } from '#web/lib/i18n';
import { AreaInput } from '../components/AreaInput';
import { BigFigure } from '../components/BigFigure';
import { CalculatorShell } from '../components/CalculatorShell';
import { CalcWarnings } from '../components/CalcWarnings';
import { ErrorSummary } from '../components/ErrorSummary';
import { NumberField } from '../components/NumberField';
import { WorkingSteps } from '../components/WorkingSteps';
import { otherErrors, useCalculation } from '../hooks/use-calculation';
import { useStoredState } from '../hooks/use-stored-state';
import { useAreaOutcome, useSharedArea } from '../lib/area';
import { formatFigure, unitLabel } from '../lib/format';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';

const DEFAULTS = { density: 1.5 as NumberValue, unit: 'A/dm2' as CurrentDensityUnit };
const INLINE = ['areaCm2', 'currentDensity', 'currentDensityAdm2'];

/** "Arus berapa yang saya pasang?" I = J · A, with J in any unit a manual uses. */
export function CurrentPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [area, setArea] = useSharedArea();
  const areaOutcome = useAreaOutcome(area);
  const [s, set] = useStoredState('current', DEFAULTS);
  const unit = (CURRENT_DENSITY_UNITS as readonly string[]).includes(s.unit) ? s.unit : 'A/dm2';
  const { result, errors } = useCalculation(
    {
      kind: 'current',
      areaCm2: areaOutcome.areaCm2 as number,
      currentDensity: toNumber(s.density) as number,
      currentDensityUnit: unit,
    },
    [...(areaOutcome.blank ? ['areaCm2'] : []), ...(isBlank(s.density) ? ['currentDensity'] : [])],
  );

  const changeUnit = (next: CurrentDensityUnit) => {
    const value = toNumber(s.density);
    // Keep the same physical density: 1.5 A/dm² becomes 0.0968 A/in², not 1.5 A/in².
    const converted =
      value === undefined
        ? s.density
        : Number(((value * ADM2_PER_DENSITY_UNIT[unit]) / ADM2_PER_DENSITY_UNIT[next]).toPrecision(4));
    set({ unit: next, density: converted });
  };

  return (
    <CalculatorShell
      title={t('electroforming:ui.current.title')}
      description={t('electroforming:ui.current.description')}
      answer={
        result
          ? {
              label: t('electroforming:ui.figures.currentToSet'),
              value: `${formatFigure(result.currentA, locale)} A`,
            }
          : null
      }
      inputs={
        <>
          <AreaInput state={area} onChange={setArea} outcome={areaOutcome} error={errors.areaCm2} />
          <Stack gap="xs">
            <Text fw={600}>{t('electroforming:ui.fields.currentDensity')}</Text>
            <SegmentedControl
              fullWidth
              value={unit}
              onChange={(v) => changeUnit(v as CurrentDensityUnit)}
              aria-label={t('electroforming:ui.current.unit')}
              data={CURRENT_DENSITY_UNITS.map((u) => ({ value: u, label: unitLabel(u, t) }))}
              data-testid="density-unit"
            />
            <NumberField
              aria-label={t('electroforming:ui.fields.currentDensity')}
              description={t('electroforming:ui.fields.currentDensityHint')}
              unit={unitLabel(unit, t)}
              value={s.density}
              onChange={(density) => set({ density })}
              error={errors.currentDensity ?? errors.currentDensityAdm2}
            />
          </Stack>
        </>
      }
      results={
        result ? (
          <>
            <BigFigure
              label={t('electroforming:ui.figures.currentToSet')}
              value={formatFigure(result.currentA, locale)}
              unit="A"
              hint={t('electroforming:ui.current.hint', {
                ma: formatFigure(result.currentA * 1000, locale, 0),
              })}
              testId="result-current"
            />
            <Card p="md">
              <Text fw={600} mb="xs">
                {t('electroforming:ui.current.sameDensity')}
              </Text>
              <Table data-testid="density-table">
                <Table.Tbody>
                  {CURRENT_DENSITY_UNITS.map((u) => (
                    <Table.Tr key={u} fw={u === unit ? 700 : undefined}>
                      <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {formatFigure(result.currentDensities[u], locale)}
                      </Table.Td>
                      <Table.Td>{unitLabel(u, t)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Card>
            <CalcWarnings warnings={result.warnings} />
            <WorkingSteps steps={[...areaOutcome.working, ...result.working]} />
          </>
        ) : (
          <ErrorSummary messages={otherErrors(errors, INLINE)} />
        )
      }
    />
  );
}
