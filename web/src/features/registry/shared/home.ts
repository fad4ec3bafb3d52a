import { useQuery } from '@tanstack/react-query';

/** Kota Malang: the configured home city until the API says otherwise. */
export const DEFAULT_HOME_REGION = '35.73';

/** The home city (regency) code whose kecamatan the pickers offer first. */
export function useHomeRegion(): string {
  const { data } = useQuery({
    queryKey: ['registry-home'],
    queryFn: async () => DEFAULT_HOME_REGION,
    staleTime: Number.POSITIVE_INFINITY,
  });
  return data ?? DEFAULT_HOME_REGION;
}
