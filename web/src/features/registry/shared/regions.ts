import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
// Only the regions' contract: the users page and dashboard load these hooks (issue 10).
import { regionsApi } from '#core/api/registry/regions';
import { call } from '#web/lib/client';
import { useHomeRegion } from './home';
import type { Region } from './types';

/** Kemendagri children of one region (kecamatan of a city, kelurahan of a kecamatan). */
export function useRegions(parent: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', parent],
    queryFn: ({ signal }) => call(regionsApi.listRegions, { query: { parent: parent ?? undefined }, signal }),
    enabled: Boolean(parent),
    // Administrative regions change by regulation, not by the minute.
    staleTime: 24 * 60 * 60 * 1000,
    select: (data): Region[] => [...data.items].sort((a, b) => a.name.localeCompare(b.name, 'id')),
  });
}

export const regionOptions = (regions: Region[] | undefined) =>
  (regions ?? []).map((r) => ({ value: r.code, label: r.name }));

/** The home city's kecamatan as picker options ({ value: code, label: name }), sorted by name. */
export function useHomeKecamatanOptions() {
  const regions = useRegions(useHomeRegion());
  const data = useMemo(() => (regions.data ? regionOptions(regions.data) : undefined), [regions.data]);
  return { data, isLoading: regions.isLoading, isError: regions.isError };
}
