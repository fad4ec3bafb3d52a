import { ActionIcon, Badge, Button, Group, Indicator, Popover, ScrollArea, Stack, Text } from '@mantine/core';
import { IconCloudUpload, IconRefresh, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '#core/format';
import { currentLocale } from '#web/lib/i18n';
import { modals } from '#web/lib/modals';
import { useOnline } from '#web/lib/online';
import { type Outbox, type OutboxItem, type OutboxState, outbox, useOutbox } from '#web/lib/outbox';

const STATE_COLOR: Record<OutboxState, string> = {
  pending: 'yellow',
  sending: 'blue',
  sent: 'teal',
  failed: 'red',
};

/** How many items the popover lists (the newest first). */
const SHOWN = 30;

function ItemRow({ item, view }: { item: OutboxItem; view: ReturnType<typeof useOutbox> }) {
  const { t } = useTranslation('outbox');
  const confirmDiscard = () =>
    modals.openConfirmModal({
      title: t('discard_confirm.title'),
      children: <Text size="sm">{t('discard_confirm.body')}</Text>,
      labels: { confirm: t('discard_confirm.confirm'), cancel: t('common:action.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: () => void view.discard(item.id),
    });
  const fields = Object.entries(item.lastError?.fields ?? {});
  return (
    <Stack gap={4} py={6} data-testid="outbox-item" data-state={item.state}>
      <Group justify="space-between" wrap="nowrap" gap="xs">
        <Text size="sm" fw={500} truncate>
          {t(`kinds.${item.kind}`, { defaultValue: t('kinds.other') })}
        </Text>
        <Badge size="sm" color={STATE_COLOR[item.state]} variant="light">
          {t(`state.${item.state}`)}
        </Badge>
      </Group>
      <Text size="xs" c="dimmed">
        {t('queued_at', { at: formatDateTime(item.createdAt, currentLocale()) })}
        {item.attempts > 1 ? ` · ${t('attempts', { count: item.attempts })}` : ''}
      </Text>
      {item.state === 'failed' && item.lastError && (
        <Stack gap={2}>
          <Text size="xs" c="red">
            {item.lastError.message}
          </Text>
          {fields.map(([path, message]) => (
            <Text size="xs" c="red" key={path}>
              {path}: {message}
            </Text>
          ))}
          <Group gap="xs" mt={2}>
            <Button
              size="compact-xs"
              variant="light"
              leftSection={<IconRefresh size={12} />}
              onClick={() => void view.retry(item.id)}
            >
              {t('action.retry')}
            </Button>
            <Button
              size="compact-xs"
              variant="subtle"
              color="red"
              leftSection={<IconTrash size={12} />}
              onClick={confirmDiscard}
            >
              {t('action.discard')}
            </Button>
          </Group>
        </Stack>
      )}
    </Stack>
  );
}

/**
 * The header's view of the outbox: a cloud with the number of items still to send (red when
 * one failed). Opens a list with each item's state and, for a refused one, the server's reason
 * with "send again" and "discard". Hidden when nothing waits and nothing failed.
 */
export function OutboxStatus({ box = outbox }: { box?: Outbox }) {
  const { t } = useTranslation('outbox');
  const online = useOnline();
  const view = useOutbox(box);
  const { waiting, counts } = view;
  if (view.loading || waiting + counts.failed === 0) return null;
  const shown = view.items.filter((item) => item.state !== 'sent').slice(0, SHOWN);
  return (
    <Popover position="bottom-end" width={300} shadow="md" withArrow>
      <Popover.Target>
        <Indicator
          label={waiting + counts.failed}
          size={16}
          color={counts.failed > 0 ? 'red' : 'yellow'}
          offset={4}
          data-testid="outbox-count"
        >
          <ActionIcon
            variant="subtle"
            color="gray"
            size="lg"
            aria-label={t('button_label', { waiting, failed: counts.failed })}
            data-testid="outbox-status"
          >
            <IconCloudUpload size={20} />
          </ActionIcon>
        </Indicator>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs">
          <Group justify="space-between" wrap="nowrap">
            <Text fw={600}>{t('title')}</Text>
            <Button
              size="compact-xs"
              variant="light"
              disabled={!online}
              aria-describedby="outbox-note"
              onClick={() => void view.drain()}
            >
              {t('send_now')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed" id="outbox-note">
            {online ? t('waiting_note', { count: waiting }) : t('offline_note')}
          </Text>
          <ScrollArea.Autosize mah={320}>
            {shown.map((item) => (
              <ItemRow key={item.id} item={item} view={view} />
            ))}
          </ScrollArea.Autosize>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
