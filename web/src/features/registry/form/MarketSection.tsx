import { Select, SimpleGrid, TagsInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import { disabledField } from '#web/components/DisabledReason';
import { NumberText } from '#web/components/NumberText';
import { currentLocale } from '#web/lib/i18n';
import { exportStatusOptions } from '../shared/options';
import { RupiahInput } from './RupiahInput';
import { type Form, FormSection, Grid } from './sections';

export function MarketSection({ form, creating }: { form: Form; creating: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('registry-record:section.market')}>
      <Grid>
        <Select
          label={t('registry:field.export_status')}
          allowDeselect={false}
          data={exportStatusOptions(t)}
          {...form.getInputProps('exportStatus')}
        />
        <TagsInput
          label={t('registry:field.export_countries')}
          placeholder="JP, NL"
          {...disabledField(
            form.values.exportStatus === 'belum' && t('registry:field.export_countries_why'),
            t('registry:field.export_countries_hint'),
          )}
          splitChars={[',', ' ', ';']}
          {...form.getInputProps('exportCountries')}
          onChange={(v) =>
            form.setFieldValue(
              'exportCountries',
              v.map((c) => c.trim().toUpperCase()),
            )
          }
        />
      </Grid>
      <TagsInput
        label={t('registry:field.products')}
        description={t('registry:field.products_hint')}
        splitChars={[',', ';']}
        clearable
        data-testid="field-products"
        {...form.getInputProps('products')}
      />
      {creating && (
        <Grid>
          <RupiahInput
            label={t('registry:field.turnover_monthly')}
            value={form.values.turnoverMonthlyIdr}
            onChange={(v) => form.setFieldValue('turnoverMonthlyIdr', v)}
            error={form.errors.turnoverMonthlyIdr}
            data-testid="field-turnover"
          />
        </Grid>
      )}
      {creating && <WorkersFields form={form} />}
      <Textarea label={t('registry:field.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormSection>
  );
}

/**
 * The first year's workers as the yearly figures form asks them: L and P through the shared
 * number reader, and the total — typed, or L + P shown while it is empty (what will be stored).
 */
function WorkersFields({ form }: { form: Form }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { workersMale: male, workersFemale: female, workersTotal: total } = form.values;
  const sumHint =
    typeof male === 'number' && typeof female === 'number' && total === ''
      ? t('registry-record:snapshot.workers_sum_hint', { total: formatNumber(male + female, locale, 0) })
      : undefined;
  return (
    <SimpleGrid cols={{ base: 1, xs: 3 }}>
      <NumberText
        kind="integer"
        label={t('registry:field.workers_male')}
        data-testid="field-workers-male"
        {...form.getInputProps('workersMale')}
      />
      <NumberText
        kind="integer"
        label={t('registry:field.workers_female')}
        data-testid="field-workers-female"
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
  );
}
