import { Navigate, Outlet, useLocation } from 'react-router';
import type { Role } from '#core/schemas/common';
import { ErrorState, LoadingState } from '../components/States';
import { useMe, useSetupStatus } from '../features/auth/api';

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

/** Hides a page from roles that may not use it (the API refuses them anyway). */
export function RequireRole({ roles }: { roles: Role[] }) {
  const me = useMe();
  if (!me.data || !roles.includes(me.data.role)) return <Navigate to="/" replace />;
  return <Outlet />;
}
