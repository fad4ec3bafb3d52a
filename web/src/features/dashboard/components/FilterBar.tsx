import { Button, Card, Group, Select, TextInput } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dashboardApi } from '#core/api/dashboard';
import type { DashboardFilters } from '#core/schemas/dashboard';
import { type Filters, type Period, queryString, recentQuarters } from '../lib/filters';

/** Period (all time, a quarter or dates) and kecamatan, with the reports for the same choice. */
export function FilterBar({
  filters,
  onChange,
  kecamatan,
  allowAll,
  query,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  kecamatan: { value: string; label: string }[];
  /** False for an officer with one kecamatan: there is nothing else to choose. */
  allowAll: boolean;
  query: DashboardFilters;
}) {
  const { t } = useTranslation();
  const p = filters.period;
  const periodValue = p.kind === 'quarter' ? p.quarter : p.kind;
  const setPeriod = (period: Period) => onChange({ ...filters, period });
  const links = queryString(query);
  return (
    <Card p="sm">
      <Group gap="sm" wrap="wrap" align="flex-end">
        <Select
          label={t('dashboard:ui.filter.period')}
          data={[
            { value: 'all', label: t('dashboard:ui.filter.all_time') },
            {
              group: t('dashboard:ui.filter.quarter'),
              items: recentQuarters().map((q) => ({ value: q, label: q.replace('-', ' ') })),
            },
            { value: 'range', label: t('dashboard:ui.filter.range') },
          ]}
          value={periodValue}
          allowDeselect={false}
          onChange={(v) => {
            if (!v || v === 'all') setPeriod({ kind: 'all' });
            else if (v === 'range') setPeriod({ kind: 'range', from: '', to: '' });
            else setPeriod({ kind: 'quarter', quarter: v });
          }}
          w={{ base: '100%', xs: 200 }}
        />
        {p.kind === 'range' && (
          <>
            <TextInput
              type="date"
              label={t('dashboard:ui.filter.from')}
              value={p.from}
              max={p.to || undefined}
              onChange={(e) => setPeriod({ ...p, from: e.currentTarget.value })}
              w={{ base: '100%', xs: 170 }}
            />
            <TextInput
              type="date"
              label={t('dashboard:ui.filter.to')}
              value={p.to}
              min={p.from || undefined}
              onChange={(e) => setPeriod({ ...p, to: e.currentTarget.value })}
              w={{ base: '100%', xs: 170 }}
            />
          </>
        )}
        <Select
          label={t('dashboard:ui.kecamatan')}
          placeholder={allowAll ? t('dashboard:ui.filter.all_kecamatan') : undefined}
          data={kecamatan}
          value={filters.districtCode}
          clearable={allowAll}
          allowDeselect={allowAll}
          searchable
          onChange={(v) => onChange({ ...filters, districtCode: v })}
          w={{ base: '100%', xs: 220 }}
        />
        <Group gap="xs" ml={{ base: 0, md: 'auto' }}>
          <Button
            component="a"
            href={`/api${dashboardApi.reportPdf.path}${links}`}
            target="_blank"
            rel="noopener"
            variant="light"
            leftSection={<IconFileTypePdf size={18} />}
          >
            {t('dashboard:ui.download.pdf')}
          </Button>
          <Button
            component="a"
            href={`/api${dashboardApi.reportXlsx.path}${links}`}
            download
            variant="light"
            leftSection={<IconFileSpreadsheet size={18} />}
          >
            {t('dashboard:ui.download.xlsx')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}
