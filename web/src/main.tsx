import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './app/global.css';
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ROUTES } from './app/routes';
import { ApiError } from './lib/api';
import { i18n } from './lib/i18n';
import { outbox } from './lib/outbox';
import { enqueueProbe, registerProbeSender } from './lib/outbox/probe';
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

// The test-only probe kind (its endpoint exists only on servers started with TEST_ROUTES=true).
registerProbeSender(outbox);
declare global {
  interface Window {
    /** Support handle: look at (and drain) the outbox from the browser's console; the e2e journeys use it. */
    binaKriya?: { outbox: typeof outbox; enqueueProbe: (note: string) => Promise<string> };
  }
}
window.binaKriya = { outbox, enqueueProbe: (note) => enqueueProbe(outbox, note) };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme} defaultColorScheme="light">
        <QueryClientProvider client={queryClient}>
          <ModalsProvider>
            <Notifications position="top-center" />
            <RouterProvider router={router} />
          </ModalsProvider>
        </QueryClientProvider>
      </MantineProvider>
    </I18nextProvider>
  </StrictMode>,
);
