import { Tooltip } from '@mantine/core';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';

/** What "Luring" means, on hover, focus or touch. */
export function OfflineBadgeHint({ children }: { children: ReactElement }) {
  const { t } = useTranslation('outbox');
  return (
    <Tooltip
      label={t('offline_badge_hint')}
      multiline
      w={260}
      events={{ hover: true, focus: true, touch: true }}
    >
      {children}
    </Tooltip>
  );
}
