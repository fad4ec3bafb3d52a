import { Accordion, Alert, Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconDeviceFloppy, IconReceipt2 } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { DEFAULT_PRICE_ROUNDING } from '#core/domain/electroforming/price-rounding';
import { formatRupiah } from '#core/format';
import type { Batch, CostingInput } from '#core/schemas/electroforming';
import { useCosting } from '#web/features/electroforming/hooks/records';
import { useStoredState } from '#web/features/electroforming/hooks/use-stored-state';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { type NumberValue, toNumber } from '#web/features/electroforming/lib/numbers';
import { ApiError } from '#web/lib/api';
import { focusFirstInvalid } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { CalcWarnings } from '../CalcWarnings';
import { CostBreakdown } from '../CostBreakdown';
import { ALIGN_END, NumberField } from '../NumberField';
import { isRounding, RoundingSelect } from '../RoundingSelect';
import { WorkingSteps } from '../WorkingSteps';
import { PriceFiguresView } from './PriceFiguresView';
import { SavePriceSheetModal } from './SavePriceSheetModal';

const FIELDS = {
  copperPricePerKgIdr: 'money',
  paintIdr: 'money',
  sealantIdr: 'money',
  otherMaterialsIdr: 'money',
  findingsPerPieceIdr: 'money',
  volts: 'V',
  labourHours: 'h',
  labourRateIdr: 'money',
  overheadPct: '%',
  wholesaleMultiplier: '×',
  retailMultiplier: '×',
} as const;
type Field = keyof typeof FIELDS;

/** A maker's usual prices, remembered on the phone for the next batch. */
const DEFAULTS: Record<Field, NumberValue> = {
  copperPricePerKgIdr: 180000,
  paintIdr: 10000,
  sealantIdr: 5000,
  otherMaterialsIdr: 0,
  findingsPerPieceIdr: 8000,
  volts: 2,
  labourHours: 4,
  labourRateIdr: 20000,
  overheadPct: 10,
  wholesaleMultiplier: 2,
  retailMultiplier: 2,
};

/** Cost of the batch and of one piece: copper, paint, findings, electricity, labour, overhead. */
export function CostingPanel({ batch, canWrite }: { batch: Batch; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const costing = useCosting(batch.id);
  const [s, set] = useStoredState('costing', DEFAULTS);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [chosen, choose] = useStoredState('costing-rounding', { rule: DEFAULT_PRICE_ROUNDING as string });
  const body = {
    ...Object.fromEntries(
      Object.keys(FIELDS)
        .map((k) => [k, toNumber(s[k as Field])])
        .filter(([, v]) => v !== undefined),
      // Empty fields are left out; the server names any that is required (copper price).
    ),
    rounding: isRounding(chosen.rule) ? chosen.rule : DEFAULT_PRICE_ROUNDING,
  } as z.input<typeof CostingInput>;

  const run = async () => {
    setErrors({});
    setFailure(null);
    try {
      await costing.mutateAsync(body);
    } catch (error) {
      if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
        setErrors(error.fields);
        focusFirstInvalid();
        const other = Object.keys(error.fields).filter((k) => !(k in FIELDS));
        if (other.length > 0) setFailure(other.map((k) => error.fields[k]).join(' '));
      } else setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const field = (name: Field) => (
    <NumberField
      key={name}
      label={t(`${R}.costing.fields.${name}`)}
      money={FIELDS[name] === 'money'}
      unit={
        FIELDS[name] === 'money'
          ? undefined
          : FIELDS[name] === 'h'
            ? t('electroforming:ui.units.h')
            : FIELDS[name]
      }
      value={s[name]}
      onChange={(v) => set({ [name]: v })}
      error={errors[name]}
    />
  );
  const result = costing.data;
  return (
    <Card p="md">
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconReceipt2 size={20} />
        <Title order={4}>{t(`${R}.costing.title`)}</Title>
      </Group>
      <Text size="sm" c="dimmed" mb="sm">
        {t(`${R}.costing.hint`)}
      </Text>
      <Stack gap="sm">
        <SimpleGrid cols={2} spacing="xs" style={ALIGN_END}>
          {(Object.keys(FIELDS) as Field[]).map(field)}
        </SimpleGrid>
        <RoundingSelect value={chosen.rule} onChange={(rule) => choose({ rule })} />
        {failure && <Alert color="red">{failure}</Alert>}
        <Button onClick={() => void run()} loading={costing.isPending} data-testid="costing-run">
          {t(`${R}.costing.run`)}
        </Button>
        {result && (
          <Stack gap="sm" data-testid="costing-result">
            <Text size="sm" c="dimmed">
              {t(`${R}.costing.basis`, {
                priced: result.basis.piecesPriced,
                pieces: result.basis.pieces,
                copper: formatFigure(result.basis.copperMassG, locale),
                kwh: formatFigure(result.basis.kwh, locale),
                source: t(`${R}.costing.source.${result.basis.electricitySource}`),
              })}
            </Text>
            <PriceFiguresView figures={result.perPiece} costLabel={t(`${R}.costing.perPiece`)} />
            <Text size="sm">
              {t(`${R}.costing.batchTotal`, {
                cost: formatRupiah(result.batch.costIdr),
                retail: formatRupiah(result.batch.retailIdr),
              })}
            </Text>
            <CostBreakdown lines={result.perPiece.breakdown} title={t(`${R}.costing.breakdownPerPiece`)} />
            <CalcWarnings warnings={result.warnings} />
            <Accordion variant="contained">
              <Accordion.Item value="working">
                <Accordion.Control>{t('electroforming:ui.working.title')}</Accordion.Control>
                <Accordion.Panel>
                  <WorkingSteps steps={result.working} />
                </Accordion.Panel>
              </Accordion.Item>
            </Accordion>
            {canWrite && (
              <Button
                variant="light"
                leftSection={<IconDeviceFloppy size={18} />}
                onClick={() => setSaving(true)}
                data-testid="sheet-open"
              >
                {t(`${R}.sheets.saveAs`)}
              </Button>
            )}
          </Stack>
        )}
      </Stack>
      {saving && (
        <SavePriceSheetModal
          source={{ source: 'batch', batchId: batch.id, costing: body as CostingInput }}
          defaultName={batch.name}
          onClose={() => setSaving(false)}
        />
      )}
    </Card>
  );
}
