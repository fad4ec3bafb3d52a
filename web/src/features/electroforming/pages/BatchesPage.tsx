import { Button, Group, SegmentedControl, Stack } from '@mantine/core';
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
type Filter = (typeof FILTERS)[number];

/** The maker's batches: what is running now first, then the history. */
export function BatchesPage() {
  const { t } = useTranslation();
  const owner = useCan('electroforming.records_write');
  const batches = useBatches();
  const [chosen, setChosen] = useState<Filter | null>(null);
  const add = owner && (
    <Button component={Link} to={PATHS.newBatch} leftSection={<IconPlus size={16} />} data-testid="batch-new">
      {t(`${R}.batches.create`)}
    </Button>
  );
  const all = batches.data?.items ?? [];
  const lists: Record<Filter, typeof all> = {
    open: all.filter((b) => OPEN.has(b.status)),
    done: all.filter((b) => !OPEN.has(b.status)),
    all,
  };
  // Opens where the batches are: on the history when nothing is running but some are finished.
  const filter: Filter = chosen ?? (lists.open.length === 0 && lists.done.length > 0 ? 'done' : 'open');
  const items = lists[filter];
  const empty =
    all.length === 0 ? (
      <EmptyState title={t(`${R}.batches.empty`)} action={add || undefined}>
        {owner ? t(`${R}.batches.emptyHint`) : undefined}
      </EmptyState>
    ) : filter === 'open' ? (
      <EmptyState
        title={t(`${R}.batches.emptyOpen`)}
        action={
          <Group gap="xs" justify="center">
            <Button variant="light" onClick={() => setChosen('done')} data-testid="batches-show-history">
              {t(`${R}.batches.showHistory`)}
            </Button>
            {add}
          </Group>
        }
      >
        {t(`${R}.batches.inHistory`, { count: lists.done.length })}
      </EmptyState>
    ) : (
      <EmptyState title={t(`${R}.batches.emptyHistory`)} />
    );
  return (
    <Stack gap="md" maw={900}>
      <PageHeader title={t(`${R}.batches.title`)} description={t(`${R}.batches.description`)} actions={add} />
      <SegmentedControl
        value={filter}
        onChange={(v) => setChosen(v as Filter)}
        data={FILTERS.map((f) => ({
          value: f,
          label: batches.data
            ? t(`${R}.batches.filterCount`, { label: t(`${R}.batches.filter.${f}`), count: lists[f].length })
            : t(`${R}.batches.filter.${f}`),
        }))}
        data-testid="batches-filter"
        style={{ alignSelf: 'flex-start' }}
      />
      {batches.isPending ? (
        <LoadingState />
      ) : batches.error ? (
        <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />
      ) : items.length === 0 ? (
        empty
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
