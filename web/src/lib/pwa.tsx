import { registerSW } from 'virtual:pwa-register';
import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { i18n } from './i18n';

/**
 * Registers the service worker that keeps the app shell on the device (vite-plugin-pwa,
 * web/vite.config.ts). A new version is installed in the background and applied only when the
 * person chooses to reload, so nobody loses a half-filled form.
 */
export function registerServiceWorker() {
  // Ask the browser not to evict this site's storage (the outbox) when the phone runs low.
  navigator.storage?.persist?.().catch(() => {});
  if (!('serviceWorker' in navigator)) return;
  const update = registerSW({
    immediate: true,
    onNeedRefresh() {
      notifications.show({
        id: 'app-update',
        autoClose: false,
        title: i18n.t('common:pwa.update_title'),
        message: (
          <Button size="compact-sm" mt={6} onClick={() => void update(true)}>
            {i18n.t('common:pwa.update_action')}
          </Button>
        ),
      });
    },
  });
}
