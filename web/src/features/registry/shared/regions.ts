import { useQuery } from '@tanstack/react-query';
import { api } from '#web/lib/api';
import type { Region, RegionList } from './types';

/** Kemendagri children of one region (kecamatan of a city, kelurahan of a kecamatan). */
export function useRegions(parent: string | null | undefined) {
  return useQuery({
    queryKey: ['regions', parent],
    queryFn: ({ signal }) => api<RegionList>('/regions', { query: { parent: parent ?? undefined }, signal }),
    enabled: Boolean(parent),
    // Administrative regions change by regulation, not by the minute.
    staleTime: 24 * 60 * 60 * 1000,
    select: (data): Region[] => [...data.items].sort((a, b) => a.name.localeCompare(b.name, 'id')),
  });
}

export const regionOptions = (regions: Region[] | undefined) =>
  (regions ?? []).map((r) => ({ value: r.code, label: r.name }));
