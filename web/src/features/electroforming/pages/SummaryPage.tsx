import { Card, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '#core/format';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useSummary } from '../hooks/records';
import { R } from '../lib/labels';

/** For the office: how many makers electroform, how much, and how well (no records, only counts). */
export function SummaryPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const summary = useSummary();
  // Officers see summaries without the records behind them.
  const summaryOnly = !useCan('electroforming.records');
  const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, locale, 0)}%`);
  if (summary.isPending) return <LoadingState />;
  if (summary.error) return <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />;
  const { owners, totals } = summary.data;
  return (
    <Stack gap="md" maw={1100}>
      <PageHeader
        title={t(`${R}.summary.title`)}
        description={t(summaryOnly ? `${R}.summary.description_officer` : `${R}.summary.description`)}
      />
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {[
          [t(`${R}.summary.owners`), String(totals.owners)],
          [t(`${R}.summary.baths`), String(totals.baths)],
          [t(`${R}.summary.batches`), String(totals.batches)],
          [t(`${R}.stats.yield`), pct(totals.yieldRate)],
          [t(`${R}.stats.reject`), pct(totals.rejectRate)],
        ].map(([label, value]) => (
          <Card key={label} p="sm">
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={800} fz={22}>
              {value}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {owners.length === 0 ? (
        <EmptyState title={t(`${R}.summary.empty`)} />
      ) : (
        <Card p={0}>
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="sm" highlightOnHover data-testid="summary-table">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t(`${R}.summary.owner`)}</Table.Th>
                  <Table.Th ta="right">{t(`${R}.summary.baths`)}</Table.Th>
                  <Table.Th ta="right">{t(`${R}.summary.batches`)}</Table.Th>
                  <Table.Th ta="right">{t(`${R}.stats.checked`)}</Table.Th>
                  <Table.Th ta="right">{t(`${R}.stats.yield`)}</Table.Th>
                  <Table.Th ta="right">{t(`${R}.stats.reject`)}</Table.Th>
                  <Table.Th>{t(`${R}.summary.lastActivity`)}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {owners.map((o) => (
                  <Table.Tr key={o.ownerUserId}>
                    <Table.Td fw={600}>{o.ownerName}</Table.Td>
                    <Table.Td ta="right">
                      {o.activeBaths}/{o.baths}
                    </Table.Td>
                    <Table.Td ta="right">{o.batches}</Table.Td>
                    <Table.Td ta="right">{o.piecesChecked}</Table.Td>
                    <Table.Td ta="right">{pct(o.yieldRate)}</Table.Td>
                    <Table.Td ta="right">{pct(o.rejectRate)}</Table.Td>
                    <Table.Td>{formatDate(o.lastActivityAt, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </Card>
      )}
    </Stack>
  );
}
