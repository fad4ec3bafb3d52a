import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { needsApi } from '#core/api/needs';
import { registryApi } from '#core/api/registry';
import type {
  CreateNeedBody,
  CreateSupportBody,
  NeedsQuery,
  SupportQuery,
  UpdateNeedStatusBody,
} from '#core/schemas/needs';
import { call } from '#web/lib/client';

export type NeedFilters = z.input<typeof NeedsQuery>;
export type SupportFilters = z.input<typeof SupportQuery>;

export function useNeeds(filters: NeedFilters, enabled = true) {
  return useQuery({
    queryKey: ['needs', 'list', filters],
    queryFn: ({ signal }) => call(needsApi.listNeeds, { query: filters, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useNeed(id: string | undefined) {
  return useQuery({
    queryKey: ['needs', 'one', id],
    queryFn: ({ signal }) => call(needsApi.getNeed, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
  });
}

export function useCreateNeed() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateNeedBody) => call(needsApi.createNeed, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
}

export function useChangeNeedStatus(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateNeedStatusBody) => call(needsApi.changeNeedStatus, { params: { id }, body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
}

export function useNeedsFromReadiness() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (businessId: string) => call(needsApi.needsFromReadiness, { body: { businessId } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
}

export function useSupportList(filters: SupportFilters) {
  return useQuery({
    queryKey: ['needs', 'support', filters],
    queryFn: ({ signal }) => call(needsApi.listSupport, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSupport(id: string | undefined) {
  return useQuery({
    queryKey: ['needs', 'support-one', id],
    queryFn: ({ signal }) => call(needsApi.getSupport, { params: { id: id as string }, signal }),
    enabled: Boolean(id),
  });
}

export function useCreateSupport() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSupportBody) => call(needsApi.createSupport, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['needs'] }),
  });
}

/** Businesses to pick from (the registry's list, limited by the server to the asker's scope). */
export function useBusinessOptions(q: string) {
  return useQuery({
    queryKey: ['needs', 'business-options', q],
    queryFn: ({ signal }) =>
      call(registryApi.listBusinesses, { query: { q: q || undefined, pageSize: 50 }, signal }),
    placeholderData: keepPreviousData,
    select: (d) => d.items.map((b) => ({ value: b.id, label: b.name })),
  });
}

/** The home city's kecamatan for the filter (the home city is the first regency the regions API lists). */
export function useKecamatanOptions() {
  const home = useQuery({
    queryKey: ['regions', 'home'],
    queryFn: ({ signal }) => call(registryApi.listRegions, { query: { level: 'regency', limit: 1 }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    select: (list) => list.items.find((r) => r.home)?.code ?? '35.73',
  });
  return useQuery({
    queryKey: ['regions', home.data],
    queryFn: ({ signal }) => call(registryApi.listRegions, { query: { parent: home.data }, signal }),
    enabled: Boolean(home.data),
    staleTime: 24 * 60 * 60 * 1000,
    select: (d) =>
      [...d.items]
        .sort((a, b) => a.name.localeCompare(b.name, 'id'))
        .map((r) => ({ value: r.code, label: r.name })),
  });
}
