import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { InquiriesPage } from './pages/InquiriesPage';
import { InquiryPage } from './pages/InquiryPage';
import { NewProductPage, ProductEditPage } from './pages/ProductEditPage';
import { ProductsPage } from './pages/ProductsPage';
import { ReadinessPage } from './pages/ReadinessPage';

/* The public catalog itself is server-rendered at /catalog; these are the makers' and office's pages. */
export const CATALOG_ROUTES: RouteObject[] = [
  {
    element: <RequirePermission any={['catalog.products']} />,
    children: [
      { path: 'products', element: <ProductsPage /> },
      { path: 'products/new', element: <NewProductPage /> },
      { path: 'products/:id', element: <ProductEditPage /> },
      { path: 'export-readiness/:businessId', element: <ReadinessPage /> },
    ],
  },
  {
    element: <RequirePermission any={['catalog.inquiries']} />,
    children: [
      { path: 'inquiries', element: <InquiriesPage /> },
      { path: 'inquiries/:id', element: <InquiryPage /> },
    ],
  },
];
