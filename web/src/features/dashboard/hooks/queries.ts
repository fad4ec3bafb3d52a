import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { dashboardApi } from '#core/api/dashboard';
import { registryApi } from '#core/api/registry';
import type { DashboardFilters, DrillQuery } from '#core/schemas/dashboard';
import { call } from '#web/lib/client';

export type DrillInput = z.input<typeof DrillQuery>;

export function useSummary(filters: DashboardFilters) {
  return useQuery({
    queryKey: ['dashboard', 'summary', filters],
    queryFn: ({ signal }) => call(dashboardApi.summary, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNeedsMatrix(status: 'open' | 'all', districtCode: string | undefined) {
  return useQuery({
    queryKey: ['dashboard', 'matrix', status, districtCode],
    queryFn: ({ signal }) => call(dashboardApi.needsMatrix, { query: { status, districtCode }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useTargeting(districtCode: string | undefined) {
  return useQuery({
    queryKey: ['dashboard', 'targeting', districtCode],
    queryFn: ({ signal }) => call(dashboardApi.targeting, { query: { districtCode }, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useDrill(query: DrillInput | null) {
  return useQuery({
    queryKey: ['dashboard', 'drill', query],
    queryFn: ({ signal }) => call(dashboardApi.drill, { query: query as DrillInput, signal }),
    enabled: Boolean(query),
    placeholderData: keepPreviousData,
  });
}

/** The city's kecamatan, by name. */
export function useKecamatan() {
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
