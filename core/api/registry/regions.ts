import { ListRegionsQuery, RegionList } from '#core/schemas/registry/regions';
import { defineEndpoints } from '../endpoint';

/** Kemendagri regions for every signed-in user's pickers. */
export const regionsApi = defineEndpoints({
  listRegions: {
    method: 'GET',
    path: '/regions',
    tags: ['regions'],
    query: ListRegionsQuery,
    responses: { 200: RegionList },
  },
});
