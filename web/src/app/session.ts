import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '#core/api/auth';
import type { Me, MeResponse, Permission } from '#core/schemas/auth';
import { setOfficeTimeZone } from '#core/time';
import { ApiError } from '#web/lib/api';
import { call } from '#web/lib/client';

/*
 * The signed-in session: who, what they may do (the server's permissions, never re-derived
 * from the role here) and the office's calendar. One query, `['me']`, holds the whole answer.
 */

const SESSION_KEY = ['me'] as const;

function adopt(answer: MeResponse): MeResponse {
  setOfficeTimeZone(answer.office.timeZone);
  return answer;
}

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup-status'],
    queryFn: () => call(authApi.setupStatus),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

function useSessionQuery<T>(select: (answer: MeResponse | null) => T) {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<MeResponse | null> => {
      try {
        return adopt(await call(authApi.me));
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return null;
        throw error;
      }
    },
    select,
    staleTime: 60_000,
  });
}

/** The signed-in user, or null when there is no session. */
export function useMe() {
  return useSessionQuery((answer) => answer?.user ?? null);
}

export function useSignedInUser(): Me {
  const { data } = useMe();
  if (!data) throw new Error('useSignedInUser outside a signed-in route');
  return data;
}

const NO_PERMISSIONS: Permission[] = [];

/** What the signed-in person may do, as the server's policies say. */
export function usePermissions(): Permission[] {
  return useSessionQuery((answer) => answer?.permissions ?? NO_PERMISSIONS).data ?? NO_PERMISSIONS;
}

export function useCan(permission: Permission): boolean {
  return usePermissions().includes(permission);
}

export function useSessionActions() {
  const client = useQueryClient();
  return {
    signedIn: (answer: MeResponse) => {
      client.clear();
      client.setQueryData(SESSION_KEY, adopt(answer));
      client.setQueryData(['setup-status'], { setupRequired: false });
    },
    /** A fresh session answer after a profile change (name, language). */
    updated: (answer: MeResponse) => client.setQueryData(SESSION_KEY, adopt(answer)),
    current: () => client.getQueryData<MeResponse | null>(SESSION_KEY) ?? null,
    signedOut: () => {
      // "Nobody" first, then the rest of the cache: clearing everything at once left the
      // session query empty for a moment, and the pages reloading it remounted the sign-in form.
      client.setQueryData(SESSION_KEY, null);
      // Known: someone was signed in, so setup is done; refetching it would remount the sign-in form.
      client.setQueryData(['setup-status'], { setupRequired: false });
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup-status' });
    },
  };
}
