import { Alert, Button, Group, Text } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/**
 * Said when a save was refused because someone else saved the record first: nothing of theirs
 * was overwritten, and Reload shows their version in the form.
 */
export function StaleEditAlert({
  onReload,
  reloading,
  reloadFailed,
}: {
  onReload: () => void;
  reloading: boolean;
  reloadFailed?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Alert color="orange" title={t('common:stale_edit.title')} data-testid="stale-edit" role="alert">
      <Text size="sm">{t('common:stale_edit.body')}</Text>
      {reloadFailed && (
        <Text size="sm" c="red" mt={4}>
          {t('common:stale_edit.reload_failed')}
        </Text>
      )}
      <Group mt="xs">
        <Button
          size="xs"
          variant="light"
          color="orange"
          leftSection={<IconRefresh size={14} />}
          loading={reloading}
          onClick={onReload}
          data-testid="stale-edit-reload"
        >
          {t('common:stale_edit.reload')}
        </Button>
      </Group>
    </Alert>
  );
}
