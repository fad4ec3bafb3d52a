import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';

export const NEEDS_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['needs.view']} />,
    children: [
      { path: 'needs', lazy: () => import('./pages/NeedsPage').then((m) => ({ Component: m.NeedsPage })) },
      { path: 'needs/:id', lazy: () => import('./pages/NeedPage').then((m) => ({ Component: m.NeedPage })) },
      {
        path: 'support',
        lazy: () => import('./pages/SupportListPage').then((m) => ({ Component: m.SupportListPage })),
      },
    ],
  },
];
