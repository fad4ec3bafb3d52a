import { Alert, Button, Card, Group, Stack, Tabs, Text, Textarea, Timeline } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDate, formatDateTime } from '#core/format';
import type { Visit } from '#core/schemas/monitoring';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { applyApiErrors } from '#web/lib/form';
import { currentLocale } from '#web/lib/i18n';
import { AnswersView } from '../components/AnswersView';
import { VisitStatusBadge } from '../components/VisitStatusBadge';
import {
  useFormVersion,
  useReviewVisit,
  useVisit,
  useVisitHistory,
  useVisitToRegistry,
} from '../hooks/queries';

function Review({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const review = useReviewVisit(visit.id);
  const decide = (decision: 'approve' | 'return') => {
    setError(null);
    review.mutate(
      { version: visit.version, decision, comment: comment || undefined },
      {
        onSuccess: () => setComment(''),
        onError: (e) =>
          setError(applyApiErrors(e, { setErrors: (f) => setError(Object.values(f)[0] as string) })),
      },
    );
  };
  return (
    <Card p="md" mt="md">
      <Text fw={600} mb="xs">
        {t('monitoring:ui.review.title')}
      </Text>
      <Textarea
        label={t('monitoring:ui.review.comment')}
        value={comment}
        onChange={(e) => setComment(e.currentTarget.value)}
        autosize
        minRows={2}
        error={error}
      />
      <Group justify="flex-end" mt="sm">
        <Button variant="default" color="orange" loading={review.isPending} onClick={() => decide('return')}>
          {t('monitoring:ui.review.return')}
        </Button>
        <Button color="teal" loading={review.isPending} onClick={() => decide('approve')}>
          {t('monitoring:ui.review.approve')}
        </Button>
      </Group>
    </Card>
  );
}

function History({
  id,
  questions,
}: {
  id: string;
  questions: Parameters<typeof AnswersView>[0]['questions'];
}) {
  const { t } = useTranslation();
  const history = useVisitHistory(id);
  const locale = currentLocale();
  return (
    <QueryView query={history}>
      {(data) => (
        <Timeline active={data.items.length - 1} bulletSize={18} mt="md">
          {data.items.map((v) => (
            <Timeline.Item
              key={v.version}
              title={t(`monitoring:ui.history.${v.change}`, { version: v.version })}
            >
              <Text size="xs" c="dimmed">
                {v.actorName ?? '–'} · {formatDateTime(v.at, locale)}
              </Text>
              {v.comment && <Text size="sm">“{v.comment}”</Text>}
              {(v.change === 'created' || v.change === 'edited') && (
                <details>
                  <summary style={{ cursor: 'pointer', fontSize: 13 }}>
                    {t('monitoring:ui.history.showAnswers')}
                  </summary>
                  <AnswersView questions={questions} answers={v.answers} />
                </details>
              )}
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </QueryView>
  );
}

function ToRegistry({ visit }: { visit: Visit }) {
  const { t } = useTranslation();
  const send = useVisitToRegistry(visit.id);
  if (visit.registrySnapshotId)
    return (
      <Text size="sm" c="dimmed" mt="md">
        {t('monitoring:ui.visit.inRegistry')}
      </Text>
    );
  if (!visit.permissions.toRegistry) return null;
  return (
    <Group mt="md">
      <Button
        variant="light"
        loading={send.isPending}
        onClick={() =>
          send.mutate(undefined, {
            onSuccess: (r) =>
              notifications.show({
                color: 'teal',
                message: t('monitoring:ui.visit.toRegistryDone', { year: r.dataYear }),
              }),
            onError: (e) => notifications.show({ color: 'red', message: e.message }),
          })
        }
      >
        {t('monitoring:ui.visit.toRegistry')}
      </Button>
    </Group>
  );
}

export function VisitPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const visit = useVisit(id);
  const form = useFormVersion(visit.data?.formVersion);
  const locale = currentLocale();
  return (
    <QueryView query={visit}>
      {(v) => (
        <>
          <PageHeader
            title={v.businessName}
            description={t('monitoring:ui.visit.subtitle', {
              date: formatDate(v.visitedOn, locale),
              officer: v.officerName ?? '–',
              version: v.formVersion,
            })}
            actions={
              v.permissions.edit && (
                <Button component={Link} to={`/visits/${v.id}/edit`}>
                  {t('monitoring:ui.visit.correct')}
                </Button>
              )
            }
          />
          <Group mb="md" gap="xs">
            <VisitStatusBadge status={v.status} />
            <Text size="sm" c="dimmed">
              {t('monitoring:ui.visit.version', { version: v.version })}
            </Text>
          </Group>
          {v.status === 'returned' && v.reviewComment && (
            <Alert color="orange" mb="md" title={t('monitoring:ui.visit.returned')}>
              {v.reviewComment}
            </Alert>
          )}
          <Tabs defaultValue="answers">
            <Tabs.List>
              <Tabs.Tab value="answers">{t('monitoring:ui.visit.answers')}</Tabs.Tab>
              <Tabs.Tab value="history">{t('monitoring:ui.visit.history')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="answers">
              <Stack mt="md">
                {form.data && <AnswersView questions={form.data.questions} answers={v.answers} />}
              </Stack>
            </Tabs.Panel>
            <Tabs.Panel value="history">
              {form.data && <History id={v.id} questions={form.data.questions} />}
            </Tabs.Panel>
          </Tabs>
          {v.permissions.review && v.status === 'submitted' && <Review visit={v} />}
          <ToRegistry visit={v} />
        </>
      )}
    </QueryView>
  );
}
