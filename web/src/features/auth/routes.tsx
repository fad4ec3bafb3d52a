import type { RouteObject } from 'react-router';
import { lazyPage } from '#web/components/LazyPage';

/** Sign-in and first-run setup: reachable without a session. */
export const AUTH_PUBLIC_ROUTES: RouteObject[] = [
  {
    path: '/login',
    element: lazyPage(() => import('./pages/LoginPage').then((m) => m.LoginPage), { allCatalogs: false }),
  },
  {
    path: '/setup',
    element: lazyPage(() => import('./pages/SetupPage').then((m) => m.SetupPage), { allCatalogs: false }),
  },
];

export const AUTH_ROUTES: RouteObject[] = [
  { path: 'profile', element: lazyPage(() => import('./pages/ProfilePage').then((m) => m.ProfilePage)) },
];
