import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
// Only the list's contract: the list page's first load does not carry the record's (issue 10).
import { businessListApi } from '#core/api/registry/list';
import type { ListBusinessesQuery, MapQuery } from '#core/schemas/registry/list';
import { call, download } from '#web/lib/client';
import { type ListParams, PAGE_SIZE } from '../list/list-params';

type FilterQuery = z.input<typeof MapQuery>;
type ListQuery = z.input<typeof ListBusinessesQuery>;

/**
 * The list filters as the API's query string (shared by list, map and XLSX export). They come
 * from the page's URL as plain strings; the server's schema has the last word on them.
 */
export function filterQuery(params: ListParams): FilterQuery {
  return {
    q: params.q || undefined,
    kecamatan: params.kecamatan ?? undefined,
    kelurahan: params.kelurahan ?? undefined,
    subsector: params.subsector ?? undefined,
    certification: params.certification ?? undefined,
    exportStatus: params.exportStatus ?? undefined,
    dataYear: params.dataYear ?? undefined,
  } as FilterQuery;
}

export function useBusinesses(params: ListParams, enabled = true) {
  const query: ListQuery = {
    ...filterQuery(params),
    sort: (params.sort ?? undefined) as ListQuery['sort'],
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  return useQuery({
    queryKey: ['businesses', query],
    queryFn: ({ signal }) => call(businessListApi.listBusinesses, { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Businesses of the signed-in IKM owner (the API scopes the list to them). */
export function useMyBusinesses() {
  return useQuery({
    queryKey: ['businesses', 'mine'],
    queryFn: ({ signal }) => call(businessListApi.listBusinesses, { query: { pageSize: 50 }, signal }),
  });
}

export function useBusinessMap(params: ListParams) {
  const query = filterQuery(params);
  return useQuery({
    queryKey: ['businesses-map', query],
    queryFn: async ({ signal }) => {
      const [points, count] = await Promise.all([
        call(businessListApi.mapPoints, { query, signal }),
        call(businessListApi.listBusinesses, { query: { ...query, pageSize: 1 }, signal }),
      ]);
      return { ...points, total: count.total };
    },
    placeholderData: keepPreviousData,
  });
}

export function useExportBusinesses() {
  return useMutation({
    mutationFn: (params: ListParams) =>
      download(businessListApi.exportBusinesses, { query: filterQuery(params) }),
  });
}
