import {
  Alert,
  Modal,
  MultiSelect,
  PasswordInput,
  Select,
  Stack,
  Switch,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROLES } from '#core/schemas/common';
import { CreateUserBody, UpdateUserBody, type User } from '#core/schemas/users';
import { FormActions } from '#web/components/FormActions';
import { useHomeRegion, useRegions } from '#web/features/registry';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { useSaveUser } from '../hooks/queries';

type Values = {
  name: string;
  email: string;
  role: User['role'];
  password: string;
  kecamatanCodes: string[];
  locale: 'id' | 'en';
  active: boolean;
};

/** Creates a user, or edits one (a password typed here resets theirs). */
export function UserFormModal({
  user,
  opened,
  onClose,
}: {
  user: User | null;
  opened: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveUser();
  const [failure, setFailure] = useState<string | null>(null);
  const editing = Boolean(user);
  const kecamatan = useRegions(useHomeRegion());
  const form = useForm<Values>({
    initialValues: {
      name: user?.name ?? '',
      email: user?.email ?? '',
      role: user?.role ?? 'officer',
      password: '',
      kecamatanCodes: user?.kecamatanCodes ?? [],
      locale: user?.locale ?? 'id',
      active: user?.active ?? true,
    },
    validate: (values) => {
      const body = toBody(values, editing);
      return zodValidate(editing ? UpdateUserBody : CreateUserBody)(body);
    },
  });

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      await save.mutateAsync({ id: user?.id, body: toBody(values, editing) });
      notifications.show({ color: 'green', message: t('common:state.saved') });
      onClose();
    } catch (error) {
      setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);

  const kecamatanError =
    form.errors.kecamatanCodes ??
    Object.entries(form.errors).find(([k]) => k.startsWith('kecamatanCodes.'))?.[1];

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={editing ? t('users:edit') : t('users:create')}
      size="lg"
      fullScreen={false}
    >
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && <Alert color="red">{failure}</Alert>}
          <TextInput label={t('auth:field.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('auth:field.email')} type="email" required {...form.getInputProps('email')} />
          <Select
            label={t('users:field.role')}
            required
            allowDeselect={false}
            data={ROLES.map((r) => ({ value: r, label: t(`common:role.${r}`) }))}
            {...form.getInputProps('role')}
          />
          {form.values.role === 'officer' &&
            (kecamatan.data && kecamatan.data.length > 0 ? (
              <MultiSelect
                label={t('users:field.kecamatan')}
                placeholder={t('registry:filter.all_kecamatan')}
                searchable
                hidePickedOptions
                selectFirstOptionOnChange
                data={kecamatan.data.map((r) => ({ value: r.code, label: r.name }))}
                // Codes typed by habit (35.73.05) still find their kecamatan.
                filter={({ options, search }) => {
                  const q = search.trim().toLowerCase();
                  return options.filter(
                    (o) => 'value' in o && (o.label.toLowerCase().includes(q) || o.value.startsWith(q)),
                  );
                }}
                nothingFoundMessage={t('registry:filter.nothing_found')}
                {...form.getInputProps('kecamatanCodes')}
                error={kecamatanError}
              />
            ) : (
              // Without the region list (not loaded yet, or offline) codes can still be typed.
              <TagsInput
                label={t('users:field.kecamatan')}
                description={t('users:field.kecamatan_hint')}
                placeholder="35.73.05"
                {...form.getInputProps('kecamatanCodes')}
                error={kecamatanError}
              />
            ))}
          <PasswordInput
            label={editing ? t('users:field.reset_password') : t('auth:field.password')}
            description={editing ? t('users:field.reset_password_hint') : t('auth:field.password_hint')}
            required={!editing}
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
          <Select
            label={t('common:language')}
            allowDeselect={false}
            data={[
              { value: 'id', label: 'Bahasa Indonesia' },
              { value: 'en', label: 'English' },
            ]}
            {...form.getInputProps('locale')}
          />
          {editing && (
            <Switch label={t('users:field.active')} {...form.getInputProps('active', { type: 'checkbox' })} />
          )}
          <FormActions onCancel={onClose} saving={save.isPending} />
        </Stack>
      </form>
    </Modal>
  );
}

function toBody(values: Values, editing: boolean) {
  const { password, active, kecamatanCodes, ...rest } = values;
  return {
    ...rest,
    kecamatanCodes: values.role === 'officer' ? kecamatanCodes : [],
    ...(password ? { password } : {}),
    ...(editing ? { active } : {}),
  };
}
