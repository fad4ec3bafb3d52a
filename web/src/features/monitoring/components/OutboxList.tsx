import { Badge, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '#core/format';
import type { Visit } from '#core/schemas/monitoring';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { type OutboxItem, useOutbox } from '#web/lib/outbox';
import { isVisitItem, VISIT_CREATE, type VisitCreateItem, type VisitUpdateItem } from '../lib/visit-outbox';
import { ConflictModal } from './ConflictModal';

const STATE_COLOR = { pending: 'yellow', sending: 'blue', sent: 'teal', failed: 'red' } as const;

type VisitItem = OutboxItem<VisitCreateItem | VisitUpdateItem>;

/** The visits saved on this phone and where each stands: waiting, sending, sent, or refused (why). */
export function OutboxList() {
  const { t } = useTranslation();
  const box = useOutbox();
  const [conflict, setConflict] = useState<OutboxItem<VisitUpdateItem> | null>(null);
  const locale = currentLocale();
  const items = box.items.filter(isVisitItem) as VisitItem[];
  if (items.length === 0) return null;

  const discard = (item: VisitItem) =>
    modals.openConfirmModal({
      title: t('monitoring:ui.outbox.discardTitle'),
      children: <Text size="sm">{t('monitoring:ui.outbox.discardBody')}</Text>,
      labels: { confirm: t('monitoring:ui.outbox.discard'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void box.discard(item.id),
    });

  return (
    <Card p="sm" mb="md">
      <Group justify="space-between" mb="xs">
        <Text fw={600}>{t('monitoring:ui.outbox.title')}</Text>
        {box.waiting > 0 && (
          <Button size="xs" variant="light" onClick={() => void box.drain()}>
            {t('monitoring:ui.outbox.sendNow')}
          </Button>
        )}
      </Group>
      <Stack gap="xs">
        {items.map((item) => {
          const isConflict =
            item.state === 'failed' && item.lastError?.status === 409 && item.kind !== VISIT_CREATE;
          return (
            <Card key={item.id} withBorder p="xs" data-testid="outbox-item" data-state={item.state}>
              <Group justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={2} style={{ minWidth: 0 }}>
                  <Text size="sm" fw={500} truncate>
                    {item.payload.label.businessName}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {t(
                      item.kind === VISIT_CREATE
                        ? 'monitoring:ui.outbox.newVisit'
                        : 'monitoring:ui.outbox.edit',
                    )}{' '}
                    · {formatDateTime(item.createdAt, locale)}
                  </Text>
                  {item.state !== 'sent' && item.lastError && (
                    <Text size="xs" c={item.state === 'failed' ? 'red' : 'orange'}>
                      {Object.values(item.lastError.fields)[0] ?? item.lastError.message}
                    </Text>
                  )}
                </Stack>
                <Badge color={STATE_COLOR[item.state]} variant="light">
                  {t(`monitoring:ui.outbox.state.${item.state}`)}
                </Badge>
              </Group>
              {item.state === 'failed' && (
                <Group gap="xs" mt="xs">
                  {isConflict ? (
                    <Button size="xs" onClick={() => setConflict(item as OutboxItem<VisitUpdateItem>)}>
                      {t('monitoring:ui.outbox.resolve')}
                    </Button>
                  ) : item.kind === VISIT_CREATE ? (
                    <Button
                      size="xs"
                      component={Link}
                      to={`/field/visit/${item.payload.label.businessId}?fix=${item.id}`}
                    >
                      {t('monitoring:ui.outbox.fix')}
                    </Button>
                  ) : (
                    <Button
                      size="xs"
                      component={Link}
                      to={`/visits/${(item.payload as VisitUpdateItem).visitId}/edit?fix=${item.id}`}
                    >
                      {t('monitoring:ui.outbox.fix')}
                    </Button>
                  )}
                  <Button size="xs" variant="default" onClick={() => void box.retry(item.id)}>
                    {t('common:action.retry')}
                  </Button>
                  <Button size="xs" variant="subtle" color="red" onClick={() => discard(item)}>
                    {t('monitoring:ui.outbox.discard')}
                  </Button>
                </Group>
              )}
            </Card>
          );
        })}
      </Stack>
      {conflict && (
        <ConflictModal
          item={conflict}
          current={conflict.lastError?.details?.current as Visit}
          onClose={() => setConflict(null)}
        />
      )}
    </Card>
  );
}
