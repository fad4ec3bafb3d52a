import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { usersApi } from '#core/api/users';
import type { CreateUserBody, ListUsersQuery, UpdateUserBody } from '#core/schemas/users';
import { call } from '#web/lib/client';

export type UserFilters = z.input<typeof ListUsersQuery>;

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: ['users', filters],
    queryFn: ({ signal }) => call(usersApi.list, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

/** Creates a user, or updates the one with `id` (only the fields sent change). */
export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    // The form's values fit either body; the server's schema has the last word on a new user.
    mutationFn: ({ id, body }: { id?: string; body: z.input<typeof UpdateUserBody> }) =>
      id
        ? call(usersApi.update, { params: { id }, body })
        : call(usersApi.create, { body: body as z.input<typeof CreateUserBody> }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}

/** Lifts an account's sign-in lock (the server records who did it). */
export function useUnlockSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(usersApi.unlockSignIn, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
