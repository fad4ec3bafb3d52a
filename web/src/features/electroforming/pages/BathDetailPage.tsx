import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconPencil, IconPlus, IconTool, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useCan } from '#web/app/session';
import { PageHeader } from '#web/components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '#web/components/States';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { CalcWarnings } from '../components/CalcWarnings';
import '../components/ef.css';
import { BatchRow } from '../components/records/BatchRow';
import { BathFormModal } from '../components/records/BathFormModal';
import { CompositionCard } from '../components/records/CompositionCard';
import { MaintenanceFormModal } from '../components/records/MaintenanceFormModal';
import { MaintenanceLog } from '../components/records/MaintenanceLog';
import { YieldCharts } from '../components/records/YieldCharts';
import { useBatches, useBath, useDeleteBath, useStats } from '../hooks/records';
import { formatFigure } from '../lib/format';
import { BATH_STATUS_COLOR, PATHS, R } from '../lib/labels';

/** One bath: composition against its window, maintenance log, its batches and their yield. */
export function BathDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const locale = currentLocale();
  const navigate = useNavigate();
  const owner = useCan('electroforming.records_write');
  const bath = useBath(id);
  const batches = useBatches({ bathId: id });
  const stats = useStats({ bathId: id });
  const remove = useDeleteBath();
  const [editing, setEditing] = useState(false);
  const [logging, setLogging] = useState(false);

  if (bath.isPending) return <LoadingState />;
  if (bath.error) return <ErrorState error={bath.error} onRetry={() => void bath.refetch()} />;
  const b = bath.data;
  const confirmDelete = () =>
    modals.openConfirmModal({
      title: t(`${R}.bath.deleteTitle`),
      children: <Text size="sm">{t(`${R}.bath.deleteBody`, { name: b.name })}</Text>,
      labels: { confirm: t('common:action.delete'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        remove.mutate(b.id, {
          onSuccess: () => navigate(PATHS.baths),
          onError: (error) => notifications.show({ color: 'red', message: (error as Error).message }),
        }),
    });

  return (
    <Stack gap="md" maw={1000}>
      <div>
        <Button
          component={Link}
          to={PATHS.baths}
          variant="subtle"
          size="compact-md"
          px={4}
          leftSection={<IconArrowLeft size={16} />}
        >
          {t(`${R}.baths.title`)}
        </Button>
        <PageHeader
          title={b.name}
          description={
            <Group gap="xs" component="span">
              <Badge color={BATH_STATUS_COLOR[b.status]} variant="light" component="span">
                {t(`${R}.enum.bathStatus.${b.status}`)}
              </Badge>
              <span>
                {formatFigure(b.volumeL, locale)} L · {t(`${R}.enum.anodeType.${b.anodeType}`)}
                {owner ? '' : ` · ${b.ownerName}`}
              </span>
            </Group>
          }
          actions={
            owner && (
              <>
                <Button
                  variant="default"
                  leftSection={<IconPencil size={16} />}
                  onClick={() => setEditing(true)}
                >
                  {t('common:action.edit')}
                </Button>
                <Button
                  variant="subtle"
                  color="red"
                  leftSection={<IconTrash size={16} />}
                  onClick={confirmDelete}
                  loading={remove.isPending}
                >
                  {t('common:action.delete')}
                </Button>
              </>
            )
          }
        />
      </div>
      <CalcWarnings warnings={b.warnings} />
      <CompositionCard bath={b} />
      <Card p="md">
        <Text size="sm" c="dimmed">
          {t('electroforming:ui.fields.efficiency')}
        </Text>
        <Text fw={800} fz={26} data-testid="bath-efficiency">
          {formatFigure(b.efficiency, locale, 3)}
        </Text>
        <Text size="sm" c="dimmed">
          {t(`${R}.enum.efficiencySource.${b.efficiencySource}`)} ·{' '}
          {t(`electroforming:windows.${b.operatingWindowPreset}`)}
        </Text>
      </Card>
      <MaintenanceLog
        bathId={b.id}
        action={
          owner && (
            <Button
              size="sm"
              leftSection={<IconTool size={16} />}
              onClick={() => setLogging(true)}
              data-testid="maintenance-new"
            >
              {t(`${R}.maintenance.add`)}
            </Button>
          )
        }
      />
      <Card p="md">
        <Group justify="space-between" mb="sm" wrap="wrap" gap="xs">
          <Title order={4}>{t(`${R}.batches.title`)}</Title>
          {owner && b.status !== 'retired' && (
            <Button
              size="sm"
              component={Link}
              to={`${PATHS.newBatch}?bath=${b.id}`}
              leftSection={<IconPlus size={16} />}
            >
              {t(`${R}.batches.create`)}
            </Button>
          )}
        </Group>
        {batches.isPending ? (
          <LoadingState />
        ) : batches.error ? (
          <ErrorState error={batches.error} onRetry={() => void batches.refetch()} />
        ) : batches.data.items.length === 0 ? (
          <EmptyState title={t(`${R}.batches.empty`)} />
        ) : (
          <Stack gap="xs">
            {batches.data.items.map((batch) => (
              <BatchRow key={batch.id} batch={batch} />
            ))}
          </Stack>
        )}
      </Card>
      <Title order={4}>{t(`${R}.stats.title`)}</Title>
      {stats.isPending ? (
        <LoadingState />
      ) : stats.error ? (
        <ErrorState error={stats.error} onRetry={() => void stats.refetch()} />
      ) : (
        <YieldCharts stats={stats.data} />
      )}
      {editing && <BathFormModal bath={b} onClose={() => setEditing(false)} />}
      {logging && <MaintenanceFormModal bathId={b.id} onClose={() => setLogging(false)} />}
    </Stack>
  );
}
