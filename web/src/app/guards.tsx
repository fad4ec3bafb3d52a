import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import type { Permission } from '#core/schemas/auth';
import { RefusalState } from '../components/Refusal';
import { ErrorState, LoadingState } from '../components/States';
import { signedOutOnPurpose, useMe, usePermissions, useSetupStatus } from './session';

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
    // After "sign out" the next person starts at home, not on the page the last one left open.
    const next = signedOutOnPurpose() ? '/' : location.pathname + location.search;
    return <Navigate to={next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`} replace />;
  }
  return <Outlet />;
}

/**
 * Keeps a page from people without any of these permissions (the API refuses them anyway), and
 * tells them so, with the way back, instead of silently sending them home.
 */
export function RequirePermission({ any }: { any: Permission[] }) {
  const { t } = useTranslation();
  const granted = usePermissions();
  const role = useMe().data?.role;
  if (!any.some((p) => granted.includes(p)))
    return <RefusalState kind="page" role={role ? t(`common:role.${role}`) : undefined} />;
  return <Outlet />;
}
