import { Anchor, Badge, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { ErrorState, LoadingState } from '#web/components/States';
import { modals } from '#web/lib/modals';
import '../components/ef.css';
import { CalibrationPanel } from '../components/records/CalibrationPanel';
import { CostingPanel } from '../components/records/CostingPanel';
import { FinishingPanel } from '../components/records/FinishingPanel';
import { PiecesPanel } from '../components/records/PiecesPanel';
import { PlanSummary } from '../components/records/PlanSummary';
import { ReadingsPanel } from '../components/records/ReadingsPanel';
import { RunControl } from '../components/records/RunControl';
import { useBatch, useDeleteBatch } from '../hooks/records';
import { BATCH_STATUS_COLOR, PATHS, R } from '../lib/labels';

/** One batch from plan to price: start/stop, readings, QC, finishing, calibration, costing. */
export function BatchDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const navigate = useNavigate();
  const canWrite = useCan('electroforming.records_write');
  const batch = useBatch(id);
  const remove = useDeleteBatch();
  if (batch.isPending) return <LoadingState />;
  if (batch.error) return <ErrorState error={batch.error} onRetry={() => void batch.refetch()} />;
  const b = batch.data;

  const plan = (
    <Card p="md" key="plan">
      <Title order={4} mb="sm">
        {t(`${R}.plan.title`)}
      </Title>
      <PlanSummary plan={b.plan} />
    </Card>
  );
  const pieces = <PiecesPanel key="pieces" batch={b} canWrite={canWrite} />;
  const readings = <ReadingsPanel key="readings" batch={b} canWrite={canWrite} />;
  const finishing = <FinishingPanel key="finishing" batch={b} canWrite={canWrite} />;
  const calibration = <CalibrationPanel key="calibration" batch={b} canWrite={canWrite} />;
  const costing = <CostingPanel key="costing" batch={b} canWrite={canWrite} />;
  // What matters now comes first: readings while running, QC while finishing, results when done.
  const order: Record<typeof b.status, ReactNode[]> = {
    planned: [plan, pieces, costing],
    running: [readings, plan, pieces],
    finishing: [pieces, finishing, readings, calibration, costing],
    done: [pieces, calibration, costing, finishing, readings, plan],
    cancelled: [plan, pieces, readings],
  };
  const deletable = canWrite && (b.status === 'planned' || b.status === 'cancelled');
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t(`${R}.batch.deleteTitle`),
      children: <Text size="sm">{t(`${R}.batch.deleteBody`, { name: b.name })}</Text>,
      labels: { confirm: t('common:action.delete'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(b.id, {
          onSuccess: () => navigate(PATHS.batches),
          onError: (error) => notifications.show({ color: 'red', message: (error as Error).message }),
        }),
    });

  return (
    <Stack gap={0} maw={1100}>
      <Button
        component={Link}
        to={PATHS.batches}
        variant="subtle"
        size="compact-md"
        px={4}
        leftSection={<IconArrowLeft size={16} />}
        style={{ alignSelf: 'flex-start' }}
      >
        {t(`${R}.batches.title`)}
      </Button>
      <PageHeader
        title={b.name}
        description={
          <Group gap="xs" component="span" wrap="wrap">
            <Badge
              color={BATCH_STATUS_COLOR[b.status]}
              variant="light"
              component="span"
              data-testid="batch-status"
            >
              {t(`${R}.enum.batchStatus.${b.status}`)}
            </Badge>
            <Anchor component={Link} to={PATHS.bath(b.bathId)} size="sm">
              {b.bathName}
            </Anchor>
            {!canWrite && <span>{b.ownerName}</span>}
          </Group>
        }
        actions={
          deletable && (
            <Button
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={16} />}
              onClick={confirmDelete}
            >
              {t('common:action.delete')}
            </Button>
          )
        }
      />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, md: 5 }}>
          <RunControl batch={b} canWrite={canWrite} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="md">{order[b.status]}</Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
