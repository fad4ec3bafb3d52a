import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DEFAULT_EFFICIENCY } from '#core/domain/electroforming/constants';
import { formatDateTime } from '#core/format';
import { currentLocale } from '#web/lib/i18n';
import { AreaInput } from '../components/AreaInput';
import { BigFigure } from '../components/BigFigure';
import { CalculatorShell } from '../components/CalculatorShell';
import { CalcWarnings } from '../components/CalcWarnings';
import { type Drive, DriveInput } from '../components/DriveInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { NumberField } from '../components/NumberField';
import { WorkingSteps } from '../components/WorkingSteps';
import { otherErrors, useCalculation } from '../hooks/use-calculation';
import { useStoredState } from '../hooks/use-stored-state';
import { useAreaOutcome, useSharedArea } from '../lib/area';
import { formatDuration, formatFigure, unitLabel } from '../lib/format';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';

const DEFAULTS = {
  drive: 'density' as Drive,
  density: 1.5 as NumberValue,
  current: 0.9 as NumberValue,
  thicknessUm: 200 as NumberValue,
  efficiency: DEFAULT_EFFICIENCY as NumberValue,
};

const INLINE = ['areaCm2', 'currentDensityAdm2', 'currentA', 'thicknessUm', 'efficiency'];

/** "Berapa lama saya melapisi daun ini?" */
export function TimePage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [area, setArea] = useSharedArea();
  const areaOutcome = useAreaOutcome(area);
  const [s, set] = useStoredState('time', DEFAULTS);
  const byDensity = s.drive === 'density';
  const driveField = byDensity ? 'currentDensityAdm2' : 'currentA';
  const driveValue = byDensity ? s.density : s.current;
  const blank = [
    ...(areaOutcome.blank ? ['areaCm2'] : []),
    ...(isBlank(driveValue) ? [driveField] : []),
    ...(isBlank(s.thicknessUm) ? ['thicknessUm'] : []),
    ...(isBlank(s.efficiency) ? ['efficiency'] : []),
  ];
  const { result, errors } = useCalculation(
    {
      kind: 'time',
      areaCm2: areaOutcome.areaCm2 as number,
      efficiency: toNumber(s.efficiency),
      thicknessUm: toNumber(s.thicknessUm) as number,
      ...(byDensity ? { currentDensityAdm2: toNumber(s.density) } : { currentA: toNumber(s.current) }),
    },
    blank,
  );
  const f = (v: number | undefined) => formatFigure(v, locale);

  return (
    <CalculatorShell
      title={t('electroforming:ui.time.title')}
      description={t('electroforming:ui.time.description')}
      answer={
        result ? { label: t('electroforming:ui.time.answer'), value: formatDuration(result.hours, t) } : null
      }
      inputs={
        <>
          <AreaInput state={area} onChange={setArea} outcome={areaOutcome} error={errors.areaCm2} />
          <DriveInput
            drive={s.drive}
            onDrive={(drive) => set({ drive })}
            density={s.density}
            onDensity={(density) => set({ density })}
            current={s.current}
            onCurrent={(current) => set({ current })}
            errors={errors}
          />
          <NumberField
            label={t('electroforming:ui.fields.thickness')}
            description={t('electroforming:ui.fields.thicknessHint')}
            unit="µm"
            value={s.thicknessUm}
            onChange={(thicknessUm) => set({ thicknessUm })}
            error={errors.thicknessUm}
          />
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
              label={t('electroforming:ui.time.answer')}
              value={formatDuration(result.hours, t)}
              hint={t('electroforming:ui.time.hoursExact', {
                hours: f(result.hours),
                end: formatDateTime(Date.now() + result.hours * 3_600_000, locale),
              })}
              testId="result-time"
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <BigFigure
                size="md"
                label={t('electroforming:ui.figures.currentToSet')}
                value={f(result.currentA)}
                unit="A"
                testId="result-current"
              />
              <BigFigure
                size="md"
                label={t('electroforming:ui.figures.currentDensity')}
                value={f(result.currentDensityAdm2)}
                unit="A/dm²"
              />
              <BigFigure
                size="md"
                label={t('electroforming:ui.figures.rate')}
                value={f(result.depositRateUmPerHour)}
                unit={unitLabel('um/h', t)}
              />
              <BigFigure
                size="md"
                label={t('electroforming:ui.figures.copperMass')}
                value={f(result.massG)}
                unit="g"
              />
            </SimpleGrid>
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
