import { Badge, Tooltip } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '#web/lib/online';

/** "Luring" in the header while the device has no network. */
export function OfflineBadge() {
  const { t } = useTranslation('outbox');
  const online = useOnline();
  if (online) return null;
  return (
    <Tooltip
      label={t('offline_badge_hint')}
      multiline
      w={260}
      events={{ hover: true, focus: true, touch: true }}
    >
      <Badge
        color="gray"
        variant="filled"
        leftSection={<IconWifiOff size={12} />}
        data-testid="offline-badge"
        role="status"
        tabIndex={0}
      >
        {t('offline_badge')}
      </Badge>
    </Tooltip>
  );
}
