import { type ComponentType, lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router';
import { LoadingState } from '../../components/States';

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
    element: page(() => import('./calculators/TimePage').then((m) => m.TimePage)),
  },
  {
    path: 'electroforming/current',
    element: page(() => import('./calculators/CurrentPage').then((m) => m.CurrentPage)),
  },
  {
    path: 'electroforming/thickness',
    element: page(() => import('./calculators/ThicknessPage').then((m) => m.ThicknessPage)),
  },
  {
    path: 'electroforming/energy',
    element: page(() => import('./calculators/EnergyPage').then((m) => m.EnergyPage)),
  },
  {
    path: 'electroforming/bath',
    element: page(() => import('./calculators/BathMakeUpPage').then((m) => m.BathMakeUpPage)),
  },
  {
    path: 'electroforming/price',
    element: page(() => import('./calculators/PricePage').then((m) => m.PricePage)),
  },
  {
    path: 'electroforming/photo',
    element: page(() => import('./photo/PhotoAreaPage').then((m) => m.PhotoAreaPage)),
  },
  { path: 'electroforming/safety', element: page(() => import('./SafetyPage').then((m) => m.SafetyPage)) },
];
