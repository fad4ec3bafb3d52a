import type { RouteObject } from 'react-router';
import { pageCatalogs } from '#web/app/catalogs';
import { RequirePermission } from '#web/app/guards';
import { lazyPage } from '#web/components/LazyPage';

export const USERS_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['users.manage']} />,
    children: [
      {
        path: 'users',
        element: lazyPage(() => import('./pages/UsersPage').then((m) => m.UsersPage), {
          catalogs: () => pageCatalogs('/users'),
        }),
      },
    ],
  },
];
