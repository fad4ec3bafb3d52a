import { Badge, Box, Button, Card, Group, SegmentedControl, Text, TextInput } from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconAdjustmentsHorizontal,
  IconDownload,
  IconFileImport,
  IconList,
  IconMap,
  IconPlus,
  IconSearch,
} from '@tabler/icons-react';
import { type ComponentType, lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatNumber } from '#core/format';
import { useCan, useSignedInUser } from '#web/app/session';
import { LazySelect } from '#web/components/LazySelect';
import { PageHeader } from '#web/components/PageHeader';
import { Pager } from '#web/components/Pager';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { lazyOr, Nothing } from '#web/lib/lazy-or';
import { useBusinesses, useExportBusinesses } from '../hooks/list';
import { useHomeRegion } from '../shared/home';
import { useRegions } from '../shared/regions';
import type { BusinessListItem } from '../shared/types';
import { PAGE_SIZE, useListParams } from './list-params';

const MapView = lazy(() => import('./MapView'));

type Results = ComponentType<{ items: BusinessListItem[] }>;

/** Names linking to their profiles: what shows should the table's or the cards' chunk not load. */
function PlainResults({ items }: { items: BusinessListItem[] }) {
  return (
    <Card>
      {items.map((b) => (
        <Text key={b.id} py={4}>
          <Link to={`/registry/${b.id}`}>{b.name}</Link>
        </Text>
      ))}
    </Card>
  );
}

/*
 * Off the first load (issue 10: under 250 KB): the table (desktop) or the cards (phone) come with
 * the list's answer, fetched from the first render on, so a phone never downloads the table nor a
 * desktop the cards. Without their chunk (offline before it was cached) the results show as
 * plain links.
 */
const loadTable = (): Promise<Results> => import('./BusinessTable').then((m) => m.BusinessTable);
const loadCards = (): Promise<Results> => import('./BusinessCards').then((m) => m.BusinessCards);
const BusinessTable = lazyOr(loadTable, PlainResults);
const BusinessCards = lazyOr(loadCards, PlainResults);
// The filter panel (its grid, the closed lists, the kecamatan pickers) too: on a phone it starts
// closed; on a desktop it follows the first paint. Without its chunk the search still works.
const BusinessFilters = lazyOr(() => import('./BusinessFilters').then((m) => m.BusinessFilters), Nothing);

const SORTS = ['relevance', 'name', 'updatedAt', 'createdAt', 'turnover', 'workers'] as const;

