import { Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconTool } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '#core/format';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { useMaintenance } from '#web/features/electroforming/hooks/records';
import { formatFigure } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';
import { CalcWarnings } from '../CalcWarnings';

const UNITS = {
  copperSulfateGL: 'g/L',
  sulfuricAcidGL: 'g/L',
  chloridePpm: 'ppm',
  temperatureC: '°C',
} as const;

/** The bath's history: analyses, additions, filtering, newest first. */
export function MaintenanceLog({ bathId, action }: { bathId: string; action?: ReactNode }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const log = useMaintenance(bathId);
  return (
    <Card p="md">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
        <Title order={4}>{t(`${R}.maintenance.title`)}</Title>
        {action}
      </Group>
      {log.isPending ? (
        <LoadingState />
      ) : log.error ? (
        <ErrorState error={log.error} onRetry={() => void log.refetch()} />
      ) : log.data.items.length === 0 ? (
        <EmptyState title={t(`${R}.maintenance.empty`)}>{t(`${R}.maintenance.emptyHint`)}</EmptyState>
      ) : (
        <Timeline bulletSize={26} lineWidth={2} data-testid="maintenance-log">
          {log.data.items.map((entry) => (
            <Timeline.Item key={entry.id} bullet={<IconTool size={14} />}>
              <Stack gap={4}>
                <Group gap="xs" wrap="wrap">
                  <Badge variant="light">{t(`${R}.enum.maintenanceKind.${entry.kind}`)}</Badge>
                  <Text size="sm" c="dimmed">
                    {formatDate(entry.performedOn, locale)}
                  </Text>
                </Group>
                {entry.analysis && (
                  <Text size="sm">
                    {(Object.keys(UNITS) as (keyof typeof UNITS)[])
                      .filter((k) => entry.analysis?.[k] !== undefined)
                      .map(
                        (k) =>
                          `${t(`${R}.bathForm.composition.${k}`)} ${formatFigure(entry.analysis?.[k], locale)} ${UNITS[k]}`,
                      )
                      .join(' · ')}
                  </Text>
                )}
                {entry.additions.map((a, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: additions are stored in order.
                  <Text size="sm" key={i}>
                    + {formatFigure(a.amount, locale)} {a.unit} {t(`${R}.enum.chemical.${a.chemical}`)}
                    {a.note ? ` (${a.note})` : ''}
                  </Text>
                ))}
                {entry.note && (
                  <Text size="sm" c="dimmed">
                    {entry.note}
                  </Text>
                )}
                <CalcWarnings warnings={entry.warnings} />
              </Stack>
            </Timeline.Item>
          ))}
        </Timeline>
      )}
    </Card>
  );
}
