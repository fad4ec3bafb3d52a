import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import {
  DEFAULT_PRICE_PER_KWH_IDR,
  DEFAULT_RECTIFIER_EFFICIENCY,
} from '#core/domain/electroforming/constants';
import { formatRupiah } from '#core/format';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../components/BigFigure';
import { CalculatorShell } from '../components/CalculatorShell';
import { CalcWarnings } from '../components/CalcWarnings';
import { ErrorSummary } from '../components/ErrorSummary';
import { ALIGN_END, NumberField } from '../components/NumberField';
import { WorkingSteps } from '../components/WorkingSteps';
import { otherErrors, useCalculation } from '../hooks/use-calculation';
import { useStoredState } from '../hooks/use-stored-state';
import { formatFigure, unitLabel } from '../lib/format';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';

const DEFAULTS = {
  currentA: 0.85 as NumberValue,
  volts: 2 as NumberValue,
  hours: 12 as NumberValue,
  rectifierEfficiency: DEFAULT_RECTIFIER_EFFICIENCY as NumberValue,
  pricePerKwhIdr: DEFAULT_PRICE_PER_KWH_IDR as NumberValue,
};
const FIELDS = ['currentA', 'volts', 'hours', 'rectifierEfficiency', 'pricePerKwhIdr'] as const;

/** Electricity of a run: E = V·I·t / rectifier efficiency, priced per kWh. */
export function EnergyPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [s, set] = useStoredState('energy', DEFAULTS);
  const { result, errors } = useCalculation(
    {
      kind: 'energy',
      currentA: toNumber(s.currentA) as number,
      volts: toNumber(s.volts) as number,
      hours: toNumber(s.hours) as number,
      rectifierEfficiency: toNumber(s.rectifierEfficiency),
      pricePerKwhIdr: toNumber(s.pricePerKwhIdr),
    },
    FIELDS.filter((field) => isBlank(s[field])),
  );
  const field = (name: (typeof FIELDS)[number], unit?: string, money?: boolean) => (
    <NumberField
      label={t(`electroforming:ui.energy.fields.${name}`)}
      description={t(`electroforming:ui.energy.hints.${name}`)}
      unit={unit}
      money={money}
      value={s[name]}
      onChange={(v) => set({ [name]: v })}
      error={errors[name]}
    />
  );

  return (
    <CalculatorShell
      title={t('electroforming:ui.energy.title')}
      description={t('electroforming:ui.energy.description')}
      answer={
        result ? { label: t('electroforming:ui.energy.cost'), value: formatRupiah(result.costIdr) } : null
      }
      inputs={
        <>
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {field('currentA', 'A')}
            {field('volts', 'V')}
          </SimpleGrid>
          {field('hours', unitLabel('h', t))}
          {field('rectifierEfficiency')}
          {field('pricePerKwhIdr', undefined, true)}
        </>
      }
      results={
        result ? (
          <>
            <BigFigure
              label={t('electroforming:ui.energy.cost')}
              value={formatRupiah(result.costIdr)}
              testId="result-energy-cost"
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <BigFigure
                size="md"
                label={t('electroforming:ui.energy.mains')}
                value={formatFigure(result.wh, locale)}
                unit="Wh"
                hint={`${formatFigure(result.kwh, locale)} kWh`}
              />
              <BigFigure
                size="md"
                label={t('electroforming:ui.energy.dc')}
                value={formatFigure(result.dcWh, locale)}
                unit="Wh"
              />
            </SimpleGrid>
            <CalcWarnings warnings={result.warnings} />
            <WorkingSteps steps={result.working} />
          </>
        ) : (
          <ErrorSummary messages={otherErrors(errors, FIELDS)} />
        )
      }
    />
  );
}
