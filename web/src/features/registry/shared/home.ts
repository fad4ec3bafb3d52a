import { useQuery } from '@tanstack/react-query';
// Only the regions' contract: the users page and dashboard load these hooks (issue 10).
import { regionsApi } from '#core/api/registry/regions';
import { call } from '#web/lib/client';

/** Kota Malang: used until the server has said which city is home (or when it cannot). */
export const DEFAULT_HOME_REGION = '35.73';

/**
 * The configured home city (HOME_REGION_CODE on the server), whose kecamatan the pickers offer.
 * The regions API lists home regions first, so the first regency is the home city.
 */
export function useHomeRegion(): string {
  const { data } = useQuery({
    queryKey: ['regions', 'home'],
    queryFn: ({ signal }) => call(regionsApi.listRegions, { query: { level: 'regency', limit: 1 }, signal }),
    staleTime: Number.POSITIVE_INFINITY,
    select: (list) => list.items.find((r) => r.home)?.code,
  });
  return data ?? DEFAULT_HOME_REGION;
}
