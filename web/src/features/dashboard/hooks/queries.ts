import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import { dashboardApi } from '#core/api/dashboard';
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
