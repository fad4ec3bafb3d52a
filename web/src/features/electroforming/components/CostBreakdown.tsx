import '@mantine/charts/styles.css';
import { DonutChart } from '@mantine/charts';
import { Card, ColorSwatch, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CostItem } from '#core/domain/electroforming/pricing';
import { formatNumber, formatRupiah } from '#core/format';
import { currentLocale } from '#web/lib/i18n';

export const COST_COLORS: Record<CostItem, string> = {
  materials: 'gray.5',
  copper: 'copper.6',
  paint: 'dark.4',
  sealant: 'yellow.6',
  findings: 'grape.5',
  electricity: 'blue.5',
  labour: 'teal.6',
  overhead: 'orange.3',
};

export type CostLine = { item: CostItem; key: string; idr: number; share: number };

/** Where the money goes: a donut and the same figures as a list (readable without colour). */
export function CostBreakdown({ lines, title }: { lines: readonly CostLine[]; title?: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (lines.length === 0) return null;
  return (
    <Card p="md" data-testid="cost-breakdown">
      <Title order={4} mb="sm">
        {title ?? t('electroforming:ui.price.breakdown')}
      </Title>
      <Group align="center" gap="lg" wrap="wrap" justify="center">
        <DonutChart
          size={150}
          thickness={26}
          withTooltip={false}
          data={lines.map((l) => ({ name: t(l.key), value: l.idr, color: COST_COLORS[l.item] }))}
        />
        <Stack gap={6} style={{ flex: '1 1 200px', minWidth: 0 }}>
          {lines.map((l) => (
            <Group key={l.item} justify="space-between" wrap="nowrap" gap="xs">
              <Group gap={6} wrap="nowrap" style={{ minWidth: 0 }}>
                <ColorSwatch
                  color={`var(--mantine-color-${COST_COLORS[l.item].replace('.', '-')})`}
                  size={12}
                />
                <Text size="sm" truncate>
                  {t(l.key)}
                </Text>
              </Group>
              <Text size="sm" fw={600} style={{ whiteSpace: 'nowrap' }}>
                {formatRupiah(l.idr)}{' '}
                <Text span size="xs" c="dimmed">
                  {formatNumber(l.share * 100, locale, 0)}%
                </Text>
              </Text>
            </Group>
          ))}
        </Stack>
      </Group>
    </Card>
  );
}
