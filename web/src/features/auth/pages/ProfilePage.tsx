import {
  Badge,
  Button,
  Card,
  Group,
  PasswordInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { authApi } from '#core/api/auth';
import { ChangePasswordBody, UpdateMeBody } from '#core/schemas/auth';
import { useSessionActions, useSignedInUser } from '#web/app/session';
import { LanguageSwitch } from '#web/components/LanguageSwitch';
import { PageHeader } from '#web/components/PageHeader';
import { call } from '#web/lib/client';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';

export function ProfilePage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const { updated } = useSessionActions();

  const nameForm = useForm({ initialValues: { name: user.name }, validate: zodValidate(UpdateMeBody) });
  const passwordForm = useForm({
    mode: 'uncontrolled',
    initialValues: { currentPassword: '', newPassword: '' },
    validate: zodValidate(ChangePasswordBody),
  });

  const saveName = nameForm.onSubmit(async (values) => {
    try {
      updated(await call(authApi.updateMe, { body: values }));
      notifications.show({ color: 'green', message: t('common:state.saved') });
    } catch (error) {
      const message = applyApiErrors(error, nameForm);
      if (message) notifications.show({ color: 'red', message });
    }
  }, focusFirstInvalid);

  const savePassword = passwordForm.onSubmit(async (values) => {
    try {
      await call(authApi.changePassword, { body: values });
      passwordForm.reset();
      notifications.show({ color: 'green', message: t('auth:profile.password_changed') });
    } catch (error) {
      const message = applyApiErrors(error, passwordForm);
      if (message) notifications.show({ color: 'red', message });
    }
  }, focusFirstInvalid);

  return (
    <>
      <PageHeader title={t('auth:profile.title')} description={user.email} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card>
          <Stack>
            <Group justify="space-between">
              <Title order={4}>{t('auth:profile.account')}</Title>
              <Badge variant="light">{t(`common:role.${user.role}`)}</Badge>
            </Group>
            {user.role === 'officer' && (
              <Text size="sm" c="dimmed">
                {t('auth:profile.kecamatan', { codes: user.kecamatanCodes.join(', ') })}
              </Text>
            )}
            <form onSubmit={saveName} noValidate>
              <Stack>
                <TextInput label={t('auth:field.name')} {...nameForm.getInputProps('name')} />
                <Group justify="space-between">
                  <Group gap="xs">
                    <Text size="sm">{t('common:language')}</Text>
                    <LanguageSwitch size="sm" />
                  </Group>
                  <Button type="submit" loading={nameForm.submitting}>
                    {t('common:action.save')}
                  </Button>
                </Group>
              </Stack>
            </form>
          </Stack>
        </Card>
        <Card>
          <form onSubmit={savePassword} noValidate>
            <Stack>
              <Title order={4}>{t('auth:profile.change_password')}</Title>
              <PasswordInput
                label={t('auth:field.current_password')}
                autoComplete="current-password"
                key={passwordForm.key('currentPassword')}
                {...passwordForm.getInputProps('currentPassword')}
              />
              <PasswordInput
                label={t('auth:field.new_password')}
                description={t('auth:field.password_hint')}
                autoComplete="new-password"
                key={passwordForm.key('newPassword')}
                {...passwordForm.getInputProps('newPassword')}
              />
              <Text size="xs" c="dimmed">
                {t('auth:profile.password_note')}
              </Text>
              <Group justify="flex-end">
                <Button type="submit" loading={passwordForm.submitting}>
                  {t('auth:profile.change_password')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Card>
      </SimpleGrid>
    </>
  );
}
