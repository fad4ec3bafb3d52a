import { Anchor, Badge, Card, Group, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#core/format';
import type { FollowUpItem } from '#core/schemas/monitoring';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { useFollowUps } from '../hooks/queries';

const COLOR = { overdue: 'red', due: 'orange', upcoming: 'gray', fulfilled: 'teal', missed: 'dark' } as const;

export function FollowUpStatusBadge({ status }: { status: FollowUpItem['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light">
      {t(`monitoring:ui.followUp.status.${status}`)}
    </Badge>
  );
}

function Items({ status }: { status: 'overdue' | 'due' | 'never' }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const query = useFollowUps(status);
  return (
    <QueryView
      query={query}
      isEmpty={(d) => d.items.length === 0}
      empty={{ title: t(`monitoring:ui.followUp.empty.${status}`) }}
    >
      {(data) => (
        <Stack gap="xs" mt="xs">
          {data.items.map((item) => (
            <Card
              key={`${item.businessId}-${item.eventId}-${item.offsetMonths}`}
              withBorder
              p="xs"
              data-testid="followup-item"
            >
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Anchor component={Link} to={`/field/visit/${item.businessId}`} fw={500} size="sm">
                    {item.businessName}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {t('monitoring:ui.followUp.line', {
                      months: item.offsetMonths,
                      date: formatDate(item.dueDate, locale),
                      event: item.eventTitle[locale],
                    })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {item.lastVisitedOn
                      ? t('monitoring:ui.followUp.lastVisit', {
                          date: formatDate(item.lastVisitedOn, locale),
                        })
                      : t('monitoring:ui.followUp.neverVisited')}
                  </Text>
                </Stack>
                <FollowUpStatusBadge status={item.status} />
              </Group>
            </Card>
          ))}
          {'cachedAt' in data && data.cachedAt ? (
            <Text size="xs" c="dimmed">
              {t('monitoring:ui.cached')}
            </Text>
          ) : null}
        </Stack>
      )}
    </QueryView>
  );
}

/** Overdue, due this week and never visited: what an officer should do first. */
export function FollowUpList() {
  const { t } = useTranslation();
  const [tab, setTab] = useState<string | null>('overdue');
  // All three lists load now, so each tab still opens after the signal is gone.
  useFollowUps('overdue');
  useFollowUps('due');
  useFollowUps('never');
  return (
    <Card p="sm" mb="md">
      <Text fw={600} mb="xs">
        {t('monitoring:ui.followUp.title')}
      </Text>
      <Tabs value={tab} onChange={setTab} keepMounted={false}>
        <Tabs.List grow>
          <Tabs.Tab value="overdue">{t('monitoring:ui.followUp.tab.overdue')}</Tabs.Tab>
          <Tabs.Tab value="due">{t('monitoring:ui.followUp.tab.due')}</Tabs.Tab>
          <Tabs.Tab value="never">{t('monitoring:ui.followUp.tab.never')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="overdue">
          <Items status="overdue" />
        </Tabs.Panel>
        <Tabs.Panel value="due">
          <Items status="due" />
        </Tabs.Panel>
        <Tabs.Panel value="never">
          <Items status="never" />
        </Tabs.Panel>
      </Tabs>
    </Card>
  );
}
