import { Alert, Button, Group, Stack } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { CreateBusinessBody, UpdateBusinessBody } from '#core/schemas/registry';
import { useSignedInUser } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { StaleEditAlert } from '#web/components/StaleEditAlert';
import { ErrorState, LoadingState } from '#web/components/States';
import { ApiError } from '#web/lib/api';
import { focusFirstInvalid, zodValidate } from '#web/lib/form';
import { i18n } from '#web/lib/i18n';
import { useStaleEdit } from '#web/lib/stale-edit';
import { useBusiness, useFetchBusiness, useSaveBusiness } from '../hooks/businesses';
import type { Business } from '../shared/types';
import { DuplicateHints } from './DuplicateHints';
import { ExtrasSection } from './ExtrasSection';
import { type FormValues, hasPersonalData, initialValues, toCreateBody, toUpdateBody } from './form-values';
import { IdentitySection } from './IdentitySection';
import { LocationSection } from './LocationSection';
import { MarketSection } from './MarketSection';
import { OwnerSection } from './OwnerSection';

/** API/schema paths → this form's fields (owners.0.person.nik → owner.nik, kbli.2.code → kbli). */
function toFormErrors(errors: Record<string, string>): FormErrors {
  const out: FormErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const key = path
      .replace(/^owners\.\d+\.person\.consent.*$/, 'owner.consent')
      .replace(/^owners\.\d+\.(person\.)?/, 'owner.')
      .replace(/^snapshot\./, '')
      .replace(/^(kbli|exportCountries)\.\d+.*$/, '$1');
    out[key] ??= message;
  }
  return out;
}

function BusinessForm({ business }: { business?: Business }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const user = useSignedInUser();
  const save = useSaveBusiness();
  const fetchBusiness = useFetchBusiness();
  const [failure, setFailure] = useState<string | null>(null);
  const creating = !business;
  // An edit saves against the version it was filled from; after a 409, Reload refills the form.
  const edit = useStaleEdit(
    business,
    () => fetchBusiness(business!.id),
    (fresh) => {
      form.setInitialValues(initialValues(fresh, null));
      form.setValues(initialValues(fresh, null));
      form.clearErrors();
      setFailure(null);
    },
  );
  const version = edit.base?.updatedAt ?? '';
  const form = useForm<FormValues>({
    initialValues: initialValues(
      business,
      // Someone working in one kecamatan (an officer's assignment) starts there.
      user.kecamatanCodes.length === 1 ? user.kecamatanCodes[0] : null,
    ),
    validate: (values) => {
      const body = creating ? toCreateBody(values) : toUpdateBody(values, version);
      const errors = toFormErrors(
        zodValidate(creating ? CreateBusinessBody : UpdateBusinessBody)(body) as Record<string, string>,
      );
      if (creating && hasPersonalData(values.owner) && !values.owner.name.trim())
        errors['owner.name'] = t('registry-api:fields.ownerNameRequired');
      if (creating && (hasPersonalData(values.owner) || values.owner.name.trim()) && !values.owner.consent)
        errors['owner.consent'] = t('registry-api:fields.consentRequired');
      return errors;
    },
  });

  // Leaving with unsaved typing loses a field visit's work: ask first.
  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (form.isDirty() && !save.isSuccess) e.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [form, save.isSuccess]);

  const submit = form.onSubmit(
    async (values) => {
      setFailure(null);
      try {
        const saved = await save.mutateAsync({
          id: business?.id,
          body: creating ? toCreateBody(values) : toUpdateBody(values, version),
        });
        for (const w of saved.warnings)
          notifications.show({ color: 'orange', message: w.message, autoClose: 8000 });
        notifications.show({ color: 'green', message: t('common:state.saved') });
        navigate(`/registry/${saved.id}`, { replace: !creating });
      } catch (error) {
        if (edit.catchStale(error)) return;
        if (error instanceof ApiError && Object.keys(error.fields).length > 0) {
          form.setErrors(toFormErrors(error.fields));
          setFailure(t('registry-record:form.fix_fields'));
          focusFirstInvalid();
        } else setFailure(error instanceof Error ? error.message : i18n.t('errors:unexpected'));
      }
    },
    (errors, values, event) => {
      setFailure(t('registry-record:form.fix_fields'));
      focusFirstInvalid(errors, values, event);
    },
  );

  return (
    <form onSubmit={submit} noValidate>
      <PageHeader
        title={
          creating
            ? t('registry-record:form.create_title')
            : t('registry-record:form.edit_title', { name: business.name })
        }
        description={creating ? t('registry-record:form.create_description') : undefined}
      />
      <Stack>
        <IdentitySection form={form} />
        {creating && (
          <DuplicateHints
            name={form.values.name}
            nib={form.values.nib}
            nik={form.values.owner.nik}
            villageCode={form.values.villageCode}
            districtCode={form.values.districtCode}
          />
        )}
        <LocationSection form={form} lockDistrict={!creating && !business.permissions.changeDistrict} />
        {creating && <OwnerSection form={form} />}
        <MarketSection form={form} creating={creating} />
        <ExtrasSection form={form} creating={creating} />
        {edit.stale && (
          <StaleEditAlert
            onReload={() => void edit.reload()}
            reloading={edit.reloading}
            reloadFailed={edit.reloadError !== null}
          />
        )}
        {failure && (
          <Alert color="red" data-testid="form-failure">
            {failure}
          </Alert>
        )}
        <Group
          justify="flex-end"
          pos="sticky"
          bottom={0}
          py="sm"
          bg="var(--mantine-color-body)"
          style={{ zIndex: 2 }}
        >
          <Button variant="default" onClick={() => navigate(-1)}>
            {t('common:action.cancel')}
          </Button>
          <Button type="submit" loading={save.isPending} data-testid="save-business">
            {t('common:action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Create (`/registry/new`) or edit (`/registry/:id/edit`) one business. */
export default function BusinessFormPage() {
  const { id } = useParams();
  const business = useBusiness(id);
  if (!id) return <BusinessForm />;
  if (business.isPending) return <LoadingState />;
  if (business.error) return <ErrorState error={business.error} onRetry={() => void business.refetch()} />;
  return <BusinessForm business={business.data} />;
}
