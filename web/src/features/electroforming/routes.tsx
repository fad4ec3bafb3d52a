import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from '#web/app/guards';
import { LoadingState } from '#web/components/States';

const CALCULATOR_PAGES = {
  time: () => import('./calculators/TimePage').then((m) => m.TimePage),
  current: () => import('./calculators/CurrentPage').then((m) => m.CurrentPage),
  thickness: () => import('./calculators/ThicknessPage').then((m) => m.ThicknessPage),
  energy: () => import('./calculators/EnergyPage').then((m) => m.EnergyPage),
  bath: () => import('./calculators/BathMakeUpPage').then((m) => m.BathMakeUpPage),
  price: () => import('./calculators/PricePage').then((m) => m.PricePage),
  photo: () => import('./photo/PhotoAreaPage').then((m) => m.PhotoAreaPage),
};

/**
 * Loads every calculator in the background once the hub is open, so a maker who then loses
 * the connection can still move between calculators (they compute in the browser).
 */
export function prefetchCalculators() {
  for (const load of Object.values(CALCULATOR_PAGES)) void load().catch(() => undefined);
}

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
  { path: 'electroforming', element: page(() => import('./HubPage').then((m) => m.HubPage)) },
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
  { path: 'electroforming/defects', element: page(() => import('./DefectsPage').then((m) => m.DefectsPage)) },
  { path: 'electroforming/safety', element: page(() => import('./SafetyPage').then((m) => m.SafetyPage)) },
  {
    element: <RequirePermission any={['electroforming.records']} />,
    children: [
      { path: 'plating/baths', element: page(() => import('./records/BathsPage').then((m) => m.BathsPage)) },
      {
        path: 'plating/baths/:id',
        element: page(() => import('./records/BathDetailPage').then((m) => m.BathDetailPage)),
      },
      {
        path: 'plating/batches',
        element: page(() => import('./records/BatchesPage').then((m) => m.BatchesPage)),
      },
      {
        path: 'plating/batches/:id',
        element: page(() => import('./records/BatchDetailPage').then((m) => m.BatchDetailPage)),
      },
      {
        path: 'plating/price-sheets',
        element: page(() => import('./records/PriceSheetsPage').then((m) => m.PriceSheetsPage)),
      },
      { path: 'plating/stats', element: page(() => import('./records/StatsPage').then((m) => m.StatsPage)) },
    ],
  },
  {
    element: <RequirePermission any={['electroforming.records_write']} />,
    children: [
      {
        path: 'plating/batches/new',
        element: page(() => import('./records/BatchPlannerPage').then((m) => m.BatchPlannerPage)),
      },
    ],
  },
  {
    element: <RequirePermission any={['electroforming.summary']} />,
    children: [
      {
        path: 'plating/summary',
        element: page(() => import('./records/SummaryPage').then((m) => m.SummaryPage)),
      },
    ],
  },
  {
    element: <RequirePermission any={['electroforming.settings']} />,
    children: [
      {
        path: 'plating/settings',
        element: page(() => import('./records/SettingsPage').then((m) => m.SettingsPage)),
      },
    ],
  },
];
