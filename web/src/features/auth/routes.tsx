import type { RouteObject } from 'react-router';
import { LoginPage } from './pages/LoginPage';
import { ProfilePage } from './pages/ProfilePage';
import { SetupPage } from './pages/SetupPage';

/** Sign-in and first-run setup: reachable without a session. */
export const AUTH_PUBLIC_ROUTES: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  { path: '/setup', element: <SetupPage /> },
];

export const AUTH_ROUTES: RouteObject[] = [{ path: 'profile', element: <ProfilePage /> }];
