import { Button, Card, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '#core/format';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useBusinessMap } from '../hooks/list';
import { enumLabel } from '../shared/options';
import type { ListParams } from './list-params';

const BusinessMap = lazy(() => import('./BusinessMap'));

/** The filtered businesses that have coordinates, as points; tapping one shows its card. */
export default function MapView({ params }: { params: ListParams }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const map = useBusinessMap(params);
  const [selected, setSelected] = useState<string | null>(null);
  const points = useMemo(() => map.data?.items ?? [], [map.data]);
  const chosen = points.find((p) => p.id === selected);

  if (map.isPending) return <LoadingState />;
  if (map.error) return <ErrorState error={map.error} onRetry={() => void map.refetch()} />;
  if (points.length === 0)
    return (
      <EmptyState title={t('registry:map.empty')}>
        {t('registry:map.empty_hint', { total: formatNumber(map.data.total, locale) })}
      </EmptyState>
    );
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" data-testid="map-count">
        {t('registry:map.count', {
          count: points.length,
          shown: formatNumber(points.length, locale),
          total: formatNumber(map.data.total, locale),
        })}
      </Text>
      <Suspense fallback={<LoadingState />}>
        <BusinessMap points={points} onSelect={setSelected} height="min(60vh, 520px)" />
      </Suspense>
      {chosen && (
        <Card padding="sm" data-testid="map-selected">
          <Group justify="space-between" wrap="nowrap" gap="xs">
            <Stack gap={0} style={{ minWidth: 0 }}>
              <Text fw={600} truncate>
                {chosen.name}
              </Text>
              <Text size="sm" c="dimmed" truncate>
                {enumLabel(t, 'subsector', chosen.subsector)}
              </Text>
            </Stack>
            <Button component={Link} to={`/registry/${chosen.id}`} size="xs" variant="light">
              {t('registry:map.open')}
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}
