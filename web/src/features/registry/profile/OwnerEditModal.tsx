import { Alert, Checkbox, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIVACY_NOTICE_VERSION } from '#core/domain/registry';
import { UpdateOwnerBody } from '#core/schemas/registry';
import { FormActions } from '#web/components/FormActions';
import { StaleEditAlert } from '#web/components/StaleEditAlert';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { useStaleEdit } from '#web/lib/stale-edit';
import { NikField } from '../form/NikField';
import { PhoneInput } from '../form/PhoneInput';
import { useFetchOwner, useUpdateOwner } from '../hooks/businesses';
import { useHomeRegion } from '../shared/home';
import { educationOptions, genderOptions } from '../shared/options';
import { useRegions } from '../shared/regions';
import type { Owner } from '../shared/types';

type Values = {
  name: string;
  nik: string;
  gender: string | null;
  birthYear: string;
  phone: string;
  email: string;
  education: string | null;
  consent: boolean;
};

function valuesOf(owner: Owner): Values {
  return {
    name: owner.name,
    nik: '',
    gender: owner.gender,
    birthYear: owner.birthYear ? String(owner.birthYear) : '',
    phone: owner.phone ?? '',
    email: owner.email ?? '',
    education: owner.education,
    consent: false,
  };
}

/**
 * Edits one person; a NIK typed here replaces the stored one, an empty box keeps it. The save
 * carries the version the form was filled from, so it never overwrites someone else's change.
 */
export function OwnerEditModal({
  owner,
  businessId,
  onClose,
}: {
  owner: Owner;
  businessId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const home = useHomeRegion();
  const kecamatan = useRegions(home);
  const [failure, setFailure] = useState<string | null>(null);
  const fetchOwner = useFetchOwner();
  const save = useUpdateOwner(businessId);
  const edit = useStaleEdit(
    owner,
    () => fetchOwner(owner.id),
    (fresh) => {
      form.setInitialValues(valuesOf(fresh));
      form.setValues(valuesOf(fresh));
      form.clearErrors();
      setFailure(null);
    },
  );
  const needsConsent = edit.base.consent === null;
  const toBody = (v: Values) => ({
    name: v.name,
    ...(v.nik.trim() ? { nik: v.nik } : {}),
    gender: v.gender,
    birthYear: v.birthYear || null,
    phone: v.phone || null,
    email: v.email || null,
    education: v.education,
    ...(needsConsent && v.consent ? { consent: { noticeVersion: PRIVACY_NOTICE_VERSION } } : {}),
    expectedUpdatedAt: edit.base.updatedAt,
  });
  const form = useForm<Values>({
    initialValues: valuesOf(owner),
    validate: (v) => zodValidate(UpdateOwnerBody)(toBody(v)),
  });
  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync({ id: owner.id, body: toBody(values) });
      notifications.show({ color: 'green', message: t('common:state.saved') });
      onClose();
    } catch (error) {
      if (!edit.catchStale(error)) setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);
  return (
    <Modal
      opened
      onClose={onClose}
      title={t('registry-record:owners.edit_title', { name: owner.name })}
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
          <TextInput label={t('registry:field.owner_name')} required {...form.getInputProps('name')} />
          <NikField
            label={t('registry:field.nik')}
            description={
              edit.base.nikMasked
                ? t('registry-record:owners.nik_replace', { masked: edit.base.nikMasked })
                : t('registry:field.nik_hint')
            }
            homeRegencyCode={home}
            districtNames={new Map((kecamatan.data ?? []).map((r) => [r.code, r.name]))}
            value={form.values.nik}
            onChange={(v) => form.setFieldValue('nik', v)}
            error={form.errors.nik}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Select
              label={t('registry:field.gender')}
              clearable
              data={genderOptions(t)}
              {...form.getInputProps('gender')}
            />
            <TextInput
              label={t('registry:field.birth_year')}
              inputMode="numeric"
              maxLength={4}
              {...form.getInputProps('birthYear')}
            />
            <PhoneInput
              label={t('registry:field.phone')}
              value={form.values.phone}
              onChange={(v) => form.setFieldValue('phone', v)}
              error={form.errors.phone}
            />
            <TextInput label={t('registry:field.email')} type="email" {...form.getInputProps('email')} />
            <Select
              label={t('registry:field.education')}
              clearable
              data={educationOptions(t)}
              {...form.getInputProps('education')}
            />
          </SimpleGrid>
          {needsConsent && (
            <Stack gap={4}>
              <Text size="sm">{t('registry-record:consent.notice')}</Text>
              <Checkbox
                label={t('registry-record:consent.label')}
                {...form.getInputProps('consent', { type: 'checkbox' })}
              />
            </Stack>
          )}
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}
