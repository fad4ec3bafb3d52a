import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { authApi } from '#core/api/auth';
import { LoginBody } from '#core/schemas/auth';
import { useMe, useSessionActions, useSetupStatus } from '#web/app/session';
import { LoadingState } from '#web/components/States';
import { call } from '#web/lib/client';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale, hasChosenLocale, setLocale } from '#web/lib/i18n';
import { AuthCard } from '../components/AuthCard';

/** Only same-site paths may be a `next` target. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const setup = useSetupStatus();
  const me = useMe();
  const { signedIn } = useSessionActions();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: zodValidate(LoginBody),
  });

  if (setup.isPending || me.isPending) return <LoadingState />;
  if (setup.data?.setupRequired) return <Navigate to="/setup" replace />;
  if (me.data) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = form.onSubmit(async (values) => {
    setFailure(null);
    try {
      let session = await call(authApi.login, { body: values });
      // A language picked on this device wins; a new device adopts the account's language.
      if (!hasChosenLocale()) await setLocale(session.user.locale);
      else if (session.user.locale !== currentLocale()) {
        session = await call(authApi.updateMe, { body: { locale: currentLocale() } });
      }
      signedIn(session);
      navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      setFailure(applyApiErrors(error, form));
    }
  }, focusFirstInvalid);

  return (
    <AuthCard title={t('auth:login.title')} subtitle={t('auth:login.subtitle')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {failure}
            </Alert>
          )}
          <TextInput
            label={t('auth:field.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label={t('auth:field.password')}
            autoComplete="current-password"
            required
            key={form.key('password')}
            {...form.getInputProps('password')}
          />
          <Button type="submit" size="md" loading={form.submitting} fullWidth>
            {t('auth:login.submit')}
          </Button>
        </Stack>
      </form>
    </AuthCard>
  );
}
