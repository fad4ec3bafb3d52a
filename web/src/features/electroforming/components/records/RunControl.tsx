import {
  Alert,
  Button,
  Card,
  Collapse,
  Group,
  Progress,
  Stack,
  Text,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { IconCheck, IconClockEdit, IconPlayerPlay, IconPlayerStop, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import type { Batch } from '#core/schemas/electroforming';
import { useBatchAction } from '#web/features/electroforming/hooks/records';
import { fromLocalInput, toLocalInput } from '#web/features/electroforming/lib/dates';
import { formatDuration } from '#web/features/electroforming/lib/format';
import { R } from '#web/features/electroforming/lib/labels';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';

const FLOW = ['planned', 'running', 'finishing', 'done'] as const;
const NEXT_ICON = { running: IconPlayerPlay, finishing: IconPlayerStop, done: IconCheck } as const;

function useNow(intervalMs: number) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Planned → running → finishing → done, small enough for a 360 px phone. */
function StatusSteps({ active }: { active: number }) {
  const { t } = useTranslation();
  return (
    <Group grow gap={4} wrap="nowrap" align="flex-start" data-testid="status-steps">
      {FLOW.map((s, i) => (
        <Stack key={s} gap={2} align="center">
          <ThemeIcon
            radius="xl"
            size="md"
            variant={i < active ? 'filled' : i === active ? 'light' : 'default'}
            color={i <= active ? 'copper' : 'gray'}
          >
            {i < active ? <IconCheck size={14} /> : <Text size="xs">{i + 1}</Text>}
          </ThemeIcon>
          <Text
            size="xs"
            ta="center"
            fw={i === active ? 700 : 400}
            c={i > active ? 'dimmed' : undefined}
            lh={1.2}
          >
            {t(`${R}.enum.batchStatus.${s}`)}
          </Text>
        </Stack>
      ))}
    </Group>
  );
}

/** Where the batch is, and the one big button for what comes next (start, stop, done). */
export function RunControl({ batch, canWrite }: { batch: Batch; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const action = useBatchAction(batch.id);
  const now = useNow(30_000);
  const [customTime, setCustomTime] = useState(false);
  const [at, setAt] = useState(() => toLocalInput(new Date()));
  const [failure, setFailure] = useState<string | null>(null);
  const unchecked = batch.pieces.filter((p) => !p.qc).length;
  const forward = batch.nextStatuses.find((s) => s !== 'cancelled') as keyof typeof NEXT_ICON | undefined;
  const active = batch.status === 'cancelled' ? -1 : FLOW.indexOf(batch.status as (typeof FLOW)[number]);

  const change = async (status: Batch['status']) => {
    setFailure(null);
    try {
      await action.mutateAsync({ type: 'status', status, at: customTime ? fromLocalInput(at) : undefined });
      setCustomTime(false);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  const cancel = () =>
    modals.openConfirmModal({
      title: t(`${R}.run.cancelTitle`),
      children: <Text size="sm">{t(`${R}.run.cancelBody`)}</Text>,
      labels: { confirm: t(`${R}.run.cancel`), cancel: t('common:action.back') },
      confirmProps: { color: 'red' },
      onConfirm: () => void change('cancelled'),
    });

  const start = batch.actualStartAt ? new Date(batch.actualStartAt).getTime() : null;
  const elapsedH = start
    ? ((batch.actualStopAt ? new Date(batch.actualStopAt).getTime() : now) - start) / 3_600_000
    : 0;
  const plannedEnd = start ? new Date(start + batch.plan.hours * 3_600_000) : null;
  return (
    <Card p="md">
      <Stack gap="sm">
        <StatusSteps active={active} />
        {batch.status === 'cancelled' && <Alert color="gray">{t(`${R}.run.cancelled`)}</Alert>}
        {batch.status === 'running' && start && plannedEnd && (
          <Stack gap={4} data-testid="run-progress">
            <Group justify="space-between" gap="xs">
              <Text size="sm">
                {t(`${R}.run.elapsed`, { duration: formatDuration(Math.max(elapsedH, 1 / 60), t) })}
              </Text>
              <Text size="sm" fw={700}>
                {t(`${R}.run.plannedEnd`, { at: formatDateTime(plannedEnd, locale) })}
              </Text>
            </Group>
            <Progress value={Math.min(100, (elapsedH / batch.plan.hours) * 100)} size="lg" striped animated />
          </Stack>
        )}
        {batch.actualStartAt && batch.status !== 'running' && (
          <Text size="sm" c="dimmed">
            {t(`${R}.run.ranFrom`, {
              from: formatDateTime(batch.actualStartAt, locale),
              to: formatDateTime(batch.actualStopAt, locale),
            })}
          </Text>
        )}
        {failure && (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        )}
        {canWrite && forward && (
          <>
            <Button
              size="lg"
              color={forward === 'finishing' ? 'red' : forward === 'done' ? 'teal' : undefined}
              leftSection={(() => {
                const Icon = NEXT_ICON[forward];
                return <Icon size={22} />;
              })()}
              loading={action.isPending}
              disabled={forward === 'done' && unchecked > 0}
              aria-describedby="run-forward-explain"
              onClick={() => void change(forward)}
              data-testid={`status-${forward}`}
            >
              {t(`${R}.run.to.${forward}`)}
            </Button>
            <Text size="sm" c="dimmed" id="run-forward-explain">
              {forward === 'done' && unchecked > 0
                ? t(`${R}.run.checkFirst`, { count: unchecked })
                : t(`${R}.run.explain.${forward}`)}
            </Text>
            {forward !== 'done' && (
              <>
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconClockEdit size={16} />}
                  onClick={() => setCustomTime((v) => !v)}
                  style={{ alignSelf: 'flex-start' }}
                >
                  {t(`${R}.run.otherTime`)}
                </Button>
                <Collapse expanded={customTime}>
                  <TextInput
                    type="datetime-local"
                    size="md"
                    label={t(`${R}.run.at.${forward}`)}
                    value={at}
                    onChange={(e) => setAt(e.currentTarget.value)}
                    data-testid="status-at"
                  />
                </Collapse>
              </>
            )}
          </>
        )}
        {canWrite && batch.nextStatuses.includes('cancelled') && (
          <Button
            variant="subtle"
            color="red"
            size="compact-sm"
            leftSection={<IconX size={16} />}
            onClick={cancel}
            style={{ alignSelf: 'flex-start' }}
          >
            {t(`${R}.run.cancel`)}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
