import { Alert, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { formatNumber } from '#core/format';
import { SnapshotBody, UpdateSnapshotBody } from '#core/schemas/registry';
import { FormActions } from '#web/components/FormActions';
import { NumberText } from '#web/components/NumberText';
import { StaleEditAlert } from '#web/components/StaleEditAlert';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { useStaleEdit } from '#web/lib/stale-edit';
import { RupiahInput } from '../form/RupiahInput';
import { useFetchSnapshot, useSaveSnapshot } from '../hooks/businesses';
import { dataYearOptions } from '../shared/options';
import type { Snapshot } from '../shared/types';

type Values = {
  dataYear: string;
  workersMale: string | number;
  workersFemale: string | number;
  workersTotal: string | number;
  investmentIdr: string;
  turnoverMonthlyIdr: string;
  turnoverYearlyIdr: string;
  outputValueIdr: string;
  capacity: string | number;
  capacityUnit: string;
  rawMaterials: string;
};

const blank = (v: string | number) => (v === '' ? undefined : v);

function toBody(v: Values) {
  return {
    dataYear: v.dataYear,
    workersMale: blank(v.workersMale),
    workersFemale: blank(v.workersFemale),
    workersTotal: blank(v.workersTotal),
    investmentIdr: blank(v.investmentIdr),
    turnoverMonthlyIdr: blank(v.turnoverMonthlyIdr),
    turnoverYearlyIdr: blank(v.turnoverYearlyIdr),
    outputValueIdr: blank(v.outputValueIdr),
    capacity: blank(v.capacity),
    capacityUnit: blank(v.capacityUnit),
    rawMaterials: blank(v.rawMaterials),
    // Not asked in this form.
    outputQuantity: undefined,
    sourceDetail: undefined,
  };
}

/** A correction: an emptied box clears the figure (null), as the PATCH contract expects. */
function toUpdateBody(v: Values): z.input<typeof UpdateSnapshotBody> {
  const body = toBody(v) as Record<string, unknown>;
  const { outputQuantity: _q, sourceDetail: _d, ...asked } = body;
  return Object.fromEntries(
    Object.entries(asked).map(([k, x]) => [k, x === undefined ? null : x]),
  ) as z.input<typeof UpdateSnapshotBody>;
}

const text = (n: number | null) => (n === null ? '' : String(n));

function valuesOf(s: Snapshot | undefined): Values {
  return {
    dataYear: String(s?.dataYear ?? new Date().getFullYear()),
    workersMale: s?.workersMale ?? '',
    workersFemale: s?.workersFemale ?? '',
    workersTotal: s?.workersTotal ?? '',
    investmentIdr: text(s?.investmentIdr ?? null),
    turnoverMonthlyIdr: text(s?.turnoverMonthlyIdr ?? null),
    turnoverYearlyIdr: text(s?.turnoverYearlyIdr ?? null),
    outputValueIdr: text(s?.outputValueIdr ?? null),
    capacity: s?.capacity ?? '',
    capacityUnit: s?.capacityUnit ?? '',
    rawMaterials: s?.rawMaterials ?? '',
  };
}

/**
 * One year's figures (Permenperin 13/2025 fields) for this business: a new year, or a correction
 * of `snapshot`, saved against the version it was filled from.
 */
export function SnapshotFormModal({
  businessId,
  snapshot,
  onClose,
}: {
  businessId: string;
  snapshot?: Snapshot;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [failure, setFailure] = useState<string | null>(null);
  const save = useSaveSnapshot(businessId);
  const fetchSnapshot = useFetchSnapshot(businessId);
  const editing = snapshot !== undefined;
  const edit = useStaleEdit(
    snapshot,
    () => fetchSnapshot(snapshot!.id),
    (fresh) => {
      form.setInitialValues(valuesOf(fresh));
      form.setValues(valuesOf(fresh));
      form.clearErrors();
      setFailure(null);
    },
  );
  const form = useForm<Values>({
    initialValues: valuesOf(snapshot),
    validate: (values) =>
      editing
        ? zodValidate(UpdateSnapshotBody)(toUpdateBody(values))
        : zodValidate(SnapshotBody)(toBody(values)),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync(
        edit.base
          ? {
              snapshotId: edit.base.id,
              body: { ...toUpdateBody(values), expectedRecordedAt: edit.base.recordedAt },
            }
          : { body: toBody(values) },
      );
      notifications.show({ color: 'green', message: t('common:state.saved') });
      onClose();
    } catch (error) {
      if (!edit.catchStale(error)) setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);
  const { workersMale: male, workersFemale: female, workersTotal: total } = form.values;
  // Both parts read and no total typed: the total the server will store, shown before saving.
  const sumHint =
    typeof male === 'number' && typeof female === 'number' && total === ''
      ? t('registry-record:snapshot.workers_sum_hint', { total: formatNumber(male + female, locale, 0) })
      : undefined;
  const money = (name: keyof Values, label: string) => (
    <RupiahInput
      label={label}
      value={String(form.values[name])}
      onChange={(v) => form.setFieldValue(name, v)}
      error={form.errors[name]}
    />
  );
  return (
    <Modal
      opened
      onClose={onClose}
      title={
        editing
          ? t('registry-record:snapshot.edit_title', { year: snapshot.dataYear })
          : t('registry-record:snapshot.add')
      }
      size="lg"
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {edit.stale && (
            <StaleEditAlert
              onReload={() => void edit.reload()}
              reloading={edit.reloading}
              reloadFailed={edit.reloadError !== null}
            />
          )}
          {failure && <Alert color="red">{failure}</Alert>}
          <Select
            label={t('registry:field.data_year')}
            required
            allowDeselect={false}
            data={dataYearOptions()}
            {...form.getInputProps('dataYear')}
          />
          <SimpleGrid cols={{ base: 1, xs: 3 }}>
            <NumberText
              kind="integer"
              label={t('registry:field.workers_male')}
              {...form.getInputProps('workersMale')}
            />
            <NumberText
              kind="integer"
              label={t('registry:field.workers_female')}
              {...form.getInputProps('workersFemale')}
            />
            <NumberText
              kind="integer"
              label={t('registry:field.workers_total')}
              description={sumHint}
              data-testid="field-workers-total"
              {...form.getInputProps('workersTotal')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            {money('turnoverMonthlyIdr', t('registry:field.turnover_monthly'))}
            {money('turnoverYearlyIdr', t('registry:field.turnover_yearly'))}
            {money('investmentIdr', t('registry:field.investment'))}
            {money('outputValueIdr', t('registry:field.output_value'))}
            <NumberText label={t('registry:field.capacity')} {...form.getInputProps('capacity')} />
            <TextInput
              label={t('registry:field.capacity_unit')}
              placeholder={t('registry:field.capacity_unit_placeholder')}
              {...form.getInputProps('capacityUnit')}
            />
          </SimpleGrid>
          <TextInput label={t('registry:field.raw_materials')} {...form.getInputProps('rawMaterials')} />
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
