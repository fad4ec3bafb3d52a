import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  Select,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { trainingApi } from '#core/api/training';
import { RegistrationBody } from '#core/schemas/training';
import { ErrorState, LoadingState } from '#web/components/States';
import { call } from '#web/lib/client';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { PublicFrame } from '../components/PublicFrame';
import { useDistricts } from '../hooks/districts';
import { dateRange, titleOf } from '../lib/format';

/** The public, phone-first registration page of one event (no account needed). */
export function PublicRegisterPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const locale = currentLocale();
  const [formError, setFormError] = useState<string | null>(null);
  const [repeat, setRepeat] = useState<{ codeSent: boolean } | null>(null);
  const event = useQuery({
    queryKey: ['training', 'public', id],
    queryFn: ({ signal }) => call(trainingApi.publicEvent, { params: { id }, signal }),
  });
  const districts = useDistricts();
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: '',
      phone: '',
      businessName: '',
      districtCode: '',
      nib: '',
      email: '',
      consent: false,
    },
    validate: zodValidate(RegistrationBody),
  });
  const key = useState(() => crypto.randomUUID())[0];
  const submit = useMutation({
    mutationFn: (values: typeof form.values) =>
      call(trainingApi.publicRegister, {
        params: { id },
        body: { ...values, consent: values.consent as true },
        idempotencyKey: key,
      }),
    onSuccess: (answer) => {
      // A repeat registration does not carry the code (see RepeatRegistrationAnswer).
      if ('code' in answer) navigate(`/tiket/${answer.code}`);
      else setRepeat({ codeSent: answer.codeSent });
    },
    onError: (error) => setFormError(applyApiErrors(error, form)),
  });

  if (event.isPending)
    return (
      <PublicFrame>
        <LoadingState />
      </PublicFrame>
    );
  if (event.isError)
    return (
      <PublicFrame>
        <ErrorState error={event.error} />
      </PublicFrame>
    );
  const e = event.data;
  const reg = e.registration;
  return (
    <PublicFrame>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <Stack gap="xs" mb="md">
          <Title order={2} fz={{ base: 22, sm: 26 }}>
            {titleOf(e.title, locale)}
          </Title>
          <Text c="dimmed" size="sm">
            {dateRange(e.startDate, e.endDate, locale)} · {e.venue}
          </Text>
          <Text size="sm">{e.organizer}</Text>
          {e.description && <Text size="sm">{e.description}</Text>}
          <Group gap="xs">
            {reg.open && reg.seatsLeft > 0 && (
              <Badge color="teal">{t('training:public.seatsLeft', { count: reg.seatsLeft })}</Badge>
            )}
            {reg.open && reg.seatsLeft === 0 && (
              <Badge color="orange">{t('training:public.waitlistOnly')}</Badge>
            )}
          </Group>
          <Stack gap={2}>
            {e.sessions.map((s) => (
              <Text key={`${s.date}${s.start}`} size="xs" c="dimmed">
                {dateRange(s.date, s.date, locale)} {s.start}–{s.end} · {s.topic}
              </Text>
            ))}
          </Stack>
        </Stack>
        {repeat ? (
          <Alert color="blue" title={t('training:public.alreadyTitle')} role="status">
            {repeat.codeSent ? t('training:public.alreadyMailed') : t('training:public.alreadyAsk')}
          </Alert>
        ) : !reg.open ? (
          <Alert color="orange">{t(`training:public.closed.${reg.reason ?? 'closed'}`)}</Alert>
        ) : (
          <form onSubmit={form.onSubmit((v) => submit.mutate(v), focusFirstInvalid)} noValidate>
            <Stack gap="sm">
              <TextInput
                label={t('training:form.name')}
                required
                autoComplete="name"
                {...form.getInputProps('name')}
              />
              <TextInput
                label={t('training:form.phone')}
                description={t('training:form.phoneHint')}
                required
                type="tel"
                inputMode="tel"
                autoComplete="tel"
                {...form.getInputProps('phone')}
              />
              <TextInput label={t('training:form.businessName')} {...form.getInputProps('businessName')} />
              <Select
                label={t('training:form.district')}
                data={districts}
                searchable
                clearable
                {...form.getInputProps('districtCode')}
                onChange={(v) => form.setFieldValue('districtCode', v ?? '')}
              />
              <TextInput label={t('training:form.nib')} inputMode="numeric" {...form.getInputProps('nib')} />
              <TextInput label={t('training:form.email')} type="email" {...form.getInputProps('email')} />
              <Checkbox
                label={t('training:form.consent')}
                {...form.getInputProps('consent', { type: 'checkbox' })}
              />
              {formError && <Alert color="red">{formError}</Alert>}
              <Button type="submit" size="md" loading={submit.isPending}>
                {reg.seatsLeft > 0 ? t('training:public.register') : t('training:public.joinWaitlist')}
              </Button>
            </Stack>
          </form>
        )}
      </Paper>
    </PublicFrame>
  );
}
