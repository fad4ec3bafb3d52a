/* What other web features may use of the needs inventory. */
export { NEEDS_ROUTES } from './routes';

/** The needs section of a business's registry page (loaded when its tab is opened). */
export const loadBusinessNeedsTab = () => import('./components/BusinessNeedsTab');