export default function BusinessListPage() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const locale = currentLocale();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const { params, update, activeFilters, clearFilters } = useListParams();
  const [search, setSearch] = useState(params.q);
  const [q] = useDebouncedValue(search, 250);
  const [filtersOpen, setFiltersOpen] = useState<boolean | null>(null);
  const list = useBusinesses(params, params.view === 'list');
  // The results' chunk loads while the list's answer is on its way.
  useEffect(() => {
    // A failed fetch here is the stand-in's business when the list renders.
    if (params.view === 'list') (wide ? loadTable() : loadCards()).catch(() => {});
  }, [wide, params.view]);
  const exporter = useExportBusinesses();
  const kecamatan = useRegions(useHomeRegion());
  const assigned = (kecamatan.data ?? [])
    .filter((r) => user.kecamatanCodes.includes(r.code))
    .map((r) => r.name)
    .join(', ');

  // Typing searches as you go; the URL follows once the typing pauses.
  useEffect(() => {
    if (q.trim() !== params.q) update({ q: q.trim() || null });
  }, [q, params.q, update]);

  const showFilters = filtersOpen ?? (Boolean(wide) || activeFilters > 0);
  const canWrite = useCan('registry.create');
  const canImport = useCan('registry.import');

  const doExport = () =>
    exporter.mutate(params, {
      onError: (error) => notifications.show({ color: 'red', message: (error as Error).message }),
    });

  return (
    <>
      <PageHeader
        title={t('registry:list.title')}
        description={
          user.kecamatanCodes.length > 0
            ? t('registry:list.description_officer', {
                kecamatan: assigned || user.kecamatanCodes.join(', '),
              })
            : t('registry:list.description')
        }
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              onClick={doExport}
              loading={exporter.isPending}
              data-testid="export-xlsx"
            >
              {t('registry:list.export')}
            </Button>
            {canImport && (
              <Button
                component={Link}
                to="/import"
                variant="default"
                leftSection={<IconFileImport size={16} />}
              >
                {t('registry:list.import')}
              </Button>
            )}
            {canWrite && (
              <Button component={Link} to="/registry/new" leftSection={<IconPlus size={16} />}>
                {t('registry:list.create')}
              </Button>
            )}
          </>
        }
      />
      <Card mb="md" p="sm">
        <Group gap="xs" wrap="nowrap">
          <TextInput
            leftSection={<IconSearch size={16} />}
            placeholder={t('registry:list.search_placeholder')}
            aria-label={t('registry:list.search')}
            value={search}
            onChange={(e) => setSearch(e.currentTarget.value)}
            type="search"
            style={{ flex: 1, minWidth: 0 }}
            data-testid="business-search"
          />
          <Button
            variant={showFilters ? 'light' : 'default'}
            onClick={() => setFiltersOpen(!showFilters)}
            leftSection={<IconAdjustmentsHorizontal size={16} />}
            rightSection={
              activeFilters > 0 ? (
                <Badge size="xs" circle>
                  {activeFilters}
                </Badge>
              ) : null
            }
            aria-expanded={showFilters}
            aria-label={t('registry:filter.title')}
            px="sm"
          >
            <Text span size="sm" visibleFrom="xs">
              {t('registry:filter.title')}
            </Text>
          </Button>
        </Group>
        {showFilters && (
          <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>
            <Suspense fallback={<Box mih={36} />}>
              <BusinessFilters
                params={params}
                update={update}
                activeFilters={activeFilters}
                clearFilters={clearFilters}
              />
            </Suspense>
          </div>
        )}
      </Card>
      <Group justify="space-between" mb="sm" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite" data-testid="result-count">
          {list.data && params.view === 'list'
            ? t(list.data.totalCapped ? 'registry:list.count_capped' : 'registry:list.count', {
                count: list.data.total,
                formatted: formatNumber(list.data.total, locale),
              })
            : '\u00a0'}
        </Text>
        <Group gap="xs">
          {params.view === 'list' && (
            <LazySelect
              size="xs"
              w={170}
              allowDeselect={false}
              aria-label={t('registry:sort.label')}
              data={SORTS.filter((s) => s !== 'relevance' || params.q).map((s) => ({
                value: s,
                label: t(`registry:sort.${s}`),
              }))}
              value={params.sort ?? (params.q ? 'relevance' : 'name')}
              onChange={(v) => update({ sort: v })}
            />
          )}
          <SegmentedControl
            size="xs"
            value={params.view}
            onChange={(v) => update({ view: v === 'map' ? 'map' : null })}
            data={[
              { value: 'list', label: <IconList size={16} aria-label={t('registry:list.view_list')} /> },
              { value: 'map', label: <IconMap size={16} aria-label={t('registry:list.view_map')} /> },
            ]}
            data-testid="view-toggle"
          />
        </Group>
      </Group>
      {params.view === 'map' ? (
        <Suspense fallback={<LoadingState />}>
          <MapView params={params} />
        </Suspense>
      ) : list.isPending ? (
        <LoadingState />
      ) : list.error ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data.items.length === 0 ? (
        <EmptyState
          title={params.q || activeFilters ? t('registry:list.no_match') : t('registry:list.empty')}
          action={
            params.q || activeFilters ? (
              <Button
                variant="light"
                onClick={() => {
                  setSearch('');
                  clearFilters();
                }}
              >
                {t('registry:list.reset')}
              </Button>
            ) : canWrite ? (
              <Button component={Link} to="/import" variant="light">
                {t('registry:list.import_first')}
              </Button>
            ) : undefined
          }
        >
          {params.q || activeFilters ? t('registry:list.no_match_hint') : t('registry:list.empty_hint')}
        </EmptyState>
      ) : (
        <div style={{ opacity: list.isPlaceholderData ? 0.6 : 1, transition: 'opacity 120ms' }}>
          <Suspense fallback={<LoadingState />}>
            {wide ? <BusinessTable items={list.data.items} /> : <BusinessCards items={list.data.items} />}
          </Suspense>
          <Pager
            total={list.data.total}
            pageSize={PAGE_SIZE}
            page={params.page}
            onChange={(page) => {
              update({ page });
              window.scrollTo({ top: 0 });
            }}
            compact={!wide}
          />
        </div>
      )}
    </>
  );
}
