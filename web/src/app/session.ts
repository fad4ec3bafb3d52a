import { useQuery, useQueryClient } from '@tanstack/react-query';
import { authApi } from '#core/api/auth';
import { type Me, MeResponse, type Permission } from '#core/schemas/auth';
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

/*
 * The last session answer is remembered on this device, so the app reopened with no network
 * (the service worker serves the shell) still knows who is signed in and what they may do.
 * The server stays the judge: every request still carries the session cookie; a 401 forgets it.
 */
const REMEMBERED_KEY = 'bk_me';

function remember(answer: MeResponse | null) {
  try {
    if (answer) localStorage.setItem(REMEMBERED_KEY, JSON.stringify(answer));
    else localStorage.removeItem(REMEMBERED_KEY);
  } catch {}
}

/** The remembered session answer, if any (and still of today's shape). */
export function rememberedSession(): MeResponse | null {
  try {
    const text = localStorage.getItem(REMEMBERED_KEY);
    if (!text) return null;
    const parsed = MeResponse.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const isNetworkError = (error: unknown) => error instanceof ApiError && error.status === 0;

export function useSetupStatus() {
  return useQuery({
    queryKey: ['setup-status'],
    queryFn: async () => {
      try {
        return await call(authApi.setupStatus);
      } catch (error) {
        // Someone signed in on this device before: setup is done.
        if (isNetworkError(error) && rememberedSession()) return { setupRequired: false };
        throw error;
      }
    },
    staleTime: Number.POSITIVE_INFINITY,
    // Runs (and falls back) offline too, instead of waiting for the network.
    networkMode: 'always',
  });
}

function useSessionQuery<T>(select: (answer: MeResponse | null) => T) {
  return useQuery({
    queryKey: SESSION_KEY,
    queryFn: async (): Promise<MeResponse | null> => {
      try {
        const answer = adopt(await call(authApi.me));
        remember(answer);
        return answer;
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) {
          remember(null);
          return null;
        }
        const known = isNetworkError(error) ? rememberedSession() : null;
        if (known) return adopt(known);
        throw error;
      }
    },
    select,
    staleTime: 60_000,
    networkMode: 'always',
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

/** True after the person signed out here: the sign-in page then starts fresh, not at their last page. */
let signedOutHere = false;
export const signedOutOnPurpose = () => signedOutHere;

export function useSessionActions() {
  const client = useQueryClient();
  return {
    signedIn: (answer: MeResponse) => {
      signedOutHere = false;
      remember(answer);
      client.clear();
      client.setQueryData(SESSION_KEY, adopt(answer));
      client.setQueryData(['setup-status'], { setupRequired: false });
    },
    /** A fresh session answer after a profile change (name, language). */
    updated: (answer: MeResponse) => {
      remember(answer);
      client.setQueryData(SESSION_KEY, adopt(answer));
    },
    current: () => client.getQueryData<MeResponse | null>(SESSION_KEY) ?? null,
    signedOut: () => {
      signedOutHere = true;
      remember(null);
      // "Nobody" first, then the rest of the cache: clearing everything at once left the
      // session query empty for a moment, and the pages reloading it remounted the sign-in form.
      client.setQueryData(SESSION_KEY, null);
      // Known: someone was signed in, so setup is done; refetching it would remount the sign-in form.
      client.setQueryData(['setup-status'], { setupRequired: false });
      client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' && q.queryKey[0] !== 'setup-status' });
    },
  };
}
