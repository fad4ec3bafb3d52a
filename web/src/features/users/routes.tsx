import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { UsersPage } from './pages/UsersPage';

export const USERS_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['users.manage']} />,
    children: [{ path: 'users', element: <UsersPage /> }],
  },
];
