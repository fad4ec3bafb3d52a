import {
  ActionIcon,
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  MultiSelect,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { disabledField, useDisabledReason } from '#web/components/DisabledReason';
import { fieldNumber, NumberText } from '#web/components/NumberText';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { applyApiErrors, focusFirstInvalid } from '#web/lib/form';
import { useEvent, usePrograms, useSaveEvent, useTrainers } from '../hooks/queries';

type SessionValues = { id?: string; date: string; start: string; end: string; topic: string };
type Values = {
  programId: string | null;
  trainerIds: string[];
  titleId: string;
  titleEn: string;
  startDate: string;
  endDate: string;
  venue: string;
  organizer: string;
  signatoryName: string;
  signatoryTitle: string;
  description: string;
  capacity: number | string;
  waitlist: boolean;
  minSharePercent: number | string;
  registrationClosesAt: string;
  sessions: SessionValues[];
};

const EMPTY: Values = {
  programId: null,
  trainerIds: [],
  titleId: '',
  titleEn: '',
  startDate: '',
  endDate: '',
  venue: '',
  organizer: '',
  signatoryName: '',
  signatoryTitle: '',
  description: '',
  capacity: 30,
  waitlist: true,
  minSharePercent: 80,
  registrationClosesAt: '',
  sessions: [{ date: '', start: '08:00', end: '12:00', topic: '' }],
};

// API field paths → the form's own field names.
const FIELD_MAP: Record<string, string> = {
  'title.id': 'titleId',
  'title.en': 'titleEn',
  'attendanceRule.minShare': 'minSharePercent',
};

export function EventFormPage() {
  const { id } = useParams();
  const existing = useEvent(id ?? '');
  if (id && existing.isPending) return <LoadingState />;
  if (id && existing.isError) return <ErrorState error={existing.error} />;
  const e = existing.data;
  const initial: Values = e
    ? {
        programId: e.programId,
        trainerIds: e.trainerIds,
        titleId: e.title.id,
        titleEn: e.title.en,
        startDate: e.startDate,
        endDate: e.endDate,
        venue: e.venue,
        organizer: e.organizer,
        signatoryName: e.signatoryName ?? '',
        signatoryTitle: e.signatoryTitle ?? '',
        description: e.description ?? '',
        capacity: e.capacity,
        waitlist: e.waitlist,
        minSharePercent: Math.round(e.attendanceRule.minShare * 100),
        registrationClosesAt: e.registrationClosesAt?.slice(0, 16) ?? '',
        sessions: e.sessions.map((s) => ({ ...s })),
      }
    : EMPTY;
  return <EventForm id={id} initial={initial} />;
}

function EventForm({ id, initial }: { id?: string; initial: Values }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const programs = usePrograms();
  const trainers = useTrainers();
  const save = useSaveEvent(id);
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<Values>({ mode: 'controlled', initialValues: initial });
  const keepOne = useDisabledReason(form.values.sessions.length === 1 && t('training:form.keepOneSession'));

  const submit = (v: Values) => {
    setFormError(null);
    const body = {
      ...(v.programId ? { programId: v.programId } : {}),
      trainerIds: v.trainerIds,
      title: { id: v.titleId, en: v.titleEn },
      startDate: v.startDate,
      endDate: v.endDate,
      venue: v.venue,
      ...(v.organizer ? { organizer: v.organizer } : {}),
      signatoryName: v.signatoryName,
      signatoryTitle: v.signatoryTitle,
      description: v.description,
      capacity: fieldNumber(v.capacity) as number,
      waitlist: v.waitlist,
      attendanceRule: { minShare: (fieldNumber(v.minSharePercent) as number) / 100 },
      registrationClosesAt: v.registrationClosesAt ? new Date(v.registrationClosesAt).toISOString() : null,
      sessions: v.sessions.map((s) => ({
        ...(s.id ? { id: s.id } : {}),
        date: s.date,
        start: s.start,
        end: s.end,
        topic: s.topic,
      })),
    };
    save.mutate(body, {
      onSuccess: (saved) => {
        notifications.show({ color: 'green', message: t('common:state.saved') });
        navigate(`/training/${saved.id}`, { replace: Boolean(id) });
      },
      onError: (error) => {
        const message = applyApiErrors(error, {
          setErrors: (errors) =>
            form.setErrors(
              Object.fromEntries(Object.entries(errors).map(([k, m]) => [FIELD_MAP[k] ?? k, m])),
            ),
        });
        setFormError(message);
      },
    });
  };

  return (
    <>
      <PageHeader title={id ? t('training:form.editTitle') : t('training:form.newTitle')} />
      <form onSubmit={form.onSubmit(submit, focusFirstInvalid)} noValidate>
        <Stack maw={760}>
          <Select
            label={t('training:form.program')}
            data={(programs.data?.items ?? []).map((p) => ({ value: p.id, label: p.name }))}
            clearable
            {...form.getInputProps('programId')}
          />
          <MultiSelect
            label={t('training:form.trainers')}
            data={(trainers.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
            searchable
            clearable
            {...disabledField(
              trainers.isPending && t('training:form.trainersLoading'),
              trainers.data?.items.length === 0
                ? t('training:form.noTrainers')
                : t('training:form.trainersHint'),
            )}
            error={trainers.isError ? trainers.error.message : undefined}
            {...form.getInputProps('trainerIds')}
          />
          <TextInput label={t('training:form.titleId')} required {...form.getInputProps('titleId')} />
          <TextInput label={t('training:form.titleEn')} required {...form.getInputProps('titleEn')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              type="date"
              label={t('training:form.startDate')}
              required
              {...form.getInputProps('startDate')}
            />
            <TextInput
              type="date"
              label={t('training:form.endDate')}
              required
              {...form.getInputProps('endDate')}
            />
            <TextInput label={t('training:form.venue')} required {...form.getInputProps('venue')} />
            <NumberText
              kind="integer"
              label={t('training:form.capacity')}
              required
              {...form.getInputProps('capacity')}
            />
            <NumberText
              unit="%"
              label={t('training:form.minShare')}
              {...form.getInputProps('minSharePercent')}
            />
            <TextInput
              type="datetime-local"
              label={t('training:form.closesAt')}
              {...form.getInputProps('registrationClosesAt')}
            />
            <TextInput label={t('training:form.organizer')} {...form.getInputProps('organizer')} />
            <TextInput label={t('training:form.signatoryName')} {...form.getInputProps('signatoryName')} />
            <TextInput label={t('training:form.signatoryTitle')} {...form.getInputProps('signatoryTitle')} />
          </SimpleGrid>
          <Checkbox
            label={t('training:form.waitlist')}
            {...form.getInputProps('waitlist', { type: 'checkbox' })}
          />
          <Textarea
            label={t('training:form.description')}
            autosize
            minRows={2}
            {...form.getInputProps('description')}
          />
          <Text fw={600}>{t('training:form.sessions')}</Text>
          {form.errors.sessions && (
            <Text c="red" size="sm">
              {form.errors.sessions}
            </Text>
          )}
          {form.values.sessions.map((s, i) => (
            <Card key={s.id ?? `new-${i}`} withBorder p="sm">
              <Group align="flex-end" wrap="wrap" gap="xs">
                <TextInput
                  type="date"
                  label={t('training:form.sessionDate')}
                  w={160}
                  {...form.getInputProps(`sessions.${i}.date`)}
                />
                <TextInput
                  type="time"
                  label={t('training:form.start')}
                  w={110}
                  {...form.getInputProps(`sessions.${i}.start`)}
                />
                <TextInput
                  type="time"
                  label={t('training:form.end')}
                  w={110}
                  {...form.getInputProps(`sessions.${i}.end`)}
                />
                <TextInput
                  label={t('training:form.topic')}
                  style={{ flex: '1 1 200px' }}
                  {...form.getInputProps(`sessions.${i}.topic`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('training:form.removeSession')}
                  disabled={keepOne.disabled}
                  aria-describedby={keepOne.describedBy}
                  onClick={() => form.removeListItem('sessions', i)}
                >
                  <IconTrash size={18} />
                </ActionIcon>
              </Group>
            </Card>
          ))}
          {keepOne.note}
          <Button
            variant="light"
            onClick={() =>
              form.insertListItem('sessions', {
                date: form.values.startDate,
                start: '08:00',
                end: '12:00',
                topic: '',
              })
            }
          >
            {t('training:form.addSession')}
          </Button>
          {formError && <Alert color="red">{formError}</Alert>}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => navigate(-1)}>
              {t('common:action.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('common:action.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}
