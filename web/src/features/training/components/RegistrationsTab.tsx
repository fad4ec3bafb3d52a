import { Alert, Badge, Button, Group, Modal, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RegistrationBody, type TrainingEvent } from '#core/schemas/training';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { applyApiErrors, focusFirstInvalid, zodValidate } from '#web/lib/form';
import { modals } from '#web/lib/modals';
import {
  useAttendance,
  useCancelRegistration,
  useRegisterOnBehalf,
  useRegistrations,
} from '../hooks/queries';

const STATUS_COLOR = { registered: 'teal', waitlisted: 'orange', cancelled: 'gray' } as const;

export function RegistrationsTab({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation();
  const regs = useRegistrations(event.id);
  const attendance = useAttendance(event.id);
  const cancel = useCancelRegistration(event.id);
  const [opened, { open, close }] = useDisclosure(false);
  if (regs.isPending) return <LoadingState />;
  if (regs.isError) return <ErrorState error={regs.error} onRetry={() => regs.refetch()} />;
  const present = new Set((attendance.data?.items ?? []).map((a) => `${a.registrationId}:${a.sessionId}`));
  return (
    <Stack>
      {event.permissions.register && (
        <Group>
          <Button variant="light" onClick={open}>
            {t('training:registrations.onBehalf')}
          </Button>
        </Group>
      )}
      {regs.data.items.length === 0 ? (
        <EmptyState title={t('training:registrations.empty')} />
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('training:export.name')}</Table.Th>
                <Table.Th>{t('training:export.status')}</Table.Th>
                {event.sessions.map((s, i) => (
                  <Table.Th key={s.id} title={s.topic}>
                    {i + 1}
                  </Table.Th>
                ))}
                <Table.Th>{t('training:export.certificate')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {regs.data.items.map((r) => (
                <Table.Tr key={r.id} data-testid="registration-row">
                  <Table.Td>
                    <Text size="sm" fw={500}>
                      {r.name}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {r.code} · {r.businessName ?? '—'} · {r.phone ?? ''}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOR[r.status]} variant="light">
                      {t(`training:status.${r.status}`)}
                      {r.waitlistPosition ? ` #${r.waitlistPosition}` : ''}
                    </Badge>
                  </Table.Td>
                  {event.sessions.map((s) => (
                    <Table.Td key={s.id}>{present.has(`${r.id}:${s.id}`) ? '✓' : ''}</Table.Td>
                  ))}
                  <Table.Td>
                    {r.certificate ? (
                      <Badge color={r.certificate.status === 'valid' ? 'teal' : 'red'} variant="outline">
                        {r.certificate.code}
                      </Badge>
                    ) : r.meetsRule ? (
                      <Text size="xs" c="teal">
                        {t('training:registrations.meetsRule')}
                      </Text>
                    ) : null}
                  </Table.Td>
                  <Table.Td>
                    {r.status !== 'cancelled' &&
                      event.status === 'scheduled' &&
                      event.permissions.register && (
                        <Button
                          size="compact-xs"
                          variant="subtle"
                          color="red"
                          onClick={() =>
                            modals.openConfirmModal({
                              title: t('training:public.cancelTitle'),
                              children: <Text size="sm">{r.name}</Text>,
                              labels: {
                                confirm: t('training:public.cancel'),
                                cancel: t('common:action.cancel'),
                              },
                              confirmProps: { color: 'red' },
                              onConfirm: () => cancel.mutate(r.id),
                            })
                          }
                        >
                          {t('training:public.cancel')}
                        </Button>
                      )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Modal opened={opened} onClose={close} title={t('training:registrations.onBehalf')}>
        <OnBehalfForm eventId={event.id} onDone={close} />
      </Modal>
    </Stack>
  );
}

function OnBehalfForm({ eventId, onDone }: { eventId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const save = useRegisterOnBehalf(eventId);
  const [error, setError] = useState<string | null>(null);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: '',
      phone: '',
      businessName: '',
      districtCode: '',
      nib: '',
      consent: true as const,
    },
    validate: zodValidate(RegistrationBody),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit(
        (v) => save.mutate(v, { onSuccess: onDone, onError: (e) => setError(applyApiErrors(e, form)) }),
        focusFirstInvalid,
      )}
    >
      <Stack gap="sm">
        <TextInput label={t('training:form.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('training:form.phone')} required type="tel" {...form.getInputProps('phone')} />
        <TextInput label={t('training:form.businessName')} {...form.getInputProps('businessName')} />
        <TextInput
          label={t('training:form.districtCode')}
          placeholder="35.73.05"
          {...form.getInputProps('districtCode')}
        />
        <TextInput label={t('training:form.nib')} {...form.getInputProps('nib')} />
        <Text size="xs" c="dimmed">
          {t('training:registrations.consentRecorded')}
        </Text>
        {error && <Alert color="red">{error}</Alert>}
        <Button type="submit" loading={save.isPending}>
          {t('training:public.register')}
        </Button>
      </Stack>
    </form>
  );
}
