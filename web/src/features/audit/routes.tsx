import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { AuditPage } from './pages/AuditPage';

export const AUDIT_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['audit.read']} />,
    children: [{ path: 'audit', element: <AuditPage /> }],
  },
];
