import { Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { YieldCharts } from '../components/records/YieldCharts';
import { useBaths, useStats } from '../hooks/records';
import { R } from '../lib/labels';

/** Yield and reject rate per bath over the months, and which defects come back. */
export function StatsPage() {
  const { t } = useTranslation();
  const [bathId, setBathId] = useState<string | null>(null);
  const baths = useBaths();
  const stats = useStats(bathId ? { bathId } : {});
  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t(`${R}.stats.title`)} description={t(`${R}.stats.description`)} />
      <Select
        size="md"
        clearable
        placeholder={t(`${R}.stats.allBaths`)}
        aria-label={t(`${R}.planner.bath`)}
        value={bathId}
        onChange={setBathId}
        data={(baths.data?.items ?? []).map((b) => ({ value: b.id, label: b.name }))}
        maw={360}
      />
      {stats.isPending ? (
        <LoadingState />
      ) : stats.error ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <YieldCharts stats={stats.data} />
      )}
    </Stack>
  );
}
