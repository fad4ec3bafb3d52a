/* What other web features may use of the catalog: its pages. */

export { CATALOG_ROUTES } from './routes';
