import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlus, IconWorld } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '#web/app/session';
import { QueryView } from '#web/components/QueryView';
import { ApiError } from '#web/lib/api';
import { currentLocale } from '#web/lib/i18n';
import { useNeeds, useNeedsFromReadiness } from '../hooks/queries';
import { categoryLabel } from '../labels';
import { NeedStatusBadge, PriorityBadge } from './Badges';
import { NeedFormModal } from './NeedFormModal';

/** The needs of one business, on its registry page: list, add, and take over its export-readiness gaps. */
export function BusinessNeedsTab({ businessId }: { businessId: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const canManage = useCan('needs.manage');
  const needs = useNeeds({ businessId, pageSize: 200 });
  const fromGaps = useNeedsFromReadiness();
  const [adding, setAdding] = useState(false);

  const takeGaps = () =>
    fromGaps.mutate(businessId, {
      onSuccess: (r) =>
        notifications.show({
          color: 'green',
          message: t('needs:ui.fromGapsDone', { created: r.created.length, updated: r.updated.length }),
        }),
      onError: (e) =>
        notifications.show({
          color: 'red',
          message: e instanceof ApiError ? e.message : t('errors:unexpected'),
        }),
    });

  return (
    <Stack>
      {canManage && (
        <Group gap="xs">
          <Button leftSection={<IconPlus size={16} />} onClick={() => setAdding(true)}>
            {t('needs:ui.add')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconWorld size={16} />}
            loading={fromGaps.isPending}
            onClick={takeGaps}
          >
            {t('needs:ui.fromGaps')}
          </Button>
        </Group>
      )}
      <QueryView
        query={needs}
        isEmpty={(d) => d.items.length === 0}
        empty={{ title: t('needs:ui.emptyBusiness') }}
      >
        {(data) => (
          <Stack gap="xs">
            {data.items.map((n) => (
              <Card key={n.id} p="sm">
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Anchor component={Link} to={`/needs/${n.id}`} fw={500}>
                    {categoryLabel(n.category, locale)}
                  </Anchor>
                  <Group gap={6}>
                    <PriorityBadge priority={n.priority} />
                    <NeedStatusBadge status={n.status} />
                  </Group>
                </Group>
                <Text size="sm" c="dimmed" lineClamp={2}>
                  {n.description}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </QueryView>
      {adding && <NeedFormModal businessId={businessId} opened onClose={() => setAdding(false)} />}
    </Stack>
  );
}

export default BusinessNeedsTab;
