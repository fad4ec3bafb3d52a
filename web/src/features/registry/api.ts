import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '#web/lib/api';
import { downloadFile } from '#web/lib/files';
import type { ListParams } from './list/list-params';
import { PAGE_SIZE } from './list/list-params';
import type {
  Business,
  BusinessHistory,
  BusinessList,
  BusinessSaved,
  CreateBusinessInput,
  DuplicateList,
  DuplicatesQuery,
  MapPoints,
  MergeResult,
  Owner,
  RevealedNik,
  UpdateBusinessBody,
} from './shared/types';

/** The list filters as the API's query string (shared by list, map and XLSX export). */
export function filterQuery(params: ListParams) {
  return {
    q: params.q || undefined,
    kecamatan: params.kecamatan ?? undefined,
    kelurahan: params.kelurahan ?? undefined,
    subsector: params.subsector ?? undefined,
    certification: params.certification ?? undefined,
    exportStatus: params.exportStatus ?? undefined,
    dataYear: params.dataYear ?? undefined,
  };
}

export function useBusinesses(params: ListParams, enabled = true) {
  const query = {
    ...filterQuery(params),
    sort: params.sort ?? undefined,
    page: params.page,
    pageSize: PAGE_SIZE,
  };
  return useQuery({
    queryKey: ['businesses', query],
    queryFn: ({ signal }) => api<BusinessList>('/businesses', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Businesses of the signed-in IKM owner (the API scopes the list to them). */
export function useMyBusinesses() {
  return useQuery({
    queryKey: ['businesses', 'mine'],
    queryFn: ({ signal }) => api<BusinessList>('/businesses', { query: { pageSize: 50 }, signal }),
  });
}

export function useBusinessMap(params: ListParams) {
  const query = filterQuery(params);
  return useQuery({
    queryKey: ['businesses-map', query],
    queryFn: async ({ signal }) => {
      const [points, count] = await Promise.all([
        api<MapPoints>('/businesses/map', { query, signal }),
        api<BusinessList>('/businesses', { query: { ...query, pageSize: 1 }, signal }),
      ]);
      return { ...points, total: count.total };
    },
    placeholderData: keepPreviousData,
  });
}

export function useExportBusinesses() {
  return useMutation({
    mutationFn: (params: ListParams) => downloadFile('/businesses/export.xlsx', filterQuery(params)),
  });
}

export function useBusiness(id: string | undefined) {
  return useQuery({
    queryKey: ['business', id],
    queryFn: ({ signal }) => api<Business>(`/businesses/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

function useInvalidateBusiness() {
  const client = useQueryClient();
  return (id?: string) => {
    void client.invalidateQueries({ queryKey: ['businesses'] });
    void client.invalidateQueries({ queryKey: ['businesses-map'] });
    if (id) {
      void client.invalidateQueries({ queryKey: ['business', id] });
      void client.invalidateQueries({ queryKey: ['business-history', id] });
    }
  };
}

export function useSaveBusiness() {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: CreateBusinessInput | UpdateBusinessBody }) =>
      id
        ? api<BusinessSaved>(`/businesses/${id}`, { method: 'PATCH', body })
        : api<BusinessSaved>('/businesses', { method: 'POST', body }),
    onSuccess: (saved) => invalidate(saved.id),
  });
}

export function useDeleteBusiness() {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: (id: string) => api<void>(`/businesses/${id}`, { method: 'DELETE' }),
    onSuccess: (_, id) => invalidate(id),
  });
}

/** Likely duplicates; POST so a NIK never lands in a URL or a proxy log. */
export function useDuplicates(query: DuplicatesQuery | null) {
  return useQuery({
    queryKey: ['business-duplicates', query],
    queryFn: ({ signal }) =>
      api<DuplicateList>('/businesses/duplicates', { method: 'POST', body: query, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useMergeBusiness(id: string) {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: (otherId: string) =>
      api<MergeResult>(`/businesses/${id}/merge`, { method: 'POST', body: { otherId } }),
    onSuccess: (result) => {
      invalidate(id);
      invalidate(result.mergedId);
    },
  });
}

export function useBusinessHistory(id: string, page: number) {
  return useQuery({
    queryKey: ['business-history', id, page],
    queryFn: ({ signal }) =>
      api<BusinessHistory>(`/businesses/${id}/history`, { query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOwner(id: string | null) {
  return useQuery({
    queryKey: ['owner', id],
    queryFn: ({ signal }) => api<Owner>(`/owners/${id}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useRevealNik() {
  return useMutation({
    mutationFn: ({ ownerId, reason }: { ownerId: string; reason?: string }) =>
      api<RevealedNik>(`/owners/${ownerId}/reveal-nik`, { method: 'POST', body: reason ? { reason } : {} }),
  });
}

export function useEraseOwner(businessId: string) {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: ({ ownerId, reason }: { ownerId: string; reason?: string }) =>
      api<Owner>(`/owners/${ownerId}/erase`, { method: 'POST', body: reason ? { reason } : {} }),
    onSuccess: () => invalidate(businessId),
  });
}
