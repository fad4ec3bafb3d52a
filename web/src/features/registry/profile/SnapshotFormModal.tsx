import { Alert, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { registryApi } from '#core/api/registry';
import { formatNumber } from '#core/format';
import { SnapshotBody } from '#core/schemas/registry';
import { FormActions } from '#web/components/FormActions';
import { NumberText } from '#web/components/NumberText';
import { call } from '#web/lib/client';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { RupiahInput } from '../form/RupiahInput';
import { dataYearOptions } from '../shared/options';

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

/** One year's figures (Permenperin 13/2025 fields) for this business. */
export function SnapshotFormModal({ businessId, onClose }: { businessId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const client = useQueryClient();
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: ReturnType<typeof toBody>) =>
      call(registryApi.createSnapshot, { params: { id: businessId }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['business', businessId] }),
  });
  const form = useForm<Values>({
    initialValues: {
      dataYear: String(new Date().getFullYear()),
      workersMale: '',
      workersFemale: '',
      workersTotal: '',
      investmentIdr: '',
      turnoverMonthlyIdr: '',
      turnoverYearlyIdr: '',
      outputValueIdr: '',
      capacity: '',
      capacityUnit: '',
      rawMaterials: '',
    },
    validate: (values) => zodValidate(SnapshotBody)(toBody(values)),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync(toBody(values));
      notifications.show({ color: 'green', message: t('common:state.saved') });
      onClose();
    } catch (error) {
      setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);
  const { workersMale: male, workersFemale: female, workersTotal: total } = form.values;
  // Both parts read and no total typed: the total the server will store, shown before saving.
  const sumHint =
    typeof male === 'number' && typeof female === 'number' && total === ''
      ? t('registry:snapshot.workers_sum_hint', { total: formatNumber(male + female, locale, 0) })
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
    <Modal opened onClose={onClose} title={t('registry:snapshot.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
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
