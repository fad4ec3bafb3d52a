import { Alert, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDisabledReason } from '#web/components/DisabledReason';
import { useEraseOwner } from '../hooks/businesses';
import type { BusinessOwner } from '../shared/types';

/**
 * Erasure cannot be undone, so the admin types the person's name to confirm (a click-through
 * "OK" is too easy to give by habit).
 */
export function EraseOwnerModal({
  owner,
  businessId,
  onClose,
}: {
  owner: BusinessOwner;
  businessId: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const erase = useEraseOwner(businessId);
  const [typed, setTyped] = useState('');
  const [reason, setReason] = useState('');
  const matches = typed.trim().toLowerCase() === owner.name.trim().toLowerCase();
  const confirmWhy = useDisabledReason(!matches && t('registry-record:erase.confirmWhy'));
  const submit = () =>
    erase.mutate(
      { ownerId: owner.id, reason: reason.trim() || undefined },
      {
        onSuccess: () => {
          notifications.show({ color: 'green', message: t('registry-record:erase.done') });
          onClose();
        },
      },
    );
  return (
    <Modal opened onClose={onClose} title={t('registry-record:erase.title')}>
      <Stack>
        <Alert color="red" icon={<IconAlertTriangle />}>
          {t('registry-record:erase.warning')}
        </Alert>
        <List size="sm" spacing={4}>
          <List.Item>{t('registry-record:erase.removed')}</List.Item>
          <List.Item>{t('registry-record:erase.kept')}</List.Item>
        </List>
        <TextInput
          label={t('registry-record:erase.reason')}
          placeholder={t('registry-record:erase.reason_placeholder')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <TextInput
          label={t('registry-record:erase.type_name', { name: owner.name })}
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          autoComplete="off"
          data-testid="erase-confirm-name"
        />
        {erase.error && (
          <Text c="red" size="sm">
            {(erase.error as Error).message}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:action.cancel')}
          </Button>
          <Button
            color="red"
            disabled={confirmWhy.disabled}
            aria-describedby={confirmWhy.describedBy}
            loading={erase.isPending}
            onClick={submit}
          >
            {t('registry-record:erase.confirm')}
          </Button>
        </Group>
        <Group justify="flex-end">{confirmWhy.note}</Group>
      </Stack>
    </Modal>
  );
}
