import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { CreateUserBody, UpdateUserBody, User, UserList } from '#core/schemas/users';
import { api } from '#web/lib/api';

export type UserFilters = { q?: string; role?: string; active?: string; page: number; pageSize: number };

export function useUsers(filters: UserFilters) {
  return useQuery({
    queryKey: ['users', filters],
    queryFn: ({ signal }) => api<z.infer<typeof UserList>>('/users', { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useSaveUser() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id?: string; body: Partial<CreateUserBody> | UpdateUserBody }) =>
      id
        ? api<User>(`/users/${id}`, { method: 'PATCH', body })
        : api<User>('/users', { method: 'POST', body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['users'] }),
  });
}
