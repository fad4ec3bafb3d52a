import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';

const page =
  <K extends string>(load: () => Promise<Record<K, React.ComponentType>>, name: K) =>
  () =>
    load().then((m) => ({ Component: m[name] }));

/*
 * The public catalog itself is server-rendered at /catalog; these are the makers' and office's
 * pages, each its own chunk (the product form and photo panel stay off everyone's first load).
 */
export const CATALOG_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['catalog.products']} />,
    children: [
      { path: 'products', lazy: page(() => import('./pages/ProductsPage'), 'ProductsPage') },
      { path: 'products/new', lazy: page(() => import('./pages/ProductEditPage'), 'NewProductPage') },
      { path: 'products/:id', lazy: page(() => import('./pages/ProductEditPage'), 'ProductEditPage') },
      {
        path: 'export-readiness/:businessId',
        lazy: page(() => import('./pages/ReadinessPage'), 'ReadinessPage'),
      },
    ],
  },
  {
    element: <RequirePermission any={['catalog.inquiries']} />,
    children: [
      { path: 'inquiries', lazy: page(() => import('./pages/InquiriesPage'), 'InquiriesPage') },
      { path: 'inquiries/:id', lazy: page(() => import('./pages/InquiryPage'), 'InquiryPage') },
    ],
  },
];
