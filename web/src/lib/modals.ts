import { modals as mantine } from '@mantine/modals';
import { useEffect } from 'react';

/*
 * Confirm dialogs come with the Overlays (ModalsProvider), which load after the first paint. A
 * dialog asked for before they are there — a quick tap on "Batalkan pendaftaran" right after the
 * ticket page shows — would go to nobody and never open. These `modals` wait for the provider:
 * asked for early, a dialog opens as soon as it has arrived.
 */
let providers = 0;
const waiting: (() => void)[] = [];

function whenReady(open: () => void) {
  if (providers > 0) open();
  else waiting.push(open);
}

/** Rendered right after ModalsProvider (a sibling, so the provider listens first). */
export function ModalsReady() {
  useEffect(() => {
    providers++;
    for (const open of waiting.splice(0)) open();
    return () => {
      providers--;
    };
  }, []);
  return null;
}

/** Mantine's `modals`, whose dialogs wait for the provider instead of being lost before it loads. */
export const modals = {
  ...mantine,
  open: (props: Parameters<typeof mantine.open>[0]) => whenReady(() => mantine.open(props)),
  openConfirmModal: (props: Parameters<typeof mantine.openConfirmModal>[0]) =>
    whenReady(() => mantine.openConfirmModal(props)),
};
