import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useMyRegistrations } from '../hooks/queries';
import { dateRange, titleOf } from '../lib/format';

/** An IKM owner's own trainings: registration, attendance and certificate to download. */
export function MyTrainingsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const mine = useMyRegistrations();
  return (
    <>
      <PageHeader title={t('training:mine.title')} />
      {mine.isPending ? (
        <LoadingState />
      ) : mine.isError ? (
        <ErrorState error={mine.error} onRetry={() => mine.refetch()} />
      ) : mine.data.items.length === 0 ? (
        <EmptyState title={t('training:mine.empty')} />
      ) : (
        <Stack>
          {mine.data.items.map((r) => (
            <Card key={r.id} withBorder>
              <Stack gap={4}>
                <Group justify="space-between" wrap="nowrap">
                  <Text fw={600}>{titleOf(r.event.title, locale)}</Text>
                  <Badge variant="light">{t(`training:status.${r.status}`)}</Badge>
                </Group>
                <Text size="sm" c="dimmed">
                  {dateRange(r.event.startDate, r.event.endDate, locale)} · {r.event.venue}
                </Text>
                <Text size="sm">
                  {t('training:mine.attended', { attended: r.attended, sessions: r.sessions })}
                </Text>
                <Group gap="xs">
                  <Button size="xs" variant="light" component={Link} to={`/tiket/${r.code}`}>
                    {t('training:mine.ticket')}
                  </Button>
                  {r.certificate?.status === 'valid' && (
                    <Button
                      size="xs"
                      component="a"
                      href={`/api/certificates/${r.certificate.code}.pdf`}
                      target="_blank"
                    >
                      {t('training:mine.certificate')}
                    </Button>
                  )}
                </Group>
              </Stack>
            </Card>
          ))}
        </Stack>
      )}
    </>
  );
}
