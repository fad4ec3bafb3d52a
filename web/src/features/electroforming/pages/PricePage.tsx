import { Button, SimpleGrid, Text } from '@mantine/core';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DEFAULT_PRICE_ROUNDING, type PriceRounding } from '#core/domain/electroforming/price-rounding';
import { formatCurrency, formatRupiah } from '#core/format';
import type { ManualPriceInput } from '#core/schemas/electroforming';
import { useCan } from '#web/app/session';
import { currentLocale } from '#web/lib/i18n';
import { BigFigure } from '../components/BigFigure';
import { CalculatorShell } from '../components/CalculatorShell';
import { CalcWarnings } from '../components/CalcWarnings';
import { CostBreakdown } from '../components/CostBreakdown';
import { ErrorSummary } from '../components/ErrorSummary';
import { ALIGN_END, NumberField } from '../components/NumberField';
import { isRounding, RoundingNote, RoundingSelect } from '../components/RoundingSelect';
import { SavePriceSheetModal } from '../components/records/SavePriceSheetModal';
import { WorkingSteps } from '../components/WorkingSteps';
import { useSettings } from '../hooks/records';
import { otherErrors, useCalculation } from '../hooks/use-calculation';
import { useStoredState } from '../hooks/use-stored-state';
import { isBlank, type NumberValue, toNumber } from '../lib/numbers';

const MONEY = [
  'copperIdr',
  'paintIdr',
  'sealantIdr',
  'findingsIdr',
  'materialsIdr',
  'electricityIdr',
  'labourRateIdr',
  'idrPerUsd',
  'idrPerEur',
] as const;
const OTHER = ['labourHours', 'overheadPct', 'wholesaleMultiplier', 'retailMultiplier'] as const;
type Field = (typeof MONEY)[number] | (typeof OTHER)[number];
const REQUIRED: Field[] = [
  'labourHours',
  'labourRateIdr',
  'overheadPct',
  'wholesaleMultiplier',
  'retailMultiplier',
];
const UNITS: Partial<Record<Field, string>> = {
  overheadPct: '%',
  wholesaleMultiplier: '×',
  retailMultiplier: '×',
};

export const PRICE_DEFAULTS: Record<Field, NumberValue> = {
  copperIdr: 2000,
  paintIdr: 3000,
  sealantIdr: 1500,
  findingsIdr: 8000,
  materialsIdr: 500,
  electricityIdr: 100,
  labourHours: 1.5,
  labourRateIdr: 20000,
  overheadPct: 10,
  wholesaleMultiplier: 2,
  retailMultiplier: 2,
  idrPerUsd: '',
  idrPerEur: '',
};

/** The calculator's inputs as a manual price sheet (the office's rates are applied by the server). */
function manualPrice(
  request: Record<string, number | undefined>,
  rounding: PriceRounding,
): z.infer<typeof ManualPriceInput> {
  const { idrPerUsd: _usd, idrPerEur: _eur, ...rest } = request;
  return {
    ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)),
    rounding,
  } as z.infer<typeof ManualPriceInput>;
}

