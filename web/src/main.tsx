// Mantine's base styles; each component's own come with it (mantineStylesPerComponent in vite.config.ts).
import '@mantine/core/styles/baseline.css';
import '@mantine/core/styles/default-css-variables.css';
import '@mantine/core/styles/global.css';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ROUTES } from './app/routes';
import { ApiError } from './lib/api';
import { i18n, i18nReady } from './lib/i18n';
import { senderLoader } from './lib/outbox/senders';
import { registerServiceWorker } from './lib/pwa';
import { theme } from './lib/theme';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A refused request will be refused again; only flaky networks deserve retries.
      retry: (count, error) =>
        count < 2 && (!(error instanceof ApiError) || error.status === 0 || error.status >= 500),
      refetchOnWindowFocus: false,
    },
  },
});

const router = createBrowserRouter(ROUTES);
registerServiceWorker();

declare global {
  interface Window {
    /** Support handle: look at (and drain) the outbox from the browser's console; the e2e journeys use it. */
    binaKriya?: {
      outbox: typeof import('./lib/outbox').outbox;
      enqueueProbe: (note: string) => Promise<string>;
    };
  }
}
// The offline outbox (IndexedDB via Dexie) is its own chunk, loaded by the signed-in shell with
// the features' senders: a signed-out page (sign-in, setup, public pages) fetches none of it.
senderLoader(() =>
  Promise.all([import('./lib/outbox'), import('./lib/outbox/probe')]).then(
    ([{ outbox }, { enqueueProbe, registerProbeSender }]) => {
      // The test-only probe kind (its endpoint exists only on servers started with TEST_ROUTES=true).
      registerProbeSender(outbox);
      window.binaKriya = { outbox, enqueueProbe: (note) => enqueueProbe(outbox, note) };
    },
  ),
);

// Someone reading English waits for that chunk before the first paint, not for a flash of Indonesian.
await i18nReady;

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          {/* Dialogs and toasts come with the signed-in shell (app/SignedInShell). */}
          <RouterProvider router={router} />
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
