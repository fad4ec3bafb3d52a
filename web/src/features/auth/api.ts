import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Me, MeResponse, SetupStatus } from '#core/schemas/auth';
import { ApiError, api } from '#web/lib/api';

export type MeResult = z.infer<typeof MeResponse>;

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup-status'],
    queryFn: () => api<z.infer<typeof SetupStatus>>('/auth/setup'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useQuery({
    queryKey: ['me'],
    queryFn: async (): Promise<Me | null> => {
      try {
        return (await api<MeResult>('/auth/me')).user;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    staleTime: 60_000,
  });
}

export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser outside a signed-in route');
  return data;
}

export function useSessionActions() {
  const client = useQueryClient();
  return {
    signedIn: (user: Me) => {
      client.clear();
      client.setQueryData(['me'], user);
      client.setQueryData(['setup-status'], { setupRequired: false });
    },
    signedOut: () => {
      // "Nobody" first, then the rest of the cache: clearing everything at once left the
      // session query empty for a moment, and the pages reloading it remounted the sign-in form.
      client.setQueryData(['me'], null);
      // Known: someone was signed in, so setup is done; refetching it would remount the sign-in form.
      client.setQueryData(['setup-status'], { setupRequired: false });
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup-status' });
    },
  };
}
