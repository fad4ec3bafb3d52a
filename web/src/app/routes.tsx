import type { RouteObject } from 'react-router';
import { lazyPage } from '#web/components/LazyPage';
import { ABOUT_ROUTES } from '#web/features/about/routes';
import { AUDIT_ROUTES } from '#web/features/audit/routes';
import { AUTH_PUBLIC_ROUTES, AUTH_ROUTES } from '#web/features/auth/routes';
import { CATALOG_ROUTES } from '#web/features/catalog';
import { ELECTROFORMING_ROUTES } from '#web/features/electroforming';
import { HOME_ROUTES } from '#web/features/home/routes';
import { MONITORING_ROUTES } from '#web/features/monitoring/routes';
import { NEEDS_ROUTES } from '#web/features/needs';
import { REGISTRY_ROUTES } from '#web/features/registry/routes';
import { TRAINING_PUBLIC_ROUTES, TRAINING_ROUTES } from '#web/features/training';
import { USERS_ROUTES } from '#web/features/users/routes';
import { shellCatalogs } from './catalogs';
import { RequireSession } from './guards';
import { NotFoundPage } from './NotFoundPage';

// The signed-in shell (navigation, menus, dialogs, toasts) is its own chunk: the sign-in page does
// not load it. It waits for its catalogs and the landing page's (app/catalogs.ts), not every one.
const signedInLayout = lazyPage(() => import('./SignedInShell').then((m) => m.SignedInShell), {
  catalogs: () => shellCatalogs(window.location.pathname),
});

/** Pages inside the signed-in layout. A feature adds its `routes.tsx` here. */
export const APP_ROUTES: RouteObject[] = [
  ...HOME_ROUTES,
  ...AUTH_ROUTES,
  ...ABOUT_ROUTES,
  ...ELECTROFORMING_ROUTES,
  ...USERS_ROUTES,
  ...AUDIT_ROUTES,
  ...REGISTRY_ROUTES,
  ...MONITORING_ROUTES,
  ...CATALOG_ROUTES,
  ...TRAINING_ROUTES,
  ...NEEDS_ROUTES,
];

/** Pages anyone may open without signing in. */
export const PUBLIC_ROUTES: RouteObject[] = [...AUTH_PUBLIC_ROUTES, ...TRAINING_PUBLIC_ROUTES];

export const ROUTES: RouteObject[] = [
  ...PUBLIC_ROUTES,
  {
    element: <RequireSession />,
    children: [
      { element: signedInLayout, children: [...APP_ROUTES, { path: '*', element: <NotFoundPage /> }] },
    ],
  },
];
