import '@mantine/charts/styles.css';
import { BarChart, LineChart } from '@mantine/charts';
import { Card, Group, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatNumber } from '#core/format';
import type { Stats } from '#core/schemas/electroforming';
import { EmptyState } from '#web/components/States';
import { R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';

const LINE_COLORS = ['copper.6', 'teal.6', 'blue.6', 'grape.6', 'yellow.7', 'red.6'];

/** Yield and rejects per month (and per bath when there are several), and the defects seen most. */
export function YieldCharts({ stats }: { stats: Stats }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const checked = stats.months.filter((m) => m.piecesChecked > 0);
  if (checked.length === 0) {
    return <EmptyState title={t(`${R}.stats.empty`)}>{t(`${R}.stats.emptyHint`)}</EmptyState>;
  }
  const months = [...new Set(checked.map((m) => m.month))].sort();
  const baths = [...new Map(checked.map((m) => [m.bathId, m.bathName])).entries()];
  const bars = months.map((month) => {
    const rows = checked.filter((m) => m.month === month);
    return {
      month: formatMonth(month, locale),
      passed: rows.reduce((s, r) => s + r.passed, 0),
      rework: rows.reduce((s, r) => s + r.rework, 0),
      rejected: rows.reduce((s, r) => s + r.rejected, 0),
    };
  });
  const lines = months.map((month) => ({
    month: formatMonth(month, locale),
    ...Object.fromEntries(
      baths.map(([id]) => {
        const row = checked.find((m) => m.month === month && m.bathId === id);
        return [id, row?.yieldRate == null ? null : Math.round(row.yieldRate * 1000) / 10];
      }),
    ),
  }));
  const pct = (v: number | null) => (v === null ? '–' : `${formatNumber(v * 100, locale, 0)}%`);
  return (
    <Stack gap="md" data-testid="yield-charts">
      <SimpleGrid cols={{ base: 3 }} spacing="xs">
        <Figure label={t(`${R}.stats.checked`)} value={String(stats.totals.piecesChecked)} />
        <Figure label={t(`${R}.stats.yield`)} value={pct(stats.totals.yieldRate)} color="teal.8" />
        <Figure label={t(`${R}.stats.reject`)} value={pct(stats.totals.rejectRate)} color="red.8" />
      </SimpleGrid>
      <Card p="md">
        <Title order={5} mb="sm">
          {t(`${R}.stats.perMonth`)}
        </Title>
        <BarChart
          h={220}
          data={bars}
          dataKey="month"
          type="stacked"
          // Pieces are counted whole: no 0,5 steps on the axis.
          yAxisProps={{ allowDecimals: false }}
          valueFormatter={(v) => formatNumber(v, locale, 0)}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          series={[
            { name: 'passed', label: t(`${R}.enum.qc.pass`), color: 'teal.6' },
            { name: 'rework', label: t(`${R}.enum.qc.rework`), color: 'yellow.6' },
            { name: 'rejected', label: t(`${R}.enum.qc.reject`), color: 'red.6' },
          ]}
        />
      </Card>
      <Card p="md">
        <Title order={5} mb="sm">
          {t(`${R}.stats.yieldPerBath`)}
        </Title>
        <LineChart
          h={220}
          data={lines}
          dataKey="month"
          unit="%"
          yAxisProps={{ domain: [0, 100] }}
          valueFormatter={(v) => formatNumber(v, locale, 1)}
          withLegend
          legendProps={{ verticalAlign: 'bottom' }}
          connectNulls
          series={baths.map(([id, name], i) => ({
            name: id,
            label: name,
            color: LINE_COLORS[i % LINE_COLORS.length],
          }))}
        />
      </Card>
      {stats.defects.length > 0 && (
        <Card p="md">
          <Title order={5} mb="sm">
            {t(`${R}.stats.defects`)}
          </Title>
          <Stack gap="xs">
            {stats.defects.map((d) => (
              <div key={d.defectId}>
                <Group justify="space-between" gap="xs" wrap="nowrap">
                  <Text size="sm">{t(`electroforming:defects.${d.defectId}.name`)}</Text>
                  <Text size="sm" fw={600}>
                    {d.count} · {pct(d.share)}
                  </Text>
                </Group>
                <Progress value={d.share * 100} color="orange" size="sm" />
              </div>
            ))}
          </Stack>
        </Card>
      )}
    </Stack>
  );
}

function Figure({ label, value, color }: { label: string; value: string; color?: string }) {
  return (
    <Card p="sm">
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={800} fz={22} c={color}>
        {value}
      </Text>
    </Card>
  );
}
