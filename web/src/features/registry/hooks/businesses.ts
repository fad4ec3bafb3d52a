import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { registryApi } from '#core/api/registry';
import type { SnapshotBody, UpdateOwnerBody, UpdateSnapshotBody } from '#core/schemas/registry';
import { call } from '#web/lib/client';
import type { CreateBusinessInput, DuplicatesQuery, UpdateBusinessBody } from '../shared/types';

type OwnerEdit = z.input<typeof UpdateOwnerBody>;

export function useBusiness(id: string | undefined) {
  return useQuery({
    queryKey: ['business', id],
    queryFn: ({ signal }) => call(registryApi.getBusiness, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
  });
}

/** The business as stored now (a fresh read, not the cache): what an edit restarts from after a conflict. */
export function useFetchBusiness() {
  const client = useQueryClient();
  return (id: string) =>
    client.fetchQuery({
      queryKey: ['business', id],
      queryFn: ({ signal }) => call(registryApi.getBusiness, { params: { id }, signal }),
      staleTime: 0,
    });
}

/** One yearly snapshot as stored now (read fresh with its business); throws when it is gone. */
export function useFetchSnapshot(businessId: string) {
  const fetchBusiness = useFetchBusiness();
  return async (snapshotId: string) => {
    const found = (await fetchBusiness(businessId)).snapshots.find((s) => s.id === snapshotId);
    if (!found) throw new Error('snapshot gone');
    return found;
  };
}

type SnapshotSave =
  | { snapshotId?: undefined; body: z.input<typeof SnapshotBody> }
  | { snapshotId: string; body: z.input<typeof UpdateSnapshotBody> };

/** Adds a year's figures, or corrects one (`expectedRecordedAt` makes a stale correction a 409). */
export function useSaveSnapshot(businessId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (save: SnapshotSave) =>
      save.snapshotId
        ? call(registryApi.updateSnapshot, {
            params: { id: businessId, snapshotId: save.snapshotId },
            body: save.body,
          })
        : call(registryApi.createSnapshot, {
            params: { id: businessId },
            body: save.body as z.input<typeof SnapshotBody>,
          }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['business', businessId] });
      void client.invalidateQueries({ queryKey: ['business-history', businessId] });
    },
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
        ? call(registryApi.updateBusiness, { params: { id }, body: body as UpdateBusinessBody })
        : call(registryApi.createBusiness, { body: body as CreateBusinessInput }),
    onSuccess: (saved) => invalidate(saved.id),
  });
}

export function useDeleteBusiness() {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: (id: string) => call(registryApi.deleteBusiness, { params: { id } }),
    onSuccess: (_, id) => invalidate(id),
  });
}

/** Likely duplicates; POST so a NIK never lands in a URL or a proxy log. */
export function useDuplicates(query: DuplicatesQuery | null) {
  return useQuery({
    queryKey: ['business-duplicates', query],
    queryFn: ({ signal }) => call(registryApi.searchDuplicates, { body: query as DuplicatesQuery, signal }),
    enabled: query !== null,
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
}

export function useMergeBusiness(id: string) {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: (otherId: string) => call(registryApi.mergeBusinesses, { params: { id }, body: { otherId } }),
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
      call(registryApi.businessHistory, { params: { id }, query: { page, pageSize: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useOwner(id: string | null) {
  return useQuery({
    queryKey: ['owner', id],
    queryFn: ({ signal }) => call(registryApi.getOwner, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
  });
}

/** The person as stored now (a fresh read, not the cache): what an edit restarts from after a conflict. */
export function useFetchOwner() {
  const client = useQueryClient();
  return (id: string) =>
    client.fetchQuery({
      queryKey: ['owner', id],
      queryFn: ({ signal }) => call(registryApi.getOwner, { params: { id }, signal }),
      staleTime: 0,
    });
}

/** Saves one person; `expectedUpdatedAt` in the body makes a save on an older copy a 409. */
export function useUpdateOwner(businessId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: OwnerEdit }) =>
      call(registryApi.updateOwner, { params: { id }, body }),
    onSuccess: (_, { id }) => {
      void client.invalidateQueries({ queryKey: ['business', businessId] });
      void client.invalidateQueries({ queryKey: ['owner', id] });
    },
  });
}

export function useRevealNik() {
  return useMutation({
    mutationFn: ({ ownerId, reason }: { ownerId: string; reason?: string }) =>
      call(registryApi.revealNik, { params: { id: ownerId }, body: reason ? { reason } : {} }),
  });
}

export function useEraseOwner(businessId: string) {
  const invalidate = useInvalidateBusiness();
  return useMutation({
    mutationFn: ({ ownerId, reason }: { ownerId: string; reason?: string }) =>
      call(registryApi.eraseOwner, { params: { id: ownerId }, body: reason ? { reason } : {} }),
    onSuccess: () => invalidate(businessId),
  });
}
