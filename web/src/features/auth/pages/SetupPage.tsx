import { Alert, Button, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate } from 'react-router';
import { authApi } from '#core/api/auth';
import { SetupFormBody } from '#core/schemas/auth';
import { useSessionActions, useSetupStatus } from '#web/app/session';
import { LoadingState } from '#web/components/States';
import { call } from '#web/lib/client';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { AuthCard } from '../components/AuthCard';

export function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const setup = useSetupStatus();
  const { signedIn } = useSessionActions();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { name: '', email: '', password: '', confirm: '' },
    validate: zodValidate(SetupFormBody),
  });

  if (setup.isPending) return <LoadingState />;
  // Once an admin exists this page is gone for good.
  if (!setup.data?.setupRequired) return <Navigate to="/login" replace />;

  const submit = form.onSubmit(async ({ confirm: _c, ...values }) => {
    setFailure(null);
    try {
      signedIn(await call(authApi.setup, { body: { ...values, locale: currentLocale() } }));
      navigate('/', { replace: true });
    } catch (error) {
      setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);

  return (
    <AuthCard title={t('auth:setup.title')} subtitle={t('auth:setup.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('auth:field.name')}
            required
            autoComplete="name"
            key={form.key('name')}
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('auth:field.email')}
            type="email"
            required
            autoComplete="username"
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth:field.password')}
            description={t('auth:field.password_hint')}
            required
            autoComplete="new-password"
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <PasswordInput
            label={t('auth:field.password_confirm')}
            required
            autoComplete="new-password"
            key={form.key('confirm')}
            {...form.getInputProps('confirm')}
          />
          <Text size="xs" c="dimmed">
            {t('auth:setup.note')}
          </Text>
          <Button type="submit" size="md" loading={form.submitting} fullWidth>
            {t('auth:setup.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
