import type { RouteObject } from 'react-router';
import { pageCatalogs } from '#web/app/catalogs';
import { lazyPage } from '#web/components/LazyPage';

export const HOME_ROUTES: RouteObject[] = [
  {
    index: true,
    element: lazyPage(() => import('./pages/HomePage').then((m) => m.HomePage), {
      catalogs: () => pageCatalogs('/'),
    }),
  },
];
