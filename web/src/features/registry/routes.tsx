import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { LoadingState } from '#web/components/States';

// Each page is its own chunk: the map, charts and import wizard stay off the first load.
const BusinessListPage = lazy(() => import('./list/BusinessListPage'));
const BusinessProfilePage = lazy(() => import('./profile/BusinessProfilePage'));
const BusinessFormPage = lazy(() => import('./form/BusinessFormPage'));
const ImportWizardPage = lazy(() => import('./import/ImportWizardPage'));
const MyBusinessesPage = lazy(() => import('./list/MyBusinessesPage'));

function page(Page: ComponentType) {
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

/** The registry's pages inside the signed-in layout; the API enforces scope on every call. */
export const REGISTRY_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['registry.browse']} />,
    children: [{ path: 'registry', element: page(BusinessListPage) }],
  },
  {
    element: <RequirePermission any={['registry.create']} />,
    children: [{ path: 'registry/new', element: page(BusinessFormPage) }],
  },
  {
    element: <RequirePermission any={['registry.import']} />,
    children: [{ path: 'import', element: page(ImportWizardPage) }],
  },
  {
    element: <RequirePermission any={['registry.browse', 'registry.own']} />,
    children: [
      { path: 'registry/:id', element: page(BusinessProfilePage) },
      { path: 'registry/:id/edit', element: page(BusinessFormPage) },
    ],
  },
  {
    element: <RequirePermission any={['registry.own']} />,
    children: [{ path: 'my-business', element: page(MyBusinessesPage) }],
  },
];
