import { Select, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { legalFormOptions, subsectorOptions } from '../shared/options';
import { type Form, FormSection, Grid } from './sections';

export function IdentitySection({ form }: { form: Form }) {
  const { t } = useTranslation();
  return (
    <FormSection title={t('registry-record:section.identity')}>
      <TextInput
        label={t('registry:field.name')}
        description={t('registry:field.name_hint')}
        required
        autoComplete="off"
        {...form.getInputProps('name')}
        data-testid="field-name"
      />
      <Grid>
        <TextInput label={t('registry:field.brand')} {...form.getInputProps('brand')} />
        <Select
          label={t('registry:field.subsector')}
          placeholder={t('registry:field.choose')}
          data={subsectorOptions(t)}
          {...form.getInputProps('subsector')}
        />
        <Select
          label={t('registry:field.legal_form')}
          placeholder={t('registry:field.choose')}
          clearable
          data={legalFormOptions(t)}
          {...form.getInputProps('legalForm')}
        />
        <TextInput
          label={t('registry:field.year_founded')}
          inputMode="numeric"
          maxLength={4}
          {...form.getInputProps('yearFounded')}
        />
        <TextInput
          label={t('registry:field.nib')}
          description={t('registry:field.nib_hint')}
          inputMode="numeric"
          maxLength={20}
          {...form.getInputProps('nib')}
        />
        <TextInput
          label={t('registry:field.npwp')}
          description={t('registry:field.npwp_hint')}
          inputMode="numeric"
          maxLength={25}
          {...form.getInputProps('npwp')}
        />
        <TagsInput
          label={t('registry:field.kbli')}
          description={t('registry:field.kbli_hint')}
          placeholder="32111"
          maxTags={10}
          splitChars={[',', ' ', ';']}
          {...form.getInputProps('kbli')}
        />
        <Select
          label={t('registry:field.kbli_version')}
          allowDeselect={false}
          data={['2020', '2025']}
          {...form.getInputProps('kbliVersion')}
        />
        <TextInput label={t('registry:field.sentra')} {...form.getInputProps('sentra')} />
      </Grid>
    </FormSection>
  );
}
