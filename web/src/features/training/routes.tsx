import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { catalogsReady } from '#web/lib/i18n';
import { senderLoader } from '#web/lib/outbox/senders';

// Queued scans are sendable before the scan page loads: the signed-in shell loads this sender
// with the outbox (IndexedDB, Dexie); a signed-out page loads neither.
senderLoader(() => import('./lib/scan-outbox').then((m) => m.registerScanSender()));

/** A route's page, shown once its chunk and the given catalogs (public pages') are in. */
const page =
  <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K, catalogs: string[] = []) =>
  () =>
    Promise.all([load(), catalogs.length ? catalogsReady(catalogs) : null]).then(([m]) => ({
      Component: m[name],
    }));

/** Pages inside the signed-in layout. */
export const TRAINING_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['training.view']} />,
    children: [
      { path: 'training', lazy: page(() => import('./pages/EventsPage'), 'EventsPage') },
      { path: 'training/:id', lazy: page(() => import('./pages/EventPage'), 'EventPage') },
      { path: 'training/:id/scan', lazy: page(() => import('./pages/ScanPage'), 'ScanPage') },
    ],
  },
  {
    element: <RequirePermission any={['training.manage']} />,
    children: [
      { path: 'training/new', lazy: page(() => import('./pages/EventFormPage'), 'EventFormPage') },
      { path: 'training/programs', lazy: page(() => import('./pages/ProgramsPage'), 'ProgramsPage') },
      { path: 'training/:id/edit', lazy: page(() => import('./pages/EventFormPage'), 'EventFormPage') },
    ],
  },
  {
    element: <RequirePermission any={['training.own']} />,
    children: [
      { path: 'my-trainings', lazy: page(() => import('./pages/MyTrainingsPage'), 'MyTrainingsPage') },
    ],
  },
];

/**
 * The catalogs a public page shows: its own words and the phone number's messages. Outside the
 * signed-in shell nothing else loads them, so a visitor would read the keys instead.
 */
export const PUBLIC_CATALOGS = ['training', 'registry-validation'];

const publicPage = <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  page(load, name, PUBLIC_CATALOGS);

/** Pages anyone opens without an account: registration, ticket, certificate check. */
export const TRAINING_PUBLIC_ROUTES: RouteObject[] = [
  { path: '/daftar/:id', lazy: publicPage(() => import('./pages/PublicRegisterPage'), 'PublicRegisterPage') },
  { path: '/tiket/:code', lazy: publicPage(() => import('./pages/TicketPage'), 'TicketPage') },
  { path: '/verify/:code', lazy: publicPage(() => import('./pages/VerifyPage'), 'VerifyPage') },
];
