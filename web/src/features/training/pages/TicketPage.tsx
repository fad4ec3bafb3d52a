import { Alert, Badge, Button, Group, Paper, Rating, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { trainingApi } from '#core/api/training';
import { FEEDBACK_QUESTIONS } from '#core/schemas/training';
import { useDisabledReason } from '#web/components/DisabledReason';
import { ErrorState, LoadingState } from '#web/components/States';
import { ApiError } from '#web/lib/api';
import { call } from '#web/lib/client';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { PublicFrame } from '../components/PublicFrame';
import { QrImage } from '../components/QrImage';
import { dateRange, titleOf } from '../lib/format';

const STATUS_COLOR = { registered: 'teal', waitlisted: 'orange', cancelled: 'gray' } as const;

/** The confirmation page: personal code and QR, printable ticket, cancel, and the survey afterwards. */
export function TicketPage() {
  const { t } = useTranslation();
  const { code = '' } = useParams();
  const locale = currentLocale();
  const client = useQueryClient();
  const ticket = useQuery({
    queryKey: ['training', 'ticket', code],
    queryFn: ({ signal }) => call(trainingApi.publicRegistration, { params: { code }, signal }),
  });
  const cancel = useMutation({
    mutationFn: () => call(trainingApi.publicCancel, { params: { code } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['training', 'ticket', code] }),
  });
  if (ticket.isPending)
    return (
      <PublicFrame>
        <LoadingState />
      </PublicFrame>
    );
  if (ticket.isError)
    return (
      <PublicFrame>
        <ErrorState error={ticket.error} />
      </PublicFrame>
    );
  const r = ticket.data;
  return (
    <PublicFrame>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <Stack align="center" gap="xs">
          <Badge color={STATUS_COLOR[r.status]} size="lg">
            {t(`training:status.${r.status}`)}
          </Badge>
          {r.waitlistPosition !== null && (
            <Text size="sm">{t('training:public.waitlistPosition', { position: r.waitlistPosition })}</Text>
          )}
          <Title order={3} ta="center">
            {titleOf(r.event.title, locale)}
          </Title>
          <Text size="sm" c="dimmed" ta="center">
            {dateRange(r.event.startDate, r.event.endDate, locale)} · {r.event.venue}
          </Text>
          {r.status !== 'cancelled' && <QrImage value={r.code} alt={t('training:public.qrAlt')} />}
          <Text ff="monospace" fz={28} fw={700} data-testid="registration-code">
            {r.code}
          </Text>
          <Text fw={600}>{r.name}</Text>
          <Text size="sm" c="dimmed" ta="center">
            {t('training:public.keepCode')}
          </Text>
          {r.status !== 'cancelled' && (
            <Group>
              <Button
                component="a"
                href={`/api/public/registrations/${r.code}/ticket.pdf`}
                target="_blank"
                variant="light"
              >
                {t('training:public.printTicket')}
              </Button>
              {!r.finished && (
                <Button
                  color="red"
                  variant="subtle"
                  loading={cancel.isPending}
                  onClick={() =>
                    modals.openConfirmModal({
                      title: t('training:public.cancelTitle'),
                      children: <Text size="sm">{t('training:public.cancelBody')}</Text>,
                      labels: { confirm: t('training:public.cancel'), cancel: t('common:action.cancel') },
                      confirmProps: { color: 'red' },
                      onConfirm: () => cancel.mutate(),
                    })
                  }
                >
                  {t('training:public.cancel')}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </Paper>
      {r.status === 'registered' && r.finished && <FeedbackForm code={r.code} given={r.feedbackGiven} />}
    </PublicFrame>
  );
}

function FeedbackForm({ code, given }: { code: string; given: boolean }) {
  const { t } = useTranslation();
  const [ratings, setRatings] = useState<Record<string, number>>({});
  const [liked, setLiked] = useState('');
  const [improve, setImprove] = useState('');
  const [error, setError] = useState<string | null>(null);
  const send = useMutation({
    mutationFn: () =>
      call(trainingApi.publicFeedback, {
        params: { code },
        body: {
          ratings: ratings as { overall: number; content: number; trainer: number; venue: number },
          liked,
          improve,
        },
      }),
    onSuccess: () => notifications.show({ color: 'green', message: t('training:feedback.thanks') }),
    onError: (e) => setError(e instanceof ApiError ? (Object.values(e.fields)[0] ?? e.message) : String(e)),
  });
  const complete = FEEDBACK_QUESTIONS.every((q) => ratings[q]);
  const sendWhy = useDisabledReason(!complete && t('training:feedback.sendWhy'));
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md" mt="md">
      <Title order={4} mb="xs">
        {t('training:feedback.title')}
      </Title>
      {given && (
        <Text size="sm" c="dimmed" mb="xs">
          {t('training:feedback.given')}
        </Text>
      )}
      <Stack gap="sm">
        {FEEDBACK_QUESTIONS.map((q) => (
          <Group key={q} justify="space-between">
            <Text size="sm">{t(`training:feedback.q.${q}`)}</Text>
            <Rating
              value={ratings[q] ?? 0}
              onChange={(v) => setRatings((r) => ({ ...r, [q]: v }))}
              size="lg"
            />
          </Group>
        ))}
        <Textarea
          label={t('training:feedback.liked')}
          value={liked}
          onChange={(e) => setLiked(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        <Textarea
          label={t('training:feedback.improve')}
          value={improve}
          onChange={(e) => setImprove(e.currentTarget.value)}
          autosize
          minRows={2}
        />
        {error && <Alert color="red">{error}</Alert>}
        <Button
          disabled={sendWhy.disabled}
          aria-describedby={sendWhy.describedBy}
          loading={send.isPending}
          onClick={() => send.mutate()}
        >
          {t('training:feedback.send')}
        </Button>
        {sendWhy.note}
      </Stack>
    </Paper>
  );
}
