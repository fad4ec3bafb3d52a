import { Alert, Modal, MultiSelect, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CreateSupportBody } from '#core/schemas/needs';
import { officeDate } from '#core/time';
import { disabledField } from '#web/components/DisabledReason';
import { FormActions } from '#web/components/FormActions';
import { fieldNumber, NumberText } from '#web/components/NumberText';
import { focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { useBusinessOptions, useCreateSupport, useNeeds } from '../hooks/queries';
import { categoryLabel, delivererOptions, supportTypeOptions } from '../labels';
import { refusalMessage } from './refusal';

type Values = {
  type: string;
  date: string;
  valueIdr: number | string;
  kind: string;
  name: string;
  title: string;
  businessIds: string[];
  needIds: string[];
};

const toBody = (v: Values) => ({
  type: v.type || undefined,
  date: v.date,
  valueIdr: fieldNumber(v.valueIdr),
  deliveredBy: { kind: v.kind || undefined, name: v.name },
  title: v.title.trim() || undefined,
  businessIds: v.businessIds,
  needIds: v.needIds,
});

/** Records support given: what, when, how much, by whom, to which businesses, answering which needs. */
export function SupportFormModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const create = useCreateSupport();
  const [failure, setFailure] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Record<string, string>>({});
  const businesses = useBusinessOptions(search);
  const form = useForm<Values>({
    initialValues: {
      type: '',
      date: officeDate(),
      valueIdr: 0,
      kind: 'office',
      name: '',
      title: '',
      businessIds: [],
      needIds: [],
    },
    validate: (values) => {
      const errors = zodValidate(CreateSupportBody)(toBody(values));
      // The deliverer's parts are two inputs here.
      for (const [from, to] of [
        ['deliveredBy.kind', 'kind'],
        ['deliveredBy.name', 'name'],
      ])
        if (errors[from]) errors[to] = errors[from];
      return errors;
    },
  });
  const chosen = form.values.businessIds;
  const openNeeds = useNeeds({ status: 'open', pageSize: 200 }, chosen.length > 0);
  const needOptions = (openNeeds.data?.items ?? [])
    .filter((n) => chosen.includes(n.businessId))
    .map((n) => ({ value: n.id, label: `${n.businessName}: ${categoryLabel(n.category, locale)}` }));
  // Keep the names of picked businesses while the search shows others.
  const businessData = [
    ...Object.entries(picked)
      .filter(([id]) => chosen.includes(id))
      .map(([value, label]) => ({ value, label })),
    ...(businesses.data ?? []).filter((o) => !chosen.includes(o.value)),
  ];

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await create.mutateAsync(CreateSupportBody.parse(toBody(values)));
      notifications.show({ color: 'green', message: t('common:state.saved') });
      form.reset();
      onClose();
    } catch (error) {
      setFailure(
        refusalMessage(error, form, [
          'type',
          'date',
          'valueIdr',
          'kind',
          'name',
          'title',
          'businessIds',
          'needIds',
        ]),
      );
    }
  }, focusFirstInvalid);

  return (
    <Modal opened={opened} onClose={onClose} title={t('needs:ui.support.add')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && <Alert color="red">{failure}</Alert>}
          <Select
            label={t('fields:type')}
            required
            data={supportTypeOptions()}
            {...form.getInputProps('type')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <TextInput type="date" label={t('fields:date')} required {...form.getInputProps('date')} />
            <NumberText
              kind="money"
              label={t('fields:valueIdr')}
              required
              {...form.getInputProps('valueIdr')}
            />
          </SimpleGrid>
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('needs:ui.support.delivererKind')}
              required
              allowDeselect={false}
              data={delivererOptions()}
              {...form.getInputProps('kind')}
            />
            <TextInput label={t('needs:ui.support.delivererName')} required {...form.getInputProps('name')} />
          </SimpleGrid>
          <TextInput label={t('fields:title')} {...form.getInputProps('title')} />
          <MultiSelect
            label={t('fields:businessIds')}
            required
            searchable
            searchValue={search}
            onSearchChange={setSearch}
            data={businessData}
            nothingFoundMessage={t('needs:ui.nothingFound')}
            {...form.getInputProps('businessIds')}
            onChange={(ids) => {
              const names = new Map(businessData.map((o) => [o.value, o.label]));
              setPicked((p) => ({
                ...p,
                ...Object.fromEntries(ids.map((id) => [id, names.get(id) ?? p[id] ?? id])),
              }));
              form.setFieldValue('businessIds', ids);
              form.setFieldValue(
                'needIds',
                form.values.needIds.filter((n) => needOptions.some((o) => o.value === n)),
              );
            }}
          />
          <MultiSelect
            label={t('fields:needIds')}
            data={needOptions}
            {...disabledField(
              chosen.length === 0 && t('needs:ui.support.needsWhy'),
              t('needs:ui.support.needsHint'),
            )}
            {...form.getInputProps('needIds')}
          />
          <FormActions onCancel={onClose} saving={create.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
