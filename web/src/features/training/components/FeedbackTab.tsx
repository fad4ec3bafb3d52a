import { Card, Group, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import { FEEDBACK_QUESTIONS, type TrainingEvent } from '#core/schemas/training';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useFeedback } from '../hooks/queries';

export function FeedbackTab({ event }: { event: TrainingEvent }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const fb = useFeedback(event.id);
  if (fb.isPending) return <LoadingState />;
  if (fb.isError) return <ErrorState error={fb.error} />;
  if (fb.data.count === 0)
    return <EmptyState title={t('training:feedback.none')}>{t('training:feedback.noneHint')}</EmptyState>;
  return (
    <Stack>
      <Text size="sm">{t('training:feedback.count', { count: fb.data.count })}</Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {FEEDBACK_QUESTIONS.map((q) => (
          <Card key={q} withBorder>
            <Group justify="space-between">
              <Text size="sm">{t(`training:feedback.q.${q}`)}</Text>
              <Text fw={700}>{formatNumber(fb.data.averages[q], locale, 1)} / 5</Text>
            </Group>
            <Progress value={((fb.data.averages[q] ?? 0) / 5) * 100} mt="xs" />
          </Card>
        ))}
      </SimpleGrid>
      {fb.data.comments.map((c) => (
        <Card key={c.at} withBorder p="sm">
          {c.liked && <Text size="sm">👍 {c.liked}</Text>}
          {c.improve && <Text size="sm">💡 {c.improve}</Text>}
        </Card>
      ))}
    </Stack>
  );
}
