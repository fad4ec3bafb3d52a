import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { ErrorState, LoadingState } from '#web/components/States';
import { catalogsLoaded } from '#web/lib/catalogs-loaded';
import { catalogsReady } from '#web/lib/i18n';
import { pageCatalogs } from './catalogs';

/**
 * Where every signed-in page renders (the shell's outlet), only once its words are in (issue 10:
 * no raw keys). The shell waits for the landing page's catalogs and loads the rest in the
 * background; a page reached before that finishes — a link, the back button — waits here for its
 * own catalogs if it is a landing page, every one otherwise (app/catalogs.ts). Should loading
 * fail (offline), it says so in words the app ships with and offers to try again.
 */
export function CatalogsGate() {
  const { t } = useTranslation();
  // The namespaces as a string an effect can depend on ('*' = every one).
  const key = pageCatalogs(useLocation().pathname)?.join() ?? '*';
  const namespaces = key === '*' ? undefined : key.split(',');
  // What the last load for `key` came to: in, or the error it failed with.
  const [settled, setSettled] = useState<{ key: string; error?: unknown }>();
  const loaded = catalogsLoaded(namespaces);
  const failed = !loaded && settled?.key === key ? settled.error : undefined;

  useEffect(() => {
    if (loaded || settled?.key === key) return;
    let current = true;
    catalogsReady(key === '*' ? undefined : key.split(',')).then(
      () => current && setSettled({ key }),
      (error: unknown) => current && setSettled({ key, error: error ?? true }),
    );
    return () => {
      current = false;
    };
  }, [key, loaded, settled]);

  if (loaded) return <Outlet />;
  if (failed)
    return <ErrorState error={new Error(t('errors:network'))} onRetry={() => setSettled(undefined)} />;
  return <LoadingState />;
}
