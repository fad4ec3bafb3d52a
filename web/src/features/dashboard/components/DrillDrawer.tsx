import { Anchor, Drawer, ScrollArea, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber, formatRupiah } from '#core/format';
import { Pager } from '#web/components/Pager';
import { EmptyState, ErrorState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { type DrillInput, useDrill } from '../hooks/queries';
import { subsectorLabel } from '../lib/labels';

const PAGE_SIZE = 25;

export type Drill = { title: string; query: Omit<DrillInput, 'page' | 'pageSize'> };

/** The businesses behind a figure, each linked to its registry page. */
export function DrillDrawer({ drill, onClose }: { drill: Drill | null; onClose: () => void }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [page, setPage] = useState(1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new figure starts at page one
  useEffect(() => setPage(1), [drill]);
  const list = useDrill(drill ? { ...drill.query, page, pageSize: PAGE_SIZE } : null);
  return (
    <Drawer
      opened={Boolean(drill)}
      onClose={onClose}
      position="right"
      size="lg"
      title={<Text fw={600}>{drill?.title}</Text>}
      scrollAreaComponent={ScrollArea.Autosize}
    >
      {list.isPending ? (
        <Stack gap="xs" aria-busy="true">
          {[0, 1, 2, 3, 4].map((i) => (
            <Skeleton key={i} h={28} />
          ))}
        </Stack>
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState title={t('dashboard:ui.drill.empty')} />
      ) : (
        <Stack gap="xs">
          <Text size="sm" c="dimmed">
            {t('dashboard:ui.drill.total', {
              count: list.data.total,
              n: formatNumber(list.data.total, locale),
            })}
          </Text>
          <ScrollArea>
            <Table striped highlightOnHover miw={480}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('dashboard:ui.drill.name')}</Table.Th>
                  <Table.Th>{t('dashboard:ui.kecamatan')}</Table.Th>
                  <Table.Th>{t('dashboard:ui.drill.subsector')}</Table.Th>
                  <Table.Th ta="right">{t('dashboard:ui.drill.turnover')}</Table.Th>
                  <Table.Th ta="right">{t('dashboard:ui.drill.workers')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.items.map((b) => (
                  <Table.Tr key={b.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/registry/${b.id}`}>
                        {b.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{b.districtName ?? b.districtCode}</Table.Td>
                    <Table.Td>{subsectorLabel(t, b.subsector)}</Table.Td>
                    <Table.Td ta="right">{formatRupiah(b.latestTurnoverYearlyIdr, locale)}</Table.Td>
                    <Table.Td ta="right">{formatNumber(b.latestWorkers, locale)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
          <Pager total={list.data.total} pageSize={PAGE_SIZE} page={page} onChange={setPage} />
        </Stack>
      )}
    </Drawer>
  );
}
