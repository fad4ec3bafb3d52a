import { Button, Select, Textarea, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCurrentLocation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSignedInUser } from '#web/app/session';
import { disabledField } from '#web/components/DisabledReason';
import { useHomeRegion } from '../shared/home';
import { regionOptions, useRegions } from '../shared/regions';
import { inScope } from '../shared/scope';
import { type Form, FormSection, Grid } from './sections';

/** Kecamatan of the home city (an officer's own only), then kelurahan of that kecamatan. */
export function LocationSection({ form, lockDistrict }: { form: Form; lockDistrict: boolean }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const kecamatan = useRegions(useHomeRegion());
  const kelurahan = useRegions(form.values.districtCode);
  const [locating, setLocating] = useState(false);
  // Officers fill the form standing in the workshop: the phone knows where that is.
  const locate = () => {
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      (pos) => {
        form.setFieldValue('lat', pos.coords.latitude.toFixed(6));
        form.setFieldValue('lng', pos.coords.longitude.toFixed(6));
        setLocating(false);
      },
      () => {
        notifications.show({ color: 'orange', message: t('registry-record:form.locate_failed') });
        setLocating(false);
      },
      { enableHighAccuracy: true, timeout: 15_000 },
    );
  };
  const kecamatanData = regionOptions(kecamatan.data).filter((o) => inScope(user, o.value));
  return (
    <FormSection title={t('registry-record:section.location')}>
      <Grid>
        <Select
          label={t('registry:field.kecamatan')}
          placeholder={t('registry:field.choose')}
          required
          searchable
          {...disabledField(lockDistrict && t('registry:field.kecamatan_locked'))}
          data={kecamatanData}
          {...form.getInputProps('districtCode')}
          onChange={(v) => {
            form.setFieldValue('districtCode', v);
            form.setFieldValue('villageCode', null);
          }}
          nothingFoundMessage={t('registry:filter.nothing_found')}
          data-testid="field-kecamatan"
          error={form.errors.districtCode ?? (kecamatan.error ? t('registry:regions_failed') : undefined)}
        />
        <Select
          label={t('registry:field.kelurahan')}
          placeholder={
            form.values.districtCode ? t('registry:field.choose') : t('registry:filter.pick_kecamatan_first')
          }
          searchable
          clearable
          disabled={!form.values.districtCode}
          data={regionOptions(kelurahan.data)}
          {...form.getInputProps('villageCode')}
          nothingFoundMessage={t('registry:filter.nothing_found')}
          data-testid="field-kelurahan"
        />
      </Grid>
      <Textarea label={t('registry:field.address')} autosize minRows={2} {...form.getInputProps('address')} />
      <Grid>
        <TextInput
          label={t('registry:field.lat')}
          placeholder="-7.9666"
          inputMode="decimal"
          {...form.getInputProps('lat')}
        />
        <TextInput
          label={t('registry:field.lng')}
          placeholder="112.6326"
          inputMode="decimal"
          {...form.getInputProps('lng')}
        />
      </Grid>
      {'geolocation' in navigator && (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconCurrentLocation size={14} />}
          loading={locating}
          onClick={locate}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('registry-record:form.locate')}
        </Button>
      )}
    </FormSection>
  );
}
