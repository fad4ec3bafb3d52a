import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';

// Queued scans are sendable before the scan page loads; the outbox (IndexedDB, Dexie) is its own
// chunk, so the sign-in page does not wait for it.
void import('./lib/scan-outbox').then((m) => m.registerScanSender());

const page =
  <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  () =>
    load().then((m) => ({ Component: m[name] }));

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

/** Pages anyone opens without an account: registration, ticket, certificate check. */
export const TRAINING_PUBLIC_ROUTES: RouteObject[] = [
  { path: '/daftar/:id', lazy: page(() => import('./pages/PublicRegisterPage'), 'PublicRegisterPage') },
  { path: '/tiket/:code', lazy: page(() => import('./pages/TicketPage'), 'TicketPage') },
  { path: '/verify/:code', lazy: page(() => import('./pages/VerifyPage'), 'VerifyPage') },
];