/** Cost of goods (HPP) → wholesale → retail → export, with the breakdown. */
export function PricePage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [s, set] = useStoredState('price', PRICE_DEFAULTS);
  const owner = useCan('electroforming.records_write');
  const readsRecords = useCan('electroforming.records');
  // The office sets the export rates; a maker may still type another one.
  const office = useSettings(readsRecords).data;
  const [saving, setSaving] = useState(false);
  const request: Record<string, number | undefined> = Object.fromEntries(
    [...MONEY, ...OTHER].map((k) => [k, toNumber(s[k])]),
  );
  request.idrPerUsd ??= office?.idrPerUsd;
  request.idrPerEur ??= office?.idrPerEur;
  const [chosen, choose] = useStoredState('price-rounding', { rule: DEFAULT_PRICE_ROUNDING as string });
  const rounding = isRounding(chosen.rule) ? chosen.rule : DEFAULT_PRICE_ROUNDING;
  const { result, errors } = useCalculation(
    { kind: 'price', ...request, rounding },
    REQUIRED.filter((k) => isBlank(s[k])),
  );
  const field = (name: Field) => (
    <NumberField
      key={name}
      label={t(`electroforming:ui.price.fields.${name}`)}
      money={(MONEY as readonly string[]).includes(name)}
      unit={name === 'labourHours' ? t('electroforming:ui.units.h') : UNITS[name]}
      value={s[name]}
      onChange={(v) => set({ [name]: v })}
      error={errors[name]}
      placeholder={
        name === 'idrPerUsd' && office
          ? String(office.idrPerUsd)
          : name === 'idrPerEur' && office
            ? String(office.idrPerEur)
            : undefined
      }
    />
  );
  const section = (key: string) => (
    <Text fw={700} size="sm" c="copper.8" tt="uppercase" mt="xs">
      {t(`electroforming:ui.price.sections.${key}`)}
    </Text>
  );

  return (
    <CalculatorShell
      title={t('electroforming:ui.price.title')}
      description={t('electroforming:ui.price.description')}
      answer={
        result ? { label: t('electroforming:ui.price.retail'), value: formatRupiah(result.retailIdr) } : null
      }
      inputs={
        <>
          {section('materials')}
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {field('copperIdr')}
            {field('paintIdr')}
            {field('sealantIdr')}
            {field('findingsIdr')}
            {field('materialsIdr')}
            {field('electricityIdr')}
          </SimpleGrid>
          {section('labour')}
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {field('labourHours')}
            {field('labourRateIdr')}
          </SimpleGrid>
          {field('overheadPct')}
          {section('prices')}
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {field('wholesaleMultiplier')}
            {field('retailMultiplier')}
          </SimpleGrid>
          <RoundingSelect value={rounding} onChange={(rule) => choose({ rule })} />
          {section('export')}
          <Text size="xs" c="dimmed">
            {t('electroforming:ui.price.exportHint')}
          </Text>
          <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
            {field('idrPerUsd')}
            {field('idrPerEur')}
          </SimpleGrid>
        </>
      }
      results={
        result ? (
          <>
            <BigFigure
              label={t('electroforming:ui.price.cost')}
              value={formatRupiah(result.costIdr)}
              hint={t('electroforming:ui.price.costHint')}
              testId="result-cost"
            />
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <BigFigure
                size="md"
                label={t('electroforming:ui.price.wholesale')}
                value={formatRupiah(result.wholesaleIdr)}
                hint={
                  result.wholesaleUsd !== undefined || result.wholesaleEur !== undefined
                    ? [
                        formatCurrency(result.wholesaleUsd, 'USD', locale),
                        formatCurrency(result.wholesaleEur, 'EUR', locale),
                      ]
                        .filter((x) => x !== '–')
                        .join(' · ')
                    : undefined
                }
                testId="result-wholesale"
              />
              <BigFigure
                size="md"
                label={t('electroforming:ui.price.retail')}
                value={formatRupiah(result.retailIdr)}
                hint={
                  result.retailUsd !== undefined || result.retailEur !== undefined
                    ? [
                        formatCurrency(result.retailUsd, 'USD', locale),
                        formatCurrency(result.retailEur, 'EUR', locale),
                      ]
                        .filter((x) => x !== '–')
                        .join(' · ')
                    : undefined
                }
                testId="result-retail"
              />
            </SimpleGrid>
            <RoundingNote rule={result.rounding} />
            <CostBreakdown lines={result.breakdown} />
            <CalcWarnings warnings={result.warnings} />
            <WorkingSteps steps={result.working} />
            {owner && (
              <Button
                variant="light"
                size="md"
                leftSection={<IconDeviceFloppy size={18} />}
                onClick={() => setSaving(true)}
                data-testid="price-save-sheet"
              >
                {t('electroforming:ui.price.saveSheet')}
              </Button>
            )}
            {saving && (
              <SavePriceSheetModal
                source={{ source: 'manual', price: manualPrice(request, rounding) }}
                defaultName=""
                onClose={() => setSaving(false)}
              />
            )}
          </>
        ) : (
          <ErrorSummary messages={otherErrors(errors, [...MONEY, ...OTHER])} />
        )
      }
    />
  );
}
