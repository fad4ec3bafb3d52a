import { Alert, Button, Card, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import { UpdateElectroformingSettingsBody } from '#core/schemas/electroforming';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { NumberField } from '../components/NumberField';
import { useSaveSettings, useSettings } from '../hooks/records';
import { R } from '../lib/labels';
import type { NumberValue } from '../lib/numbers';
import { toNumber } from '../lib/numbers';

type Values = { idrPerUsd: NumberValue; idrPerEur: NumberValue; pricePerKwhIdr: NumberValue };
const toBody = (v: Values) => ({
  idrPerUsd: toNumber(v.idrPerUsd),
  idrPerEur: toNumber(v.idrPerEur),
  pricePerKwhIdr: toNumber(v.pricePerKwhIdr),
});

function SettingsForm({ initial, updatedAt }: { initial: Values; updatedAt: string | null }) {
  const { t } = useTranslation();
  const save = useSaveSettings();
  const form = useForm<Values>({
    initialValues: initial,
    validate: (v) => zodValidate(UpdateElectroformingSettingsBody)(toBody(v)),
  });
  const submit = form.onSubmit(async (values) => {
    try {
      await save.mutateAsync(
        toBody(values) as { idrPerUsd: number; idrPerEur: number; pricePerKwhIdr: number },
      );
      notifications.show({ color: 'teal', message: t('common:state.saved') });
    } catch (error) {
      const message = applyApiErrors(error, form);
      if (message) notifications.show({ color: 'red', message });
    }
  }, focusFirstInvalid);
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <NumberField label={t(`${R}.settings.idrPerUsd`)} money {...form.getInputProps('idrPerUsd')} />
        <NumberField label={t(`${R}.settings.idrPerEur`)} money {...form.getInputProps('idrPerEur')} />
        <NumberField
          label={t(`${R}.settings.pricePerKwhIdr`)}
          description={t('electroforming:ui.energy.hints.pricePerKwhIdr')}
          {...form.getInputProps('pricePerKwhIdr')}
        />
        <Text size="xs" c="dimmed">
          {updatedAt
            ? t(`${R}.settings.updatedAt`, { at: formatDateTime(updatedAt, currentLocale()) })
            : t(`${R}.settings.defaults`)}
        </Text>
        <Button type="submit" loading={save.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('common:action.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** The office's exchange rates and electricity tariff, used for every maker's export prices. */
export function SettingsPage() {
  const { t } = useTranslation();
  const settings = useSettings();
  return (
    <Stack gap="md" maw={560}>
      <PageHeader title={t(`${R}.settings.title`)} description={t(`${R}.settings.description`)} />
      <Alert color="blue" variant="light">
        {t(`${R}.settings.note`)}
      </Alert>
      <Card p="md">
        {settings.isPending ? (
          <LoadingState />
        ) : settings.error ? (
          <ErrorState error={settings.error} onRetry={() => void settings.refetch()} />
        ) : (
          <SettingsForm
            initial={{
              idrPerUsd: settings.data.idrPerUsd,
              idrPerEur: settings.data.idrPerEur,
              pricePerKwhIdr: settings.data.pricePerKwhIdr,
            }}
            updatedAt={settings.data.updatedAt}
          />
        )}
      </Card>
    </Stack>
  );
}
