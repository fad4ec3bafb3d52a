import { type ComponentType, lazy, Suspense } from 'react';
import { catalogsReady } from '#web/lib/i18n';
import { LoadingState } from './States';

/**
 * A route's page as its own chunk, loaded when the route is first opened: the sign-in page and
 * an officer's first screen download only what they show (issue 10, first-visit speed).
 */
export function lazyPage(
  load: () => Promise<ComponentType>,
  {
    allCatalogs = true,
    catalogs,
  }: {
    /** The sign-in and setup pages need only the catalogs the app ships with. */
    allCatalogs?: boolean;
    /** The namespaces to wait for, decided when the page first loads (undefined = all). */
    catalogs?: () => readonly string[] | undefined;
  } = {},
) {
  // The page's words come with it: its catalogs (by default every one) are in before it renders.
  const Page = lazy(async () => {
    const [page] = await Promise.all([load(), allCatalogs ? catalogsReady(catalogs?.()) : undefined]);
    return { default: page };
  });
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}
