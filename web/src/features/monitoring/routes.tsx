import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { senderLoader } from '#web/lib/outbox/senders';

// Queued visits are sendable before any visit page loads: the signed-in shell loads this sender
// with the outbox (IndexedDB, Dexie); a signed-out page loads neither.
senderLoader(() => import('./lib/visit-outbox').then((m) => m.registerVisitSenders()));

/* Pages load on first use: the field app stays light on a cheap phone. */
export const MONITORING_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['monitoring.visits']} />,
    children: [
      { path: 'field', lazy: () => import('./pages/FieldPage').then((m) => ({ Component: m.FieldPage })) },
      {
        path: 'field/visit/:businessId',
        lazy: () => import('./pages/RecordVisitPage').then((m) => ({ Component: m.RecordVisitPage })),
      },
      {
        path: 'visits/:id/edit',
        lazy: () => import('./pages/EditVisitPage').then((m) => ({ Component: m.EditVisitPage })),
      },
    ],
  },
  {
    element: <RequirePermission any={['monitoring.visits', 'monitoring.own']} />,
    children: [
      { path: 'visits', lazy: () => import('./pages/VisitsPage').then((m) => ({ Component: m.VisitsPage })) },
      {
        path: 'visits/:id',
        lazy: () => import('./pages/VisitPage').then((m) => ({ Component: m.VisitPage })),
      },
    ],
  },
  {
    element: <RequirePermission any={['monitoring.funnel']} />,
    children: [
      {
        path: 'cohorts/:eventId/funnel',
        lazy: () => import('./pages/FunnelPage').then((m) => ({ Component: m.FunnelPage })),
      },
    ],
  },
  {
    element: <RequirePermission any={['monitoring.forms']} />,
    children: [
      {
        path: 'visit-form',
        lazy: () => import('./pages/FormEditorPage').then((m) => ({ Component: m.FormEditorPage })),
      },
    ],
  },
];
