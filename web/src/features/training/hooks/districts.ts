import { useQuery } from '@tanstack/react-query';
import { trainingApi } from '#core/api/training';
import { call } from '#web/lib/client';

/** The home city's kecamatan for the registration form's picker (public: no account needed). */
export function useDistricts() {
  const q = useQuery({
    queryKey: ['training', 'districts'],
    queryFn: ({ signal }) => call(trainingApi.publicDistricts, { signal }),
    staleTime: 60 * 60_000,
  });
  return (q.data?.items ?? []).map((d) => ({ value: d.code, label: d.name }));
}
