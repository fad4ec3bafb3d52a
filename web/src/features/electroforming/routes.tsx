import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { LoadingState } from '#web/components/States';
import { CALCULATOR_PAGES } from './lib/calculator-pages';

/** Each page is its own chunk: the workbench costs the main bundle nothing. */
function page(load: () => Promise<ComponentType>) {
  const Page = lazy(async () => ({ default: await load() }));
  return (
    <Suspense fallback={<LoadingState />}>
      <Page />
    </Suspense>
  );
}

export const ELECTROFORMING_ROUTES: RouteObject[] = [
  { path: 'electroforming', element: page(() => import('./pages/HubPage').then((m) => m.HubPage)) },
  {
    path: 'electroforming/time',
    element: page(CALCULATOR_PAGES.time),
  },
  {
    path: 'electroforming/current',
    element: page(CALCULATOR_PAGES.current),
  },
  {
    path: 'electroforming/thickness',
    element: page(CALCULATOR_PAGES.thickness),
  },
  {
    path: 'electroforming/energy',
    element: page(CALCULATOR_PAGES.energy),
  },
  {
    path: 'electroforming/bath',
    element: page(CALCULATOR_PAGES.bath),
  },
  {
    path: 'electroforming/price',
    element: page(CALCULATOR_PAGES.price),
  },
  {
    path: 'electroforming/photo',
    element: page(CALCULATOR_PAGES.photo),
  },
  {
    path: 'electroforming/defects',
    element: page(() => import('./pages/DefectsPage').then((m) => m.DefectsPage)),
  },
  {
    path: 'electroforming/safety',
    element: page(() => import('./pages/SafetyPage').then((m) => m.SafetyPage)),
  },
  {
    element: <RequirePermission any={['electroforming.records']} />,
    children: [
      { path: 'plating/baths', element: page(() => import('./pages/BathsPage').then((m) => m.BathsPage)) },
      {
        path: 'plating/baths/:id',
        element: page(() => import('./pages/BathDetailPage').then((m) => m.BathDetailPage)),
      },
      {
        path: 'plating/batches',
        element: page(() => import('./pages/BatchesPage').then((m) => m.BatchesPage)),
      },
      {
        path: 'plating/batches/:id',
        element: page(() => import('./pages/BatchDetailPage').then((m) => m.BatchDetailPage)),
      },
      {
        path: 'plating/price-sheets',
        element: page(() => import('./pages/PriceSheetsPage').then((m) => m.PriceSheetsPage)),
      },
      { path: 'plating/stats', element: page(() => import('./pages/StatsPage').then((m) => m.StatsPage)) },
    ],
  },
  {
    element: <RequirePermission any={['electroforming.records_write']} />,
    children: [
      {
        path: 'plating/batches/new',
        element: page(() => import('./pages/BatchPlannerPage').then((m) => m.BatchPlannerPage)),
      },
    ],
  },
  {
    element: <RequirePermission any={['electroforming.summary']} />,
    children: [
      {
        path: 'plating/summary',
        element: page(() => import('./pages/SummaryPage').then((m) => m.SummaryPage)),
      },
    ],
  },
  {
    element: <RequirePermission any={['electroforming.settings']} />,
    children: [
      {
        path: 'plating/settings',
        element: page(() => import('./pages/SettingsPage').then((m) => m.SettingsPage)),
      },
    ],
  },
];
