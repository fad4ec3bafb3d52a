import { Card, Group, Progress, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDate, formatNumber } from '#core/format';
import type { Funnel } from '#core/schemas/monitoring';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { FollowUpStatusBadge } from '../components/FollowUpList';
import { useFollowUps, useFunnel } from '../hooks/queries';

type Counts = Funnel['latest'];

function Stages({ counts, stages }: { counts: Counts; stages: Funnel['stages'] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap={6}>
      {stages.map((s) => (
        <div key={s}>
          <Group justify="space-between">
            <Text size="sm">{t(`monitoring:ui.funnel.stage.${s}`)}</Text>
            <Text size="sm" fw={600} data-testid={`stage-${s}`}>
              {formatNumber(counts[s], locale)}
            </Text>
          </Group>
          <Progress value={counts.trained ? (counts[s] / counts.trained) * 100 : 0} size="sm" />
        </div>
      ))}
      <Text size="xs" c="dimmed">
        {t('monitoring:ui.funnel.unknown', { n: counts.unknown })}
      </Text>
    </Stack>
  );
}

/** trained → producing → selling → beyond the city → exporting, per follow-up window and now. */
export function FunnelPage() {
  const { t } = useTranslation();
  const { eventId = '' } = useParams();
  const funnel = useFunnel(eventId);
  const followUps = useFollowUps('all', eventId);
  const locale = currentLocale();
  return (
    <QueryView query={funnel}>
      {(f) => (
        <>
          <PageHeader
            title={f.eventTitle[locale]}
            description={t('monitoring:ui.funnel.description', {
              date: formatDate(f.eventEndDate, locale),
              n: f.cohortSize,
            })}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
            <Card p="md">
              <Title order={4} mb="sm">
                {t('monitoring:ui.funnel.latest')}
              </Title>
              <Stages counts={f.latest} stages={f.stages} />
            </Card>
            <Card p="md">
              <Title order={4} mb="sm">
                {t('monitoring:ui.funnel.stillActive')}
              </Title>
              <Stack gap="xs">
                {f.windows.map((w) => (
                  <Group key={w.offsetMonths} justify="space-between">
                    <Text size="sm">{t('monitoring:ui.funnel.after', { months: w.offsetMonths })}</Text>
                    <Text size="sm" fw={600} data-testid={`active-${w.offsetMonths}`}>
                      {w.state === 'future'
                        ? t('monitoring:ui.funnel.notYet')
                        : t('monitoring:ui.funnel.nOfM', {
                            n: w.counts.active,
                            m: w.counts.trained,
                            unknown: w.counts.unknown,
                          })}
                    </Text>
                  </Group>
                ))}
              </Stack>
            </Card>
          </SimpleGrid>
          <Card p={0} mb="md">
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('monitoring:ui.funnel.window')}</Table.Th>
                    {f.stages.map((s) => (
                      <Table.Th key={s} ta="right">
                        {t(`monitoring:ui.funnel.stage.${s}`)}
                      </Table.Th>
                    ))}
                    <Table.Th ta="right">{t('monitoring:ui.funnel.unknownHead')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {f.windows.map((w) => (
                    <Table.Tr key={w.offsetMonths}>
                      <Table.Td>{t('monitoring:ui.funnel.after', { months: w.offsetMonths })}</Table.Td>
                      {f.stages.map((s) => (
                        <Table.Td key={s} ta="right">
                          {formatNumber(w.counts[s], locale)}
                        </Table.Td>
                      ))}
                      <Table.Td ta="right">{formatNumber(w.counts.unknown, locale)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
          <QueryView query={followUps}>
            {(list) => (
              <Card p="sm">
                <Title order={5} mb="xs">
                  {t('monitoring:ui.funnel.schedule')}
                </Title>
                <Stack gap={4}>
                  {list.items.map((i) => (
                    <Group key={`${i.businessId}-${i.offsetMonths}`} justify="space-between" wrap="nowrap">
                      <Text size="sm" truncate>
                        {i.businessName} · {t('monitoring:ui.funnel.after', { months: i.offsetMonths })} ·{' '}
                        {formatDate(i.dueDate, locale)}
                      </Text>
                      <FollowUpStatusBadge status={i.status} />
                    </Group>
                  ))}
                </Stack>
              </Card>
            )}
          </QueryView>
        </>
      )}
    </QueryView>
  );
}
