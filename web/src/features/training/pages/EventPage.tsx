import { Badge, Button, Card, CopyButton, Group, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { trainingApi } from '#core/api/training';
import type { TrainingEvent } from '#core/schemas/training';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { download } from '#web/lib/client';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { CertificatesTab } from '../components/CertificatesTab';
import { FeedbackTab } from '../components/FeedbackTab';
import { FollowupsTab } from '../components/FollowupsTab';
import { RegistrationsTab } from '../components/RegistrationsTab';
import { ScoresTab } from '../components/ScoresTab';
import { useEvent, useFinishEvent } from '../hooks/queries';
import { dateRange, titleOf } from '../lib/format';

/** One event: registrations and waiting list, attendance, scores, certificates, feedback, follow-up. */
export function EventPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const locale = currentLocale();
  const event = useEvent(id);
  if (event.isPending) return <LoadingState />;
  if (event.isError) return <ErrorState error={event.error} onRetry={() => event.refetch()} />;
  const e = event.data;
  return (
    <>
      <PageHeader
        title={titleOf(e.title, locale)}
        description={`${dateRange(e.startDate, e.endDate, locale)} · ${e.venue}`}
        actions={
          <>
            {e.permissions.attendance && e.status === 'scheduled' && (
              <Button component={Link} to={`/training/${e.id}/scan`}>
                {t('training:event.scan')}
              </Button>
            )}
            {e.permissions.edit && (
              <Button variant="default" component={Link} to={`/training/${e.id}/edit`}>
                {t('common:action.edit')}
              </Button>
            )}
          </>
        }
      />
      <Overview event={e} />
      <Tabs defaultValue="registrations" mt="md" keepMounted={false}>
        <Tabs.List style={{ flexWrap: 'nowrap', overflowX: 'auto' }}>
          <Tabs.Tab value="registrations">{t('training:tabs.registrations')}</Tabs.Tab>
          {e.permissions.scores && <Tabs.Tab value="scores">{t('training:tabs.scores')}</Tabs.Tab>}
          <Tabs.Tab value="certificates">{t('training:tabs.certificates')}</Tabs.Tab>
          {e.permissions.scores && <Tabs.Tab value="feedback">{t('training:tabs.feedback')}</Tabs.Tab>}
          <Tabs.Tab value="followups">{t('training:tabs.followups')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="registrations" pt="md">
          <RegistrationsTab event={e} />
        </Tabs.Panel>
        <Tabs.Panel value="scores" pt="md">
          <ScoresTab event={e} />
        </Tabs.Panel>
        <Tabs.Panel value="certificates" pt="md">
          <CertificatesTab event={e} />
        </Tabs.Panel>
        <Tabs.Panel value="feedback" pt="md">
          <FeedbackTab event={e} />
        </Tabs.Panel>
        <Tabs.Panel value="followups" pt="md">
          <FollowupsTab event={e} />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}

function Overview({ event: e }: { event: TrainingEvent }) {
  const { t } = useTranslation();
  const finish = useFinishEvent(e.id);
  const publicUrl = `${window.location.origin}/daftar/${e.id}`;
  const confirmFinish = () =>
    modals.openConfirmModal({
      title: t('training:event.finishTitle'),
      children: <Text size="sm">{t('training:event.finishBody')}</Text>,
      labels: { confirm: t('training:event.finish'), cancel: t('common:action.cancel') },
      onConfirm: () =>
        finish.mutate(undefined, {
          onSuccess: (r) =>
            notifications.show({
              color: 'green',
              message: t('training:event.finished', { count: r.enrolled }),
            }),
          onError: (err) => notifications.show({ color: 'red', message: err.message }),
        }),
    });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Card withBorder>
        <Stack gap={6}>
          <Group gap="xs">
            <Badge color={e.status === 'finished' ? 'gray' : 'teal'}>
              {t(`training:events.status.${e.status}`)}
            </Badge>
            <Badge variant="light">
              {t('training:event.rule', { percent: Math.round(e.attendanceRule.minShare * 100) })}
            </Badge>
          </Group>
          <Text size="sm">
            {t('training:events.counts', {
              registered: e.counts.registered,
              capacity: e.capacity,
              waitlisted: e.counts.waitlisted,
            })}
          </Text>
          <Text size="sm" c="dimmed">
            {t('training:event.sessions', { count: e.sessions.length })}
          </Text>
          {e.status === 'scheduled' && e.permissions.finish && (
            <Button variant="light" onClick={confirmFinish} loading={finish.isPending}>
              {t('training:event.finish')}
            </Button>
          )}
        </Stack>
      </Card>
      <Card withBorder>
        <Stack gap={6}>
          <Text size="sm" fw={600}>
            {t('training:event.publicLink')}
          </Text>
          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {publicUrl}
          </Text>
          <Group gap="xs">
            <CopyButton value={publicUrl}>
              {({ copied, copy }) => (
                <Button size="xs" variant="light" onClick={copy}>
                  {copied ? t('training:event.copied') : t('training:event.copy')}
                </Button>
              )}
            </CopyButton>
            <Button
              size="xs"
              variant="default"
              onClick={() => void download(trainingApi.exportXlsx, { params: { id: e.id } })}
            >
              {t('training:event.exportXlsx')}
            </Button>
            <Button
              size="xs"
              variant="default"
              onClick={() => void download(trainingApi.attendanceSheetPdf, { params: { id: e.id } })}
            >
              {t('training:event.attendanceSheet')}
            </Button>
          </Group>
        </Stack>
      </Card>
    </SimpleGrid>
  );
}
