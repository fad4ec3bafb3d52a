import { BusinessList, ListBusinessesQuery, MapPoints, MapQuery } from '#core/schemas/registry/list';
import { defineEndpoints } from '../endpoint';

/*
 * The business list's endpoints on their own (list, map, XLSX export of the same filters): the
 * list page's hooks call these without loading the rest of the registry's contract and its field
 * validators (issue 10). businesses.ts and imports.ts put them in their tables.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const businessListApi = defineEndpoints({
  listBusinesses: {
    method: 'GET',
    path: '/businesses',
    tags: ['registry'],
    query: ListBusinessesQuery,
    responses: { 200: BusinessList },
  },
  mapPoints: {
    method: 'GET',
    path: '/businesses/map',
    tags: ['registry'],
    query: MapQuery,
    responses: { 200: MapPoints },
  },
  exportBusinesses: {
    method: 'GET',
    path: '/businesses/export.xlsx',
    tags: ['registry-import'],
    summary: 'The filtered business list as XLSX (same filters as GET /api/businesses; never NIK)',
    query: MapQuery,
    produces: [XLSX_TYPE],
    responses: { 200: null },
  },
});
