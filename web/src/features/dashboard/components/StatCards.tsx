import { Card, Group, SimpleGrid, Stack, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import {
  type Icon,
  IconBuildingStore,
  IconCash,
  IconGift,
  IconHeartHandshake,
  IconSchool,
  IconWalk,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRupiah } from '#core/format';
import type { Summary } from '#core/schemas/dashboard';
import { currentLocale } from '#web/lib/i18n';
import type { Drill } from './DrillDrawer';

function StatCard({
  icon: Icon,
  label,
  value,
  hint,
  onClick,
}: {
  icon: Icon;
  label: string;
  value: string;
  hint?: ReactNode;
  onClick?: () => void;
}) {
  const body = (
    <Card h="100%" className={onClick ? 'hover-lift' : undefined}>
      <Group wrap="nowrap" align="flex-start" gap="sm">
        <ThemeIcon size={38} radius="md" variant="light">
          <Icon size={22} />
        </ThemeIcon>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Text size="sm" c="dimmed">
            {label}
          </Text>
          <Text fw={700} fz={22} lh={1.3}>
            {value}
          </Text>
          {hint && (
            <Text size="xs" c="dimmed">
              {hint}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
  return onClick ? (
    <UnstyledButton onClick={onClick} aria-label={`${label}: ${value}`}>
      {body}
    </UnstyledButton>
  ) : (
    body
  );
}

const last = <T,>(rows: T[], has: (r: T) => boolean) => [...rows].reverse().find(has);

/** The headline figures of the period and area. */
export function StatCards({
  summary,
  drillBase,
  onDrill,
}: {
  summary: Summary;
  drillBase: { from?: string; to?: string; quarter?: string; districtCode?: string };
  onDrill: (drill: Drill) => void;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const n = (v: number | null | undefined) => formatNumber(v, locale);
  const { totals, funnel, support } = summary;
  const atStart = totals.businesses - totals.added;
  const growth = atStart > 0 ? (totals.added / atStart) * 100 : null;
  const visit = last(summary.visitTrend, (r) => r.turnoverAvg !== null || r.piecesAvg !== null);
  const snapshot = last(summary.snapshotTrend, (r) => r.businesses > 0);
  const interventions = support.delivered.reduce((s, r) => s + r.count, 0);
  const value = support.delivered.reduce((s, r) => s + r.valueIdr, 0);
  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="sm">
      <StatCard
        icon={IconBuildingStore}
        label={t('dashboard:ui.cards.businesses')}
        value={n(totals.businesses)}
        hint={t('dashboard:ui.cards.added', {
          n: n(totals.added),
          pct: growth === null ? '–' : formatNumber(growth, locale, 1),
        })}
        onClick={() =>
          onDrill({
            title: t('dashboard:ui.cards.businesses'),
            query: { figure: 'businesses', ...drillBase },
          })
        }
      />
      <StatCard
        icon={IconCash}
        label={t('dashboard:ui.cards.turnover')}
        value={
          visit?.turnoverAvg != null
            ? formatRupiah(visit.turnoverAvg, locale)
            : snapshot
              ? formatRupiah(snapshot.turnoverTotal, locale)
              : '–'
        }
        hint={
          visit?.piecesAvg != null
            ? t('dashboard:ui.cards.pieces', { n: formatNumber(visit.piecesAvg, locale, 0) })
            : snapshot
              ? t('dashboard:ui.cards.snapshot_year', { year: snapshot.year })
              : undefined
        }
      />
      <StatCard
        icon={IconWalk}
        label={t('dashboard:ui.cards.visits')}
        value={n(totals.visits)}
        onClick={() =>
          onDrill({ title: t('dashboard:ui.cards.visits'), query: { figure: 'visited', ...drillBase } })
        }
      />
      <StatCard
        icon={IconSchool}
        label={t('dashboard:ui.cards.trained')}
        value={n(funnel.registered)}
        hint={t('dashboard:ui.cards.funnel', {
          attended: n(funnel.attended),
          certified: n(funnel.certified),
        })}
        onClick={() =>
          onDrill({
            title: t('dashboard:ui.cards.trained'),
            query: { figure: 'trained', stage: 'registered', ...drillBase },
          })
        }
      />
      <StatCard
        icon={IconHeartHandshake}
        label={t('dashboard:ui.cards.needs_open')}
        value={n(totals.needsOpen)}
        hint={t('dashboard:ui.cards.needs_met', { n: n(totals.needsMet) })}
        onClick={() =>
          onDrill({
            title: t('dashboard:ui.cards.needs_open'),
            query: { figure: 'needs', status: 'open', districtCode: drillBase.districtCode },
          })
        }
      />
      <StatCard
        icon={IconGift}
        label={t('dashboard:ui.cards.support')}
        value={n(interventions)}
        hint={formatRupiah(value, locale)}
        onClick={() =>
          onDrill({ title: t('dashboard:ui.cards.supported'), query: { figure: 'supported', ...drillBase } })
        }
      />
    </SimpleGrid>
  );
}
