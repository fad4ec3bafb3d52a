import '@mantine/charts/styles.css';
import { AreaChart, BarChart, LineChart } from '@mantine/charts';
import { Card, ScrollArea, SimpleGrid, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatNumber, formatRupiah } from '#core/format';
import type { Summary } from '#core/schemas/dashboard';
import { currentLocale } from '#web/lib/i18n';
import { subsectorLabel, supportTypeLabel } from '../lib/labels';

const H = 240;

function ChartCard({ title, empty, children }: { title: string; empty: boolean; children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Title order={5} mb="sm">
        {title}
      </Title>
      {empty ? (
        <Text size="sm" c="dimmed" py="xl" ta="center">
          {t('dashboard:ui.empty')}
        </Text>
      ) : (
        children
      )}
    </Card>
  );
}

/** The dashboard's charts: IKM by area, trends, the training funnel, needs and support outcomes. */
export function Charts({ summary }: { summary: Summary }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const whole = (v: number) => formatNumber(v, locale, 0);
  const rupiah = (v: number) => formatRupiah(v, locale);
  const month = (m: string) => formatMonth(m, locale);
  const millions = (v: number) => t('dashboard:ui.millions', { n: formatNumber(v / 1e6, locale, 1) });
  const label = (k: string) => t(`dashboard:report.${k}`);

  const byDistrict = summary.byDistrict.map((r) => ({
    name: r.name ?? r.code,
    businesses: r.businesses,
    added: r.added,
  }));
  const bySubsector = summary.bySubsector.map((r) => ({
    name: subsectorLabel(t, r.code),
    businesses: r.businesses,
    added: r.added,
  }));
  const growth = summary.growth.map((r) => ({ month: month(r.month), total: r.total, added: r.added }));
  const visits = summary.visitTrend.map((r) => ({
    month: month(r.month),
    turnoverAvg: r.turnoverAvg,
    piecesAvg: r.piecesAvg,
  }));
  const funnel = [
    { stage: label('registered'), n: summary.funnel.registered },
    { stage: label('attended'), n: summary.funnel.attended },
    { stage: label('certified'), n: summary.funnel.certified },
    { stage: label('followed_up'), n: summary.funnel.followedUp },
  ];
  const needs = summary.needsTrend.map((r) => ({
    month: month(r.month),
    identified: r.identified,
    met: r.met,
    open: r.open,
  }));
  const outcome = (g: 'supported' | 'not_supported') => summary.support.outcomes.find((o) => o.group === g);
  const supported = outcome('supported');
  const notSupported = outcome('not_supported');
  const outcomes = [
    {
      when: label('before'),
      supported: supported?.turnoverBefore ?? null,
      not_supported: notSupported?.turnoverBefore ?? null,
    },
    {
      when: label('after'),
      supported: supported?.turnoverAfter ?? null,
      not_supported: notSupported?.turnoverAfter ?? null,
    },
  ];
  const hasOutcomes = summary.support.outcomes.some((o) => o.businesses > 0);
  const legend = { withLegend: true, legendProps: { verticalAlign: 'bottom' as const } };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title={label('by_district')} empty={byDistrict.length === 0}>
        <BarChart
          h={H}
          data={byDistrict}
          dataKey="name"
          valueFormatter={whole}
          yAxisProps={{ allowDecimals: false }}
          {...legend}
          series={[
            { name: 'businesses', label: label('businesses'), color: 'blue.6' },
            { name: 'added', label: label('added'), color: 'teal.6' },
          ]}
        />
      </ChartCard>
      <ChartCard title={label('by_subsector')} empty={bySubsector.length === 0}>
        <BarChart
          h={H}
          data={bySubsector}
          dataKey="name"
          orientation="vertical"
          yAxisProps={{ width: 110 }}
          valueFormatter={whole}
          {...legend}
          series={[
            { name: 'businesses', label: label('businesses'), color: 'blue.6' },
            { name: 'added', label: label('added'), color: 'teal.6' },
          ]}
        />
      </ChartCard>
      <ChartCard title={label('growth')} empty={growth.length === 0}>
        <AreaChart
          h={H}
          data={growth}
          dataKey="month"
          valueFormatter={whole}
          {...legend}
          series={[{ name: 'total', label: label('total'), color: 'blue.6' }]}
        />
      </ChartCard>
      <ChartCard title={label('turnover_avg')} empty={!visits.some((v) => v.turnoverAvg !== null)}>
        <LineChart
          h={H}
          data={visits}
          dataKey="month"
          valueFormatter={rupiah}
          yAxisProps={{ width: 90, tickFormatter: millions }}
          connectNulls
          series={[{ name: 'turnoverAvg', label: label('turnover_avg'), color: 'grape.6' }]}
        />
      </ChartCard>
      <ChartCard title={label('pieces_avg')} empty={!visits.some((v) => v.piecesAvg !== null)}>
        <LineChart
          h={H}
          data={visits}
          dataKey="month"
          valueFormatter={(v) => formatNumber(v, locale, 1)}
          connectNulls
          series={[{ name: 'piecesAvg', label: label('pieces_avg'), color: 'orange.6' }]}
        />
      </ChartCard>
      <ChartCard title={label('funnel')} empty={summary.funnel.registered === 0}>
        <BarChart
          h={H}
          data={funnel}
          dataKey="stage"
          valueFormatter={whole}
          yAxisProps={{ allowDecimals: false }}
          series={[{ name: 'n', label: label('count'), color: 'indigo.6' }]}
        />
      </ChartCard>
      <ChartCard title={label('needs_trend')} empty={needs.length === 0}>
        <LineChart
          h={H}
          data={needs}
          dataKey="month"
          valueFormatter={whole}
          {...legend}
          series={[
            { name: 'identified', label: label('identified'), color: 'gray.6' },
            { name: 'met', label: label('met'), color: 'teal.6' },
            { name: 'open', label: label('open'), color: 'red.6' },
          ]}
        />
      </ChartCard>
      <ChartCard title={label('outcomes')} empty={!hasOutcomes}>
        <BarChart
          h={H}
          data={outcomes}
          dataKey="when"
          valueFormatter={rupiah}
          yAxisProps={{ width: 90, tickFormatter: millions }}
          {...legend}
          series={[
            { name: 'supported', label: label('supported'), color: 'teal.6' },
            { name: 'not_supported', label: label('not_supported'), color: 'gray.5' },
          ]}
        />
        <ScrollArea mt="sm">
          <Table miw={420} fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{label('group')}</Table.Th>
                <Table.Th ta="right">{label('businesses')}</Table.Th>
                <Table.Th ta="right">{label('workers')}</Table.Th>
                <Table.Th ta="right">{label('channels')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.support.outcomes.map((o) => (
                <Table.Tr key={o.group}>
                  <Table.Td>{label(o.group)}</Table.Td>
                  <Table.Td ta="right">{whole(o.businesses)}</Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(o.workersBefore, locale, 1)} → {formatNumber(o.workersAfter, locale, 1)}
                  </Table.Td>
                  <Table.Td ta="right">
                    {formatNumber(o.channelsBefore, locale, 1)} → {formatNumber(o.channelsAfter, locale, 1)}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </ChartCard>
      <ChartCard title={label('support')} empty={summary.support.delivered.length === 0}>
        <ScrollArea>
          <Table miw={420} fz="sm" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{label('type')}</Table.Th>
                <Table.Th ta="right">{label('count')}</Table.Th>
                <Table.Th ta="right">{label('value')}</Table.Th>
                <Table.Th ta="right">{label('reached')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {summary.support.delivered.map((d) => (
                <Table.Tr key={d.type}>
                  <Table.Td>{supportTypeLabel(t, d.type)}</Table.Td>
                  <Table.Td ta="right">{whole(d.count)}</Table.Td>
                  <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                    {rupiah(d.valueIdr)}
                  </Table.Td>
                  <Table.Td ta="right">{whole(d.businesses)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollArea>
      </ChartCard>
    </SimpleGrid>
  );
}
