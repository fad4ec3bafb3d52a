import { Alert, SimpleGrid, Skeleton, Stack, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '#core/format';
import { useSignedInUser } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState } from '#web/components/States';
import { useHomeKecamatanOptions } from '#web/features/registry';
import { currentLocale } from '#web/lib/i18n';
import { Charts } from '../components/Charts';
import { type Drill, DrillDrawer } from '../components/DrillDrawer';
import { FilterBar } from '../components/FilterBar';
import { NeedsHeatMap } from '../components/NeedsHeatMap';
import { StatCards } from '../components/StatCards';
import { TargetingPanel } from '../components/TargetingPanel';
import { useSummary } from '../hooks/queries';
import { type Filters, toQuery } from '../lib/filters';

function SummarySkeleton() {
  return (
    <Stack gap="md" aria-busy="true">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm">
        {[0, 1, 2, 3, 4, 5].map((i) => (
          <Skeleton key={i} h={92} radius="md" />
        ))}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {[0, 1].map((i) => (
          <Skeleton key={i} h={280} radius="md" />
        ))}
      </SimpleGrid>
    </Stack>
  );
}

/** The leadership dashboard: the office's home page. An officer's covers their kecamatan only. */
export function DashboardPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const user = useSignedInUser();
  const isOfficer = user.role === 'officer';
  const assigned = user.kecamatanCodes;
  const [filters, setFilters] = useState<Filters>({
    period: { kind: 'all' },
    districtCode: isOfficer && assigned.length === 1 ? (assigned[0] ?? null) : null,
  });
  const [drill, setDrill] = useState<Drill | null>(null);
  const regions = useHomeKecamatanOptions();
  const kecamatan = useMemo(() => {
    const all = regions.data ?? [];
    if (!isOfficer) return all;
    // An officer is offered their own kecamatan only (the server refuses the others).
    return assigned.map((code) => all.find((o) => o.value === code) ?? { value: code, label: code });
  }, [regions.data, isOfficer, assigned]);
  const query = toQuery(filters);
  const summary = useSummary(query);
  const drillBase = {
    from: query.from,
    to: query.to,
    quarter: query.quarter,
    districtCode: query.districtCode,
  };
  const period = summary.data?.period;

  return (
    <Stack gap="md">
      <PageHeader
        title={t('dashboard:ui.title')}
        description={
          period
            ? t('dashboard:ui.period', {
                from: formatDate(period.from, locale),
                to: formatDate(period.to, locale),
              })
            : t('dashboard:ui.description')
        }
      />
      {isOfficer && (
        <Alert variant="light" color="blue" p="xs">
          {t('dashboard:ui.officer_scope', { names: kecamatan.map((k) => k.label).join(', ') || '–' })}
        </Alert>
      )}
      <FilterBar
        filters={filters}
        onChange={setFilters}
        kecamatan={kecamatan}
        allowAll={!isOfficer || assigned.length > 1}
        query={query}
      />
      {summary.isPending ? (
        <SummarySkeleton />
      ) : summary.error ? (
        <ErrorState error={summary.error} onRetry={() => void summary.refetch()} />
      ) : summary.data.totals.businesses === 0 && summary.data.totals.needsOpen === 0 ? (
        <EmptyState title={t('dashboard:ui.empty_title')}>{t('dashboard:ui.empty_body')}</EmptyState>
      ) : (
        <>
          <StatCards summary={summary.data} drillBase={drillBase} onDrill={setDrill} />
          <Charts summary={summary.data} />
        </>
      )}
      <NeedsHeatMap districtCode={query.districtCode} onDrill={setDrill} />
      <Title order={3} mt="sm">
        {t('dashboard:ui.targeting.title')}
      </Title>
      <TargetingPanel districtCode={query.districtCode} onDrill={setDrill} />
      <DrillDrawer drill={drill} onClose={() => setDrill(null)} />
    </Stack>
  );
}

export default DashboardPage;
