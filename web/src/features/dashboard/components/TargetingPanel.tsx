import { Badge, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '#core/format';
import type { Targeting } from '#core/schemas/dashboard';
import { EmptyState, ErrorState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { useTargeting } from '../hooks/queries';
import { categoryLabel, subsectorLabel } from '../lib/labels';
import type { Drill } from './DrillDrawer';

type Row = { key: string; label: string; n: number; extra?: ReactNode; drill?: Drill };

function RankBar({ row: r, max }: { row: Row; max: number }) {
  const locale = currentLocale();
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" px={6} py={4} style={{ position: 'relative' }}>
      <div
        aria-hidden
        style={{
          position: 'absolute',
          inset: 0,
          width: `${(r.n / max) * 100}%`,
          background: 'var(--mantine-color-blue-light)',
          borderRadius: 4,
        }}
      />
      <Text size="sm" style={{ position: 'relative', minWidth: 0 }} truncate>
        {r.label}
      </Text>
      <Group gap={6} wrap="nowrap" style={{ position: 'relative', flexShrink: 0 }}>
        {r.extra}
        <Text size="sm" fw={600}>
          {formatNumber(r.n, locale)}
        </Text>
      </Group>
    </Group>
  );
}

function RankedList({
  title,
  total,
  rows,
  onDrill,
}: {
  title: string;
  total?: string;
  rows: Row[];
  onDrill: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.n));
  return (
    <Card>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={5}>{title}</Title>
        {total && (
          <Badge variant="light" style={{ flexShrink: 0 }}>
            {total}
          </Badge>
        )}
      </Group>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard:ui.empty')}
        </Text>
      ) : (
        <Stack gap={4}>
          {rows.map((r) => {
            const drill = r.drill;
            return drill ? (
              <UnstyledButton key={r.key} onClick={() => onDrill(drill)}>
                <RankBar row={r} max={max} />
              </UnstyledButton>
            ) : (
              <div key={r.key}>
                <RankBar row={r} max={max} />
              </div>
            );
          })}
        </Stack>
      )}
    </Card>
  );
}

/** Which areas need support: ranked categories, unattended high-priority needs, never supported. */
export function TargetingPanel({
  districtCode,
  onDrill,
}: {
  districtCode: string | undefined;
  onDrill: (drill: Drill) => void;
}) {
  const query = useTargeting(districtCode);
  if (query.isPending)
    return (
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={220} radius="md" />
        ))}
      </SimpleGrid>
    );
  if (query.error) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  return <TargetingLists data={query.data} districtCode={districtCode} onDrill={onDrill} />;
}

function TargetingLists({
  data,
  districtCode,
  onDrill,
}: {
  data: Targeting;
  districtCode: string | undefined;
  onDrill: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const nothing =
    data.overall.length === 0 && data.unattendedHigh.total === 0 && data.neverSupported.total === 0;
  if (nothing) return <EmptyState title={t('dashboard:ui.empty')} />;
  const cat = (c: string) => categoryLabel(c, locale);
  const top = (list: { category: string; n: number }[]) =>
    list
      .slice(0, 3)
      .map((x) => `${cat(x.category)} (${formatNumber(x.n, locale)})`)
      .join(', ') || '–';
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <RankedList
          onDrill={onDrill}
          title={t('dashboard:ui.targeting.ranked')}
          rows={data.overall.map((r) => ({
            key: r.category,
            label: cat(r.category),
            n: r.n,
            extra: r.high ? (
              <Badge size="xs" color="red" variant="light">
                {t('dashboard:ui.targeting.high', { n: formatNumber(r.high, locale) })}
              </Badge>
            ) : undefined,
            drill: {
              title: `${t('dashboard:ui.targeting.ranked')}: ${cat(r.category)}`,
              query: { figure: 'needs', category: r.category as never, districtCode, status: 'open' },
            },
          }))}
        />
        <RankedList
          onDrill={onDrill}
          title={t('dashboard:ui.targeting.unattended')}
          total={formatNumber(data.unattendedHigh.total, locale)}
          rows={data.unattendedHigh.byCategory.map((r) => ({
            key: r.category,
            label: cat(r.category),
            n: r.n,
            drill: {
              title: `${t('dashboard:ui.targeting.unattended')}: ${cat(r.category)}`,
              query: { figure: 'unattended', category: r.category as never, districtCode },
            },
          }))}
        />
        <RankedList
          onDrill={onDrill}
          title={t('dashboard:ui.targeting.never_supported')}
          total={formatNumber(data.neverSupported.total, locale)}
          rows={data.neverSupported.byDistrict.map((r) => ({
            key: r.code,
            label: r.name ?? r.code,
            n: r.n,
            drill: {
              title: `${t('dashboard:ui.targeting.never_supported')}: ${r.name ?? r.code}`,
              query: { figure: 'never_supported', districtCode: r.code },
            },
          }))}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        <TopList
          title={t('dashboard:ui.targeting.by_district')}
          rows={data.byDistrict.map((r) => ({ key: r.code, label: r.name ?? r.code, text: top(r.top) }))}
        />
        <TopList
          title={t('dashboard:ui.targeting.by_subsector')}
          rows={data.bySubsector.map((r) => ({
            key: r.code,
            label: subsectorLabel(t, r.code),
            text: top(r.top),
          }))}
        />
        <TopList
          title={t('dashboard:ui.targeting.by_cohort')}
          rows={data.byCohort.map((r) => ({ key: r.eventId, label: r.title, text: top(r.top) }))}
        />
      </SimpleGrid>
    </Stack>
  );
}

function TopList({ title, rows }: { title: string; rows: { key: string; label: string; text: string }[] }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Title order={5} mb="xs">
        {title}
      </Title>
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dashboard:ui.empty')}
        </Text>
      ) : (
        <Stack gap={6}>
          {rows.slice(0, 12).map((r) => (
            <div key={r.key}>
              <Text size="sm" fw={600}>
                {r.label}
              </Text>
              <Text size="xs" c="dimmed">
                {r.text}
              </Text>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}
