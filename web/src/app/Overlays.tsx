import '@mantine/notifications/styles.css';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';

/**
 * Confirm dialogs (`modals.openConfirmModal`) and toasts (`notifications.show`) for signed-in
 * pages. Nothing reads the modals context (`useModals`): the provider needs no children.
 */
export function Overlays() {
  return (
    <>
      <ModalsProvider />
      <Notifications position="top-center" />
    </>
  );
}
