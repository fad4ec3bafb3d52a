import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '#core/schemas/auth';
import { ErrorState, LoadingState } from '../components/States';
import { useMe, usePermissions, useSetupStatus } from './session';

/** Sends a fresh install to setup, and anyone without a session to sign-in. */
export function RequireSession() {
  const setup = useSetupStatus();
  const me = useMe();
  const location = useLocation();
  if (setup.isPending || me.isPending) return <LoadingState />;
  if (setup.error) return <ErrorState error={setup.error} onRetry={() => void setup.refetch()} />;
  if (setup.data?.setupRequired) return <Navigate to="/setup" replace />;
  if (me.error) return <ErrorState error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) {
    const next = location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/** Hides a page from people without any of these permissions (the API refuses them anyway). */
export function RequirePermission({ any }: { any: Permission[] }) {
  const granted = usePermissions();
  if (!any.some((p) => granted.includes(p))) return <Navigate to="/" replace />;
  return <Outlet />;
}
