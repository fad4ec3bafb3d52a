import { Button, SegmentedControl, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import '../components/ef.css';
import { BatchRow } from '../components/records/BatchRow';
import { useBatches } from '../hooks/records';
import { PATHS, R } from '../lib/labels';

const FILTERS = ['open', 'done', 'all'] as const;
const OPEN = new Set(['planned', 'running', 'finishing']);

/** The maker's batches: what is running now first, then the history. */
export function BatchesPage() {
  const { t } = useTranslation();
  const owner = useCan('electroforming.records_write');
  const batches = useBatches();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('open');
  const add = owner && (
    <Button component={Link} to={PATHS.newBatch} leftSection={<IconPlus size={16} />} data-testid="batch-new">
      {t(`${R}.batches.create`)}
    </Button>
  );
  const items = (batches.data?.items ?? []).filter((b) =>
    filter === 'all' ? true : filter === 'open' ? OPEN.has(b.status) : !OPEN.has(b.status),
  );
  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t(`${R}.batches.title`)} description={t(`${R}.batches.description`)} actions={add} />
      <SegmentedControl
        value={filter}
        onChange={(v) => setFilter(v as (typeof FILTERS)[number])}
        data={FILTERS.map((f) => ({ value: f, label: t(`${R}.batches.filter.${f}`) }))}
        style={{ alignSelf: 'flex-start' }}
      />
      {batches.isPending ? (
        <LoadingState />
      ) : batches.error ? (
        <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />
      ) : items.length === 0 ? (
        <EmptyState title={t(`${R}.batches.empty`)} action={add || undefined}>
          {owner ? t(`${R}.batches.emptyHint`) : undefined}
        </EmptyState>
      ) : (
        <Stack gap="xs">
          {items.map((b) => (
            <BatchRow key={b.id} batch={b} showOwner={!owner} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
