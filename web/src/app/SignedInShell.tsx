import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useEffect } from 'react';
import { AppLayout } from '#web/components/AppLayout';
import { catalogsReady } from '#web/lib/i18n';

/**
 * What only signed-in pages use — the navigation shell, confirm dialogs and toasts — in one
 * chunk, so the sign-in and setup pages load none of it.
 */
export function SignedInShell() {
  // The first page came with only its own catalogs (app/catalogs.ts); the others follow at once.
  useEffect(() => {
    // Offline, the service worker answers; a failure here leaves the next page to try again.
    catalogsReady().catch(() => undefined);
  }, []);
  return (
    <ModalsProvider>
      <Notifications position="top-center" />
      <AppLayout />
    </ModalsProvider>
  );
}
