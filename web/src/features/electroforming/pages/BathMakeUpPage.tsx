import {
  Accordion,
  Card,
  Group,
  List,
  Select,
  SimpleGrid,
  Stack,
  Text,
  ThemeIcon,
  Title,
} from '@mantine/core';
import { IconListNumbers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { DEFAULT_BATH } from '#core/domain/electroforming/constants';
import { OPERATING_WINDOWS, type OperatingWindowName } from '#core/domain/electroforming/windows';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../components/BigFigure';
import { CalculatorShell } from '../components/CalculatorShell';
import { CalcWarnings } from '../components/CalcWarnings';
import { ErrorSummary } from '../components/ErrorSummary';
import { ALIGN_END, NumberField } from '../components/NumberField';
import { SafetyNotes } from '../components/SafetyNotes';
import { WorkingSteps } from '../components/WorkingSteps';
import { otherErrors, useCalculation } from '../hooks/use-calculation';
import { useStoredState } from '../hooks/use-stored-state';
import { formatFigure } from '../lib/format';
import { translateMessage } from '../lib/messages';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';

const DEFAULTS = {
  volumeL: 2 as NumberValue,
  copperSulfateGL: DEFAULT_BATH.copperSulfateGL as NumberValue,
  sulfuricAcidGL: DEFAULT_BATH.sulfuricAcidGL as NumberValue,
  chloridePpm: DEFAULT_BATH.chloridePpm as NumberValue,
  temperatureC: '' as NumberValue,
  window: 'default' as OperatingWindowName,
  sulfuricAcidStockPct: 98 as NumberValue,
  sulfuricAcidStockDensity: 1.84 as NumberValue,
  hydrochloricAcidStockPct: 37 as NumberValue,
  hydrochloricAcidStockDensity: 1.18 as NumberValue,
};
const REQUIRED = ['volumeL', 'copperSulfateGL', 'sulfuricAcidGL', 'chloridePpm'] as const;
const STOCK = [
  'sulfuricAcidStockPct',
  'sulfuricAcidStockDensity',
  'hydrochloricAcidStockPct',
  'hydrochloricAcidStockDensity',
] as const;
const UNITS: Record<string, string> = {
  volumeL: 'L',
  copperSulfateGL: 'g/L',
  sulfuricAcidGL: 'g/L',
  chloridePpm: 'ppm',
  temperatureC: '°C',
  sulfuricAcidStockPct: '%',
  hydrochloricAcidStockPct: '%',
  sulfuricAcidStockDensity: 'g/mL',
  hydrochloricAcidStockDensity: 'g/mL',
};

type Field = keyof typeof UNITS & keyof typeof DEFAULTS;

/** Bath make-up: grams and millilitres of each chemical, in the safe order. */
export function BathMakeUpPage() {
  const { t, i18n } = useTranslation();
  const locale = currentLocale();
  const [s, set] = useStoredState('bath', DEFAULTS);
  const { result, errors } = useCalculation(
    {
      kind: 'bath',
      volumeL: toNumber(s.volumeL) as number,
      copperSulfateGL: toNumber(s.copperSulfateGL),
      sulfuricAcidGL: toNumber(s.sulfuricAcidGL),
      chloridePpm: toNumber(s.chloridePpm),
      temperatureC: toNumber(s.temperatureC),
      operatingWindow: Object.hasOwn(OPERATING_WINDOWS, s.window) ? s.window : 'default',
      ...Object.fromEntries(STOCK.map((k) => [k, toNumber(s[k])])),
    },
    [...REQUIRED, ...STOCK].filter((k) => isBlank(s[k])),
  );
  const f = (v: number) => formatFigure(v, locale);
  const field = (name: Field) => (
    <NumberField
      key={name}
      label={t(`electroforming:ui.bath.fields.${name}`)}
      unit={UNITS[name]}
      value={s[name] as NumberValue}
      onChange={(v) => set({ [name]: v })}
      error={errors[name]}
      placeholder={name === 'temperatureC' ? t('electroforming:ui.bath.optional') : undefined}
    />
  );

  return (
    <CalculatorShell
      title={t('electroforming:ui.bath.title')}
      description={t('electroforming:ui.bath.description')}
      inputs={
        <>
          {field('volumeL')}
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {field('copperSulfateGL')}
            {field('sulfuricAcidGL')}
            {field('chloridePpm')}
            {field('temperatureC')}
          </SimpleGrid>
          <Select
            size="md"
            label={t('electroforming:ui.bath.window')}
            allowDeselect={false}
            value={s.window}
            onChange={(v) => set({ window: (v ?? 'default') as OperatingWindowName })}
            data={Object.keys(OPERATING_WINDOWS).map((w) => ({
              value: w,
              label: t(`electroforming:windows.${w}`),
            }))}
          />
          <Accordion variant="contained">
            <Accordion.Item value="stock">
              <Accordion.Control>{t('electroforming:ui.bath.stock')}</Accordion.Control>
              <Accordion.Panel>
                <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
                  {STOCK.map((k) => field(k))}
                </SimpleGrid>
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </>
      }
      results={
        <>
          <SafetyNotes />
          {result ? (
            <>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <BigFigure
                  label={t('electroforming:ui.bath.sulfate')}
                  value={f(result.copperSulfateG)}
                  unit="g"
                  testId="result-sulfate"
                />
                <BigFigure
                  label={t('electroforming:ui.bath.acid')}
                  value={f(result.sulfuricAcidMl)}
                  unit="mL"
                  hint={t('electroforming:ui.bath.acidMass', { g: f(result.sulfuricAcidG) })}
                  testId="result-acid"
                />
                <BigFigure
                  size="md"
                  label={t('electroforming:ui.bath.hcl')}
                  value={f(result.hydrochloricAcidMl)}
                  unit="mL"
                  hint={t('electroforming:ui.bath.drops', {
                    n: Math.max(1, Math.round(result.hydrochloricAcidMl * 20)),
                  })}
                />
                <BigFigure
                  size="md"
                  label={t('electroforming:ui.bath.water')}
                  value={f(result.waterInitialL)}
                  unit="L"
                  hint={t('electroforming:ui.bath.copperIn', {
                    g: f(result.copperG),
                    gl: f(result.copperGL),
                  })}
                />
              </SimpleGrid>
              <Card p="md">
                <Group gap="xs" mb="sm" wrap="nowrap">
                  <ThemeIcon variant="light" radius="xl">
                    <IconListNumbers size={18} />
                  </ThemeIcon>
                  <Title order={4}>{t('electroforming:ui.bath.procedure')}</Title>
                </Group>
                <List type="ordered" spacing="sm" data-testid="bath-procedure">
                  {result.procedure.map((note) => (
                    <List.Item key={note.key}>
                      <Text size="sm" fw={note.key.endsWith('.acid') ? 700 : undefined}>
                        {translateMessage(i18n, note.key, note.params)}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              </Card>
              <CalcWarnings warnings={result.warnings} />
              <WorkingSteps steps={result.working} />
            </>
          ) : (
            <Stack>
              <ErrorSummary messages={otherErrors(errors, [...REQUIRED, ...STOCK, 'temperatureC'])} />
            </Stack>
          )}
        </>
      }
    />
  );
}
