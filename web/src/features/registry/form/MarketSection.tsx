import { Select, TagsInput, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { exportStatusOptions } from '../shared/options';
import { RupiahInput } from './RupiahInput';
import { type Form, FormSection, Grid } from './sections';

export function MarketSection({ form, creating }: { form: Form; creating: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('registry:section.market')}>
      <Grid>
        <Select
          label={t('registry:field.export_status')}
          allowDeselect={false}
          data={exportStatusOptions(t)}
          {...form.getInputProps('exportStatus')}
        />
        <TagsInput
          label={t('registry:field.export_countries')}
          description={t('registry:field.export_countries_hint')}
          placeholder="JP, NL"
          disabled={form.values.exportStatus === 'belum'}
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
          <Grid>
            <TextInput
              label={t('registry:field.workers_male')}
              inputMode="numeric"
              {...form.getInputProps('workersMale')}
            />
            <TextInput
              label={t('registry:field.workers_female')}
              inputMode="numeric"
              {...form.getInputProps('workersFemale')}
            />
          </Grid>
        </Grid>
      )}
      <Textarea label={t('registry:field.notes')} autosize minRows={2} {...form.getInputProps('notes')} />
    </FormSection>
  );
}
