/* What other web features may use of the registry: its pages and the region pickers' data. */

export { REGISTRY_ROUTES } from './routes';
export { useHomeRegion } from './shared/home';
export { useHomeKecamatanOptions, useRegions } from './shared/regions';
