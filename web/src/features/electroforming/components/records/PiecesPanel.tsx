import { Badge, Button, Card, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { Batch } from '#core/schemas/electroforming';
import { formatDuration, formatFigure } from '#web/features/electroforming/lib/format';
import { QC_COLOR, R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';
import { QcForm } from './QcForm';

/** The pieces: area and target, when to take each out, and (after the run) their QC. */
export function PiecesPanel({ batch, canWrite }: { batch: Batch; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [open, setOpen] = useState<string | null>(null);
  const qcOpen = canWrite && batch.status === 'finishing';
  const start = batch.actualStartAt ? new Date(batch.actualStartAt).getTime() : null;
  const f = (v: number) => formatFigure(v, locale);
  return (
    <Card p="md">
      <Title order={4} mb="xs">
        {t(`${R}.pieces.title`, { count: batch.pieces.length })}
      </Title>
      {qcOpen && (
        <Text size="sm" c="dimmed" mb="sm">
          {t(`${R}.pieces.qcHint`)}
        </Text>
      )}
      <Stack gap="xs">
        {batch.pieces.map((p, i) => (
          <Paper key={p.id} withBorder p="sm" data-testid={`batch-piece-${i}`}>
            <Stack gap="xs">
              <Stack gap={2} style={{ minWidth: 0 }}>
                <Text fw={700}>
                  {p.label ?? t(`${R}.planner.piece`, { n: i + 1 })} ·{' '}
                  {t(`${R}.enum.objectType.${p.objectType}`)}
                  {p.species ? ` (${p.species})` : ''}
                </Text>
                <Text size="sm" c="dimmed">
                  {f(p.areaCm2)} cm² · {f(p.targetThicknessUm)} µm ·{' '}
                  {t(`${R}.pieces.copper`, { g: f(p.targetCopperG) })}
                </Text>
                {p.plannedHoursToTarget !== null && (
                  <Text size="sm" c="teal.8">
                    {start
                      ? t(`${R}.pieces.takeOutAt`, {
                          at: formatDateTime(new Date(start + p.plannedHoursToTarget * 3_600_000), locale),
                        })
                      : t(`${R}.pieces.takeOutAfter`, {
                          duration: formatDuration(p.plannedHoursToTarget, t),
                        })}
                  </Text>
                )}
                {p.qc && (
                  <Group gap={4} wrap="wrap">
                    <Badge color={QC_COLOR[p.qc.outcome]}>{t(`${R}.enum.qc.${p.qc.outcome}`)}</Badge>
                    {p.qc.defects.map((d) => (
                      <Badge key={d} color="orange" variant="light">
                        {t(`electroforming:defects.${d}.name`)}
                      </Badge>
                    ))}
                    {p.measuredMassG !== null && (
                      <Badge color="gray" variant="light">
                        {f(p.measuredMassG)} g
                      </Badge>
                    )}
                  </Group>
                )}
              </Stack>
              {qcOpen && open !== p.id && (
                <Button
                  size="sm"
                  variant={p.qc ? 'default' : 'filled'}
                  style={{ alignSelf: 'flex-start' }}
                  leftSection={<IconClipboardCheck size={16} />}
                  onClick={() => setOpen(p.id)}
                  data-testid={`qc-open-${i}`}
                >
                  {p.qc ? t('common:action.edit') : t(`${R}.pieces.check`)}
                </Button>
              )}
            </Stack>
            {open === p.id && (
              <div style={{ marginTop: 12 }}>
                <QcForm batchId={batch.id} piece={p} onDone={() => setOpen(null)} />
              </div>
            )}
          </Paper>
        ))}
      </Stack>
    </Card>
  );
}
