import type { RouteObject } from 'react-router';
import { pageCatalogs } from '#web/app/catalogs';
import { RequirePermission } from '#web/app/guards';
import { lazyPage } from '#web/components/LazyPage';

export const AUDIT_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['audit.read']} />,
    children: [
      {
        path: 'audit',
        element: lazyPage(() => import('./pages/AuditPage').then((m) => m.AuditPage), {
          catalogs: () => pageCatalogs('/audit'),
        }),
      },
    ],
  },
];
