import type { RouteObject } from 'react-router';
import { lazyPage } from '#web/components/LazyPage';

export const ABOUT_ROUTES: RouteObject[] = [
  { path: 'about', element: lazyPage(() => import('./pages/AboutPage').then((m) => m.AboutPage)) },
];
