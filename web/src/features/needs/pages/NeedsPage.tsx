import { Anchor, Select, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NeedCategory, NeedPriority } from '#core/domain/needs';
import { formatDate } from '#core/format';
import type { Need } from '#core/schemas/needs';
import { FilterBar, type ListColumn, ListView, useListFilters } from '#web/components/ListPage';
import { PageHeader } from '#web/components/PageHeader';
import { currentLocale } from '#web/lib/i18n';
import { NeedStatusBadge, PriorityBadge } from '../components/Badges';
import { useKecamatanOptions, useNeeds } from '../hooks/queries';
import { categoryLabel, categoryOptions, priorityOptions, statusOptions } from '../labels';

const PAGE_SIZE = 25;

/** The needs inventory: filters by category, status, priority and kecamatan (the server limits officers to theirs). */
export function NeedsPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { filters, set, page, setPage } = useListFilters<
    Record<'category' | 'status' | 'priority' | 'district', string | null>
  >({
    category: null,
    status: 'open',
    priority: null,
    district: null,
  });
  const kecamatan = useKecamatanOptions();
  const needs = useNeeds({
    category: (filters.category as NeedCategory | null) ?? undefined,
    status: (filters.status as 'open' | null) ?? undefined,
    priority: (filters.priority as NeedPriority | null) ?? undefined,
    districtCode: filters.district ?? undefined,
    page,
    pageSize: PAGE_SIZE,
  });
  const columns: ListColumn<Need>[] = [
    {
      key: 'business',
      header: t('needs:ui.business'),
      cell: (n) => (
        <>
          <Anchor component={Link} to={`/needs/${n.id}`} size="sm" fw={500}>
            {n.businessName}
          </Anchor>
          <Text size="xs" c="dimmed">
            {n.districtName ?? n.districtCode}
          </Text>
        </>
      ),
    },
    {
      key: 'category',
      header: t('fields:category'),
      cell: (n) => (
        <>
          <Text size="sm">{categoryLabel(n.category, locale)}</Text>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {n.description}
          </Text>
        </>
      ),
    },
    { key: 'priority', header: t('fields:priority'), cell: (n) => <PriorityBadge priority={n.priority} /> },
    { key: 'status', header: t('fields:status'), cell: (n) => <NeedStatusBadge status={n.status} /> },
    {
      key: 'identifiedOn',
      header: t('needs:ui.identifiedOn'),
      cell: (n) => <Text size="sm">{formatDate(n.identifiedOn, locale)}</Text>,
    },
  ];
  return (
    <>
      <PageHeader title={t('needs:ui.title')} description={t('needs:ui.description')} />
      <FilterBar>
        <Select
          clearable
          searchable
          placeholder={t('needs:ui.allCategories')}
          aria-label={t('fields:category')}
          data={categoryOptions(locale)}
          value={filters.category}
          onChange={set('category')}
          w={{ base: '100%', xs: 220 }}
        />
        <Select
          clearable
          placeholder={t('needs:ui.allStatuses')}
          aria-label={t('fields:status')}
          data={[
            { value: 'open', label: t('needs:status.open') },
            { value: 'closed', label: t('needs:status.closed') },
            ...statusOptions(),
          ]}
          value={filters.status}
          onChange={set('status')}
          w={{ base: '100%', xs: 190 }}
        />
        <Select
          clearable
          placeholder={t('needs:ui.allPriorities')}
          aria-label={t('fields:priority')}
          data={priorityOptions()}
          value={filters.priority}
          onChange={set('priority')}
          w={{ base: '100%', xs: 160 }}
        />
        <Select
          clearable
          searchable
          placeholder={t('registry:filter.all_kecamatan')}
          aria-label={t('needs:ui.kecamatan')}
          data={kecamatan.data ?? []}
          value={filters.district}
          onChange={set('district')}
          w={{ base: '100%', xs: 190 }}
        />
      </FilterBar>
      <ListView
        query={needs}
        columns={columns}
        page={page}
        pageSize={PAGE_SIZE}
        onPageChange={setPage}
        empty={{ title: t('needs:ui.empty') }}
        testId="needs"
      />
    </>
  );
}
