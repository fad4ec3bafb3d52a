import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { yearlyTurnover } from '#core/domain/registry';
import { formatNumber, formatRupiah } from '#core/format';
import { EmptyState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { enumLabel } from '../shared/options';
import type { Business, Snapshot } from '../shared/types';
import { EstimateBadge } from './EstimateBadge';
import { SnapshotFormModal } from './SnapshotFormModal';

/** Compact Rupiah for chart axes: 1,2 M / 350 jt. */
function shortRupiah(value: number, locale: 'id' | 'en') {
  if (value >= 1e9) return `${formatNumber(value / 1e9, locale, 1)} M`;
  if (value >= 1e6) return `${formatNumber(value / 1e6, locale, 0)} jt`;
  return formatNumber(value, locale);
}

/** Yearly figures (tahun data): turnover and workers over the years, then every snapshot. */
export default function SnapshotsTab({ business }: { business: Business }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [adding, setAdding] = useState(false);
  const [correcting, setCorrecting] = useState<Snapshot | null>(null);
  const years = [...business.snapshots].sort((a, b) => a.dataYear - b.dataYear);
  const chart = years.map((s) => ({
    year: String(s.dataYear),
    turnover: yearlyTurnover(s) ?? 0,
    male: s.workersMale ?? 0,
    female: s.workersFemale ?? 0,
    // A total recorded without (all of) its split still counts in the bar.
    unsplit: Math.max(0, (s.workersTotal ?? 0) - (s.workersMale ?? 0) - (s.workersFemale ?? 0)),
  }));
  const add = business.permissions.edit && (
    <Button leftSection={<IconPlus size={16} />} variant="light" onClick={() => setAdding(true)}>
      {t('registry-record:snapshot.add')}
    </Button>
  );

  return (
    <Stack>
      {years.length === 0 ? (
        <EmptyState title={t('registry-record:snapshot.empty')} action={add}>
          {t('registry-record:snapshot.empty_hint')}
        </EmptyState>
      ) : (
        <>
          <Group justify="flex-end">{add}</Group>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Card>
              <Title order={4} fz="md" mb="sm">
                {t('registry-record:snapshot.chart_turnover')}
              </Title>
              <BarChart
                h={200}
                data={chart}
                dataKey="year"
                series={[{ name: 'turnover', label: t('registry:field.turnover_yearly'), color: 'copper.6' }]}
                valueFormatter={(v) => shortRupiah(v, locale)}
                tooltipProps={{ formatter: (v) => formatRupiah(Number(v), locale) }}
                yAxisProps={{ width: 56 }}
              />
            </Card>
            <Card>
              <Title order={4} fz="md" mb="sm">
                {t('registry-record:snapshot.chart_workers')}
              </Title>
              <BarChart
                h={200}
                data={chart}
                dataKey="year"
                type="stacked"
                withLegend
                series={[
                  { name: 'male', label: t('registry:field.workers_male'), color: 'blue.6' },
                  { name: 'female', label: t('registry:field.workers_female'), color: 'pink.6' },
                  ...(chart.some((c) => c.unsplit > 0)
                    ? [
                        {
                          name: 'unsplit',
                          label: t('registry-record:snapshot.chart_unsplit'),
                          color: 'gray.5',
                        },
                      ]
                    : []),
                ]}
                yAxisProps={{ width: 32, allowDecimals: false }}
              />
            </Card>
          </SimpleGrid>
          <Card p={0}>
            <Table.ScrollContainer minWidth={720}>
              <Table verticalSpacing="xs" data-testid="snapshot-table">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('registry:field.data_year')}</Table.Th>
                    <Table.Th>{t('registry:field.workers')}</Table.Th>
                    <Table.Th>{t('registry:field.turnover_yearly')}</Table.Th>
                    <Table.Th>{t('registry:field.investment')}</Table.Th>
                    <Table.Th>{t('registry:field.output')}</Table.Th>
                    <Table.Th>{t('registry:field.capacity')}</Table.Th>
                    <Table.Th>{t('registry:field.source')}</Table.Th>
                    {business.permissions.edit && <Table.Th />}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {[...years].reverse().map((s) => (
                    <Table.Tr key={s.id}>
                      <Table.Td fw={600}>{s.dataYear}</Table.Td>
                      <Table.Td>
                        {s.workersTotal ?? '–'}
                        {(s.workersMale !== null || s.workersFemale !== null) && (
                          <Text span size="xs" c="dimmed">
                            {' '}
                            (
                            {t('registry-record:snapshot.workers_split', {
                              male: s.workersMale ?? 0,
                              female: s.workersFemale ?? 0,
                            })}
                            )
                          </Text>
                        )}
                        <EstimateBadge snapshot={s} cell="workers" />
                      </Table.Td>
                      <Table.Td>
                        {formatRupiah(yearlyTurnover(s), locale)}
                        <EstimateBadge snapshot={s} cell="turnover" />
                      </Table.Td>
                      <Table.Td>
                        {formatRupiah(s.investmentIdr, locale)}
                        <EstimateBadge snapshot={s} cell="investment" />
                      </Table.Td>
                      <Table.Td>
                        {s.outputQuantity !== null
                          ? `${formatNumber(s.outputQuantity, locale)} ${s.capacityUnit ?? ''}`
                          : formatRupiah(s.outputValueIdr, locale)}
                        <EstimateBadge snapshot={s} cell="output" />
                      </Table.Td>
                      <Table.Td data-testid="snapshot-capacity">
                        {s.capacity !== null
                          ? `${formatNumber(s.capacity, locale)} ${s.capacityUnit ?? ''}`.trim()
                          : '–'}
                        <EstimateBadge snapshot={s} cell="capacity" />
                      </Table.Td>
                      <Table.Td>
                        <Text size="sm">{enumLabel(t, 'source', s.source)}</Text>
                      </Table.Td>
                      {business.permissions.edit && (
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            aria-label={`${t('registry-record:snapshot.edit')} ${s.dataYear}`}
                            onClick={() => setCorrecting(s)}
                          >
                            <IconPencil size={16} />
                          </ActionIcon>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </Card>
        </>
      )}
      {adding && <SnapshotFormModal businessId={business.id} onClose={() => setAdding(false)} />}
      {correcting && (
        <SnapshotFormModal
          businessId={business.id}
          snapshot={correcting}
          onClose={() => setCorrecting(null)}
        />
      )}
    </Stack>
  );
}
