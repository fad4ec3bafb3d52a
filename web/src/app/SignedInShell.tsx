import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { AppLayout } from '#web/components/AppLayout';

/**
 * What only signed-in pages use — the navigation shell, confirm dialogs and toasts — in one
 * chunk, so the sign-in and setup pages load none of it.
 */
export function SignedInShell() {
  return (
    <ModalsProvider>
      <Notifications position="top-center" />
      <AppLayout />
    </ModalsProvider>
  );
}
