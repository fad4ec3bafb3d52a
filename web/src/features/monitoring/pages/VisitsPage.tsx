import { Anchor, Select, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#core/format';
import { VISIT_STATUSES, type Visit, type VisitStatus } from '#core/schemas/monitoring';
import { FilterBar, type ListColumn, ListView, useListFilters } from '#web/components/ListPage';
import { PageHeader } from '#web/components/PageHeader';
import { currentLocale } from '#web/lib/i18n';
import { VisitStatusBadge } from '../components/VisitStatusBadge';
import { useVisits } from '../hooks/queries';

const PAGE_SIZE = 25;

/** Visits the person may see (the server limits officers to their kecamatan, owners to their own approved ones). */
export function VisitsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { filters, set, page, setPage } = useListFilters<{ status: string | null; from: string; to: string }>(
    {
      status: null,
      from: '',
      to: '',
    },
  );
  const visits = useVisits({
    status: (filters.status as VisitStatus | null) ?? undefined,
    from: filters.from || undefined,
    to: filters.to || undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const columns: ListColumn<Visit>[] = [
    {
      key: 'business',
      header: t('monitoring:ui.visits.business'),
      cell: (v) => (
        <>
          <Anchor component={Link} to={`/visits/${v.id}`} size="sm" fw={500}>
            {v.businessName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {v.districtName ?? v.districtCode}
          </Text>
        </>
      ),
    },
    {
      key: 'date',
      header: t('monitoring:ui.visits.date'),
      cell: (v) => <Text size="sm">{formatDate(v.visitedOn, locale)}</Text>,
    },
    {
      key: 'officer',
      header: t('monitoring:ui.visits.officer'),
      cell: (v) => <Text size="sm">{v.officerName ?? '–'}</Text>,
    },
    {
      key: 'status',
      header: t('monitoring:ui.visits.status'),
      cell: (v) => <VisitStatusBadge status={v.status} />,
    },
  ];
  return (
    <>
      <PageHeader
        title={t('monitoring:ui.visits.title')}
        description={t('monitoring:ui.visits.description')}
      />
      <FilterBar>
        <Select
          clearable
          placeholder={t('monitoring:ui.visits.allStatuses')}
          aria-label={t('monitoring:ui.visits.status')}
          data={VISIT_STATUSES.map((s) => ({ value: s, label: t(`monitoring:ui.visit.status.${s}`) }))}
          value={filters.status}
          onChange={set('status')}
          w={{ base: '100%', xs: 180 }}
        />
        <TextInput
          type="date"
          aria-label={t('monitoring:ui.visits.from')}
          value={filters.from}
          onChange={(e) => set('from')(e.currentTarget.value)}
          w={{ base: '100%', xs: 170 }}
        />
        <TextInput
          type="date"
          aria-label={t('monitoring:ui.visits.to')}
          value={filters.to}
          onChange={(e) => set('to')(e.currentTarget.value)}
          w={{ base: '100%', xs: 170 }}
        />
      </FilterBar>
      <ListView
        query={visits}
        columns={columns}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        empty={{ title: t('monitoring:ui.visits.empty') }}
        testId="visits"
        minWidth={560}
      />
    </>
  );
}
