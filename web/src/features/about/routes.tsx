import type { RouteObject } from 'react-router';
import { AboutPage } from './pages/AboutPage';

export const ABOUT_ROUTES: RouteObject[] = [{ path: 'about', element: <AboutPage /> }];
