import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { ModalsReady } from '#web/lib/modals';

/**
 * Confirm dialogs (`modals.openConfirmModal`) and toasts (`notifications.show`) for signed-in
 * pages. Nothing reads the modals context (`useModals`): the provider needs no children.
 */
export function Overlays() {
  return (
    <>
      <ModalsProvider />
      <ModalsReady />
      <Notifications position="top-center" />
    </>
  );
}
