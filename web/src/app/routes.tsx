import type { RouteObject } from 'react-router';
import { AppLayout } from '../components/AppLayout';
import { AboutPage } from '../features/about/AboutPage';
import { AuditPage } from '../features/audit/AuditPage';
import { LoginPage } from '../features/auth/LoginPage';
import { ProfilePage } from '../features/auth/ProfilePage';
import { SetupPage } from '../features/auth/SetupPage';
import { ELECTROFORMING_ROUTES } from '../features/electroforming/routes';
import { HomePage } from '../features/home/HomePage';
import { REGISTRY_ROUTES } from '../features/registry/routes';
import { UsersPage } from '../features/users/UsersPage';
import { RequireRole, RequireSession } from './guards';
import { NotFoundPage } from './NotFoundPage';

/** Pages inside the signed-in layout. A feature adds its pages here. */
export const APP_ROUTES: RouteObject[] = [
  { index: true, element: <HomePage /> },
  { path: 'profile', element: <ProfilePage /> },
  { path: 'about', element: <AboutPage /> },
  ...ELECTROFORMING_ROUTES,
  {
    element: <RequireRole roles={['admin']} />,
    children: [
      { path: 'users', element: <UsersPage /> },
      { path: 'audit', element: <AuditPage /> },
    ],
  },
  ...REGISTRY_ROUTES,
];

/** Pages anyone may open without signing in. */
export const PUBLIC_ROUTES: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
];

export const ROUTES: RouteObject[] = [
  ...PUBLIC_ROUTES,
  {
    element: <RequireSession />,
    children: [
      { element: <AppLayout />, children: [...APP_ROUTES, { path: '*', element: <NotFoundPage /> }] },
    ],
  },
];
