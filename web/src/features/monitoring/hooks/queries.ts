import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { monitoringApi } from '#core/api/monitoring';
import type { CreateFormVersionBody, ListVisitsQuery, ReviewVisitBody } from '#core/schemas/monitoring';
import { useSignedInUser } from '#web/app/session';
import { call } from '#web/lib/client';
import { cachedRead } from '#web/lib/field-cache';

export type VisitFilters = z.input<typeof ListVisitsQuery>;

/** The current visit form (kept for offline use). */
export function useCurrentForm() {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['monitoring', 'form', 'current'],
    queryFn: ({ signal }) => cachedRead(user.id, 'form', () => call(monitoringApi.currentForm, { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The version a visit was filled with (kept for offline edits too). */
export function useFormVersion(version: number | undefined) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['monitoring', 'form', version],
    enabled: version !== undefined,
    queryFn: ({ signal }) =>
      cachedRead(user.id, `form-${version}`, () =>
        call(monitoringApi.formVersion, { params: { version: version as number }, signal }),
      ),
    staleTime: Number.POSITIVE_INFINITY,
  });
}

export function useFormVersions() {
  return useQuery({
    queryKey: ['monitoring', 'form', 'versions'],
    queryFn: ({ signal }) => call(monitoringApi.formVersions, { signal }),
  });
}

export function useSaveFormVersion() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateFormVersionBody) => call(monitoringApi.createFormVersion, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['monitoring', 'form'] }),
  });
}

/** The officer's businesses with last visit and follow-up (kept for offline use). */
export function useMyBusinesses(q: string) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['monitoring', 'businesses', q],
    queryFn: ({ signal }) =>
      cachedRead(user.id, q ? `businesses-${q}` : 'businesses', () =>
        call(monitoringApi.myBusinesses, { query: { q: q || undefined, pageSize: 200 }, signal }),
      ),
    placeholderData: keepPreviousData,
  });
}

export function useFollowUps(status: 'due' | 'overdue' | 'never' | 'all', eventId?: string) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['monitoring', 'followups', status, eventId ?? null],
    queryFn: ({ signal }) =>
      cachedRead(user.id, `followups-${status}-${eventId ?? ''}`, () =>
        call(monitoringApi.followUps, { query: { status, eventId }, signal }),
      ),
  });
}

export function useVisits(filters: VisitFilters) {
  return useQuery({
    queryKey: ['monitoring', 'visits', filters],
    queryFn: ({ signal }) => call(monitoringApi.listVisits, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useVisit(id: string) {
  return useQuery({
    queryKey: ['monitoring', 'visit', id],
    queryFn: ({ signal }) => call(monitoringApi.getVisit, { params: { id }, signal }),
  });
}

export function useVisitHistory(id: string) {
  return useQuery({
    queryKey: ['monitoring', 'visit', id, 'history'],
    queryFn: ({ signal }) => call(monitoringApi.visitHistory, { params: { id }, signal }),
  });
}

export function useReviewVisit(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ReviewVisitBody) => call(monitoringApi.reviewVisit, { params: { id }, body }),
    onSuccess: (visit) => {
      client.setQueryData(['monitoring', 'visit', id], visit);
      void client.invalidateQueries({ queryKey: ['monitoring', 'visits'] });
      void client.invalidateQueries({ queryKey: ['monitoring', 'visit', id, 'history'] });
    },
  });
}

export function useFunnel(eventId: string) {
  return useQuery({
    queryKey: ['monitoring', 'funnel', eventId],
    queryFn: ({ signal }) => call(monitoringApi.funnel, { params: { eventId }, signal }),
  });
}

export function useVisitToRegistry(id: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => call(monitoringApi.visitToRegistry, { params: { id } }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['monitoring', 'visit', id] }),
  });
}
