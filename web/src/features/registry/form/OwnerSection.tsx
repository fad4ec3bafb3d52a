import { Checkbox, Paper, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PRIVACY_NOTICE_VERSION } from '#core/domain/registry';
import { useHomeRegion } from '../shared/home';
import { educationOptions, genderOptions } from '../shared/options';
import { useRegions } from '../shared/regions';
import { hasPersonalData } from './form-values';
import { NikField } from './NikField';
import { PhoneInput } from './PhoneInput';
import { type Form, FormSection, Grid } from './sections';

/** The owner (a person): personal data only with the consent box, which quotes the notice. */
export function OwnerSection({ form }: { form: Form }) {
  const { t } = useTranslation();
  const home = useHomeRegion();
  const kecamatan = useRegions(home);
  const districtNames = new Map((kecamatan.data ?? []).map((r) => [r.code, r.name]));
  const o = form.values.owner;
  const personal = hasPersonalData(o);
  return (
    <FormSection title={t('registry-record:section.owner')} hint={t('registry-record:owner_form.hint')}>
      <Grid>
        <TextInput
          label={t('registry:field.owner_name')}
          {...form.getInputProps('owner.name')}
          data-testid="field-owner-name"
        />
        <NikField
          label={t('registry:field.nik')}
          description={t('registry:field.nik_hint')}
          homeRegencyCode={home}
          districtNames={districtNames}
          value={o.nik}
          onChange={(v) => form.setFieldValue('owner.nik', v)}
          error={form.errors['owner.nik']}
          data-testid="field-nik"
        />
        <Select
          label={t('registry:field.gender')}
          placeholder={t('registry:field.choose')}
          clearable
          data={genderOptions(t)}
          {...form.getInputProps('owner.gender')}
        />
        <TextInput
          label={t('registry:field.birth_year')}
          inputMode="numeric"
          maxLength={4}
          {...form.getInputProps('owner.birthYear')}
        />
        <PhoneInput
          label={t('registry:field.phone')}
          value={o.phone}
          onChange={(v) => form.setFieldValue('owner.phone', v)}
          error={form.errors['owner.phone']}
          data-testid="field-phone"
        />
        <TextInput label={t('registry:field.email')} type="email" {...form.getInputProps('owner.email')} />
        <Select
          label={t('registry:field.education')}
          placeholder={t('registry:field.choose')}
          clearable
          data={educationOptions(t)}
          {...form.getInputProps('owner.education')}
        />
      </Grid>
      {(personal || o.name.trim()) && (
        <Paper withBorder p="sm" bg="gray.0">
          <Text size="sm" mb="xs">
            {t('registry-record:consent.notice')}
          </Text>
          <Text size="xs" c="dimmed" mb="xs">
            {t('registry-record:consent.version', { version: PRIVACY_NOTICE_VERSION })}
          </Text>
          <Checkbox
            label={t('registry-record:consent.label')}
            {...form.getInputProps('owner.consent', { type: 'checkbox' })}
            data-testid="field-consent"
          />
        </Paper>
      )}
    </FormSection>
  );
}
