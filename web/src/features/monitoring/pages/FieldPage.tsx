import { Anchor, Button, Card, Group, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconPlus, IconSearch } from '@tabler/icons-react';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#core/format';
import { PageHeader } from '#web/components/PageHeader';
import { QueryView } from '#web/components/QueryView';
import { currentLocale } from '#web/lib/i18n';
import { lazyOr, Nothing } from '#web/lib/lazy-or';
import { FollowUpList, FollowUpStatusBadge } from '../components/FollowUpList';
import { useCurrentForm, useMyBusinesses } from '../hooks/queries';

// What waits to be sent reads IndexedDB through Dexie, a chunk of its own: the page shows
// without waiting for it. Should the chunk fail to load, the list stays hidden until the app is
// opened again.
const OutboxList = lazyOr(() => import('../components/OutboxList').then((m) => m.OutboxList), Nothing);

/** The officer's field app: what waits to be sent, follow-ups first, then every business to visit. */
export function FieldPage() {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 300);
  const businesses = useMyBusinesses(q);
  // Loaded (and kept on the phone) before it is needed: the visit form must open without signal.
  useCurrentForm();
  useEffect(() => {
    // The visit screen's code too, in case the app shell was not installed for offline use.
    void import('./RecordVisitPage');
  }, []);
  const locale = currentLocale();
  return (
    <>
      <PageHeader title={t('monitoring:ui.field.title')} description={t('monitoring:ui.field.description')} />
      <Suspense fallback={null}>
        <OutboxList />
      </Suspense>
      <FollowUpList />
      <Card p="sm">
        <Text fw={600} mb="xs">
          {t('monitoring:ui.field.businesses')}
        </Text>
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('monitoring:ui.field.search')}
          aria-label={t('monitoring:ui.field.search')}
          value={search}
          onChange={(e) => setSearch(e.currentTarget.value)}
          mb="xs"
        />
        <QueryView
          query={businesses}
          isEmpty={(d) => d.items.length === 0}
          empty={{ title: t('monitoring:ui.field.noBusinesses') }}
        >
          {(data) => (
            <Stack gap="xs">
              {data.items.map((b) => (
                <Card key={b.businessId} withBorder p="xs" data-testid="field-business">
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2} style={{ minWidth: 0 }}>
                      <Text size="sm" fw={500} truncate>
                        {b.name}
                      </Text>
                      <Text size="xs" c="dimmed" truncate>
                        {[b.villageName, b.districtName].filter(Boolean).join(', ')}
                      </Text>
                      <Text size="xs" c="dimmed">
                        {b.lastVisit ? (
                          <Anchor component={Link} to={`/visits/${b.lastVisit.id}`} size="xs">
                            {t('monitoring:ui.followUp.lastVisit', {
                              date: formatDate(b.lastVisit.visitedAt, locale),
                            })}
                          </Anchor>
                        ) : (
                          t('monitoring:ui.followUp.neverVisited')
                        )}
                      </Text>
                      {b.followUp && (
                        <Group gap={4}>
                          <FollowUpStatusBadge status={b.followUp.status} />
                          <Text size="xs" c="dimmed">
                            {formatDate(b.followUp.dueDate, locale)}
                          </Text>
                        </Group>
                      )}
                    </Stack>
                    <Button
                      size="xs"
                      component={Link}
                      to={`/field/visit/${b.businessId}`}
                      leftSection={<IconPlus size={14} />}
                    >
                      {t('monitoring:ui.field.record')}
                    </Button>
                  </Group>
                </Card>
              ))}
              {data.total > data.items.length && (
                <Text size="xs" c="dimmed">
                  {t('monitoring:ui.field.more', { shown: data.items.length, total: data.total })}
                </Text>
              )}
              {'cachedAt' in data && data.cachedAt ? (
                <Text size="xs" c="dimmed">
                  {t('monitoring:ui.cached')}
                </Text>
              ) : null}
            </Stack>
          )}
        </QueryView>
      </Card>
    </>
  );
}
