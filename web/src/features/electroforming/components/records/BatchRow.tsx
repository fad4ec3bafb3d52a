import { Badge, Card, Group, Stack, Text } from '@mantine/core';
import { IconChevronRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '#core/format';
import type { BatchListItem } from '#web/features/electroforming/hooks/records';
import { formatDuration, formatFigure } from '#web/features/electroforming/lib/format';
import { BATCH_STATUS_COLOR, PATHS, R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';

/** A batch in a list: status, bath, pieces and how the QC went. */
export function BatchRow({ batch, showOwner }: { batch: BatchListItem; showOwner?: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const checked = batch.qc.pass + batch.qc.rework + batch.qc.reject;
  return (
    <Link to={PATHS.batch(batch.id)} className="ef-card-link" data-testid="batch-row">
      <Card className="hover-lift" p="sm">
        <Group justify="space-between" wrap="nowrap" gap="xs">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Group gap={6} wrap="wrap">
              <Text fw={700} truncate>
                {batch.name}
              </Text>
              <Badge color={BATCH_STATUS_COLOR[batch.status]} variant="light">
                {t(`${R}.enum.batchStatus.${batch.status}`)}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed">
              {[
                showOwner ? batch.ownerName : null,
                batch.bathName,
                t(`${R}.batch.pieces`, { count: batch.pieceCount }),
                `${formatFigure(batch.totalAreaCm2, locale)} cm²`,
                formatDuration(batch.plannedHours, t),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            <Text size="xs" c="dimmed">
              {formatDate(batch.actualStartAt ?? batch.plannedStartAt ?? batch.createdAt, locale)}
              {checked > 0 &&
                ` · ${t(`${R}.batch.qcSummary`, { pass: batch.qc.pass, rework: batch.qc.rework, reject: batch.qc.reject })}`}
            </Text>
          </Stack>
          <IconChevronRight size={18} color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
        </Group>
      </Card>
    </Link>
  );
}
