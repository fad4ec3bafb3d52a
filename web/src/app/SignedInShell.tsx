import { Suspense, useEffect } from 'react';
import { AppLayout } from '#web/components/AppLayout';
import { catalogsReady } from '#web/lib/i18n';
import { lazyOr, Nothing } from '#web/lib/lazy-or';
import { CatalogsGate } from './CatalogsGate';

/*
 * Confirm dialogs and toasts render nothing until asked, so they come in their own chunk right
 * after the first paint (issue 10: first load under 250 KB). `modals.open…` and
 * `notifications.show` go through stores the providers read when they mount: nothing is lost.
 * Should their chunk not load (offline after a deploy), there are none rather than a broken page.
 */
const Overlays = lazyOr(() => import('./Overlays').then((m) => m.Overlays), Nothing);

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
    <>
      <Suspense fallback={null}>
        <Overlays />
      </Suspense>
      {/* Every page, however it is reached (link, back button, address), waits for its words. */}
      <AppLayout>
        <CatalogsGate />
      </AppLayout>
    </>
  );
}
