import { Badge } from '@mantine/core';
import { IconWifiOff } from '@tabler/icons-react';
import { lazy, type ReactElement, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useOnline } from '#web/lib/online';

// The hint's tooltip (popover positioning) is fetched after the first paint, while online; should
// it be missing, the badge shows without it.
function Unhinted({ children }: { children: ReactElement }) {
  return children;
}
const loadHinted = () => import('./OfflineBadgeHint').catch(() => ({ OfflineBadgeHint: Unhinted }));
const Hint = lazy(() => loadHinted().then((m) => ({ default: m.OfflineBadgeHint })));

/** "Luring" in the header while the device has no network. */
export function OfflineBadge() {
  const { t } = useTranslation('outbox');
  const online = useOnline();
  useEffect(() => {
    void loadHinted();
  }, []);
  if (online) return null;
  const badge = (
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
  );
  return (
    <Suspense fallback={badge}>
      <Hint>{badge}</Hint>
    </Suspense>
  );
}
