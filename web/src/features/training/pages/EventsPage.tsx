import { Badge, Button, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useEvents } from '../hooks/queries';
import { dateRange, titleOf } from '../lib/format';

export function EventsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const events = useEvents();
  const canManage = useCan('training.manage');
  const add = canManage ? (
    <Button component={Link} to="/training/new">
      {t('training:events.new')}
    </Button>
  ) : undefined;
  const actions = canManage ? (
    <Group gap="xs">
      <Button variant="default" component={Link} to="/training/programs">
        {t('training:programs.link')}
      </Button>
      {add}
    </Group>
  ) : undefined;
  return (
    <>
      <PageHeader
        title={t('training:events.title')}
        description={t('training:events.description')}
        actions={actions}
      />
      {events.isPending ? (
        <LoadingState />
      ) : events.isError ? (
        <ErrorState error={events.error} onRetry={() => events.refetch()} />
      ) : events.data.items.length === 0 ? (
        <EmptyState title={t('training:events.empty')} action={add} />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {events.data.items.map((e) => (
            <Card key={e.id} withBorder component={Link} to={`/training/${e.id}`} data-testid="event-card">
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600} lineClamp={2}>
                    {titleOf(e.title, locale)}
                  </Text>
                  <Badge color={e.status === 'finished' ? 'gray' : 'teal'} variant="light">
                    {t(`training:events.status.${e.status}`)}
                  </Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {dateRange(e.startDate, e.endDate, locale)} · {e.venue}
                </Text>
                <Text size="sm">
                  {t('training:events.counts', {
                    registered: e.counts.registered,
                    capacity: e.capacity,
                    waitlisted: e.counts.waitlisted,
                  })}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}
