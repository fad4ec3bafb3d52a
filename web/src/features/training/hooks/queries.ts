import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { trainingApi as api } from '#core/api/training';
import type {
  CreateEventBody,
  CreateProgramBody,
  Registration,
  RegistrationBody,
  ScoresBody,
  TrainingEvent,
  UpdateEventBody,
} from '#core/schemas/training';
import { useSignedInUser } from '#web/app/session';
import { call } from '#web/lib/client';
import { cachedRead } from '#web/lib/field-cache';

/* TanStack Query hooks over the training route table. */

export const useEvents = () =>
  useQuery({ queryKey: ['training', 'events'], queryFn: ({ signal }) => call(api.listEvents, { signal }) });

export const usePrograms = () =>
  useQuery({
    queryKey: ['training', 'programs'],
    queryFn: ({ signal }) => call(api.listPrograms, { signal }),
  });

export const useTrainers = (enabled = true) =>
  useQuery({
    queryKey: ['training', 'trainers'],
    queryFn: ({ signal }) => call(api.listTrainers, { signal }),
    enabled,
  });

export function useSaveProgram(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateProgramBody>) =>
      id ? call(api.updateProgram, { params: { id }, body }) : call(api.createProgram, { body }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['training', 'programs'] }),
  });
}

export const useEvent = (id: string) =>
  useQuery({
    queryKey: ['training', 'event', id],
    queryFn: ({ signal }) => call(api.getEvent, { params: { id }, signal }),
  });

const perEvent = <K extends string>(key: K) => key;

export const useRegistrations = (id: string) =>
  useQuery({
    queryKey: ['training', 'event', id, perEvent('registrations')],
    queryFn: ({ signal }) => call(api.listRegistrations, { params: { id }, signal }),
  });

/*
 * The check-in page opens at a venue with no signal, so it alone keeps a copy in the field cache
 * (IndexedDB, forgotten at sign-out) — and only what it reads: the event's title and sessions, and
 * each registration's code, name and status (no phone, email, business or scores). The tabs read
 * the full lists online only.
 */
const checkInEvent = ({ id, title, sessions }: TrainingEvent) => ({ id, title, sessions });
const checkInPerson = ({ code, name, status }: Registration) => ({ code, name, status });

/** The event as check-in needs it (kept for offline use). */
export function useCheckInEvent(id: string) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['training', 'event', id, 'check-in', 'event'],
    queryFn: ({ signal }) =>
      cachedRead(user.id, `check-in-event-${id}`, () =>
        call(api.getEvent, { params: { id }, signal }).then(checkInEvent),
      ),
  });
}

/** The names to search at check-in, by ticket code (kept for offline use). */
export function useCheckInList(id: string) {
  const user = useSignedInUser();
  return useQuery({
    queryKey: ['training', 'event', id, 'check-in', 'registrations'],
    queryFn: ({ signal }) =>
      cachedRead(user.id, `check-in-registrations-${id}`, () =>
        call(api.listRegistrations, { params: { id }, signal }).then((list) => ({
          items: list.items.map(checkInPerson),
        })),
      ),
  });
}

export const useAttendance = (id: string) =>
  useQuery({
    queryKey: ['training', 'event', id, 'attendance'],
    queryFn: ({ signal }) => call(api.listAttendance, { params: { id }, signal }),
  });

export const useAssessments = (id: string, enabled = true) =>
  useQuery({
    queryKey: ['training', 'event', id, 'assessments'],
    queryFn: ({ signal }) => call(api.getAssessments, { params: { id }, signal }),
    enabled,
  });

export const useCertificates = (id: string) =>
  useQuery({
    queryKey: ['training', 'event', id, 'certificates'],
    queryFn: ({ signal }) => call(api.listCertificates, { params: { id }, signal }),
  });

export const useFeedback = (id: string, enabled = true) =>
  useQuery({
    queryKey: ['training', 'event', id, 'feedback'],
    queryFn: ({ signal }) => call(api.feedbackSummary, { params: { id }, signal }),
    enabled,
  });

export const useFollowups = (id: string) =>
  useQuery({
    queryKey: ['training', 'event', id, 'followups'],
    queryFn: ({ signal }) => call(api.listFollowups, { params: { id }, signal }),
  });

export const useMyRegistrations = () =>
  useQuery({
    queryKey: ['training', 'mine'],
    queryFn: ({ signal }) => call(api.myRegistrations, { signal }),
  });

function useEventMutation<V, R>(id: string, fn: (v: V) => Promise<R>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => client.invalidateQueries({ queryKey: ['training', 'event', id] }),
  });
}

export function useSaveEvent(id?: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: z.input<typeof CreateEventBody> | z.input<typeof UpdateEventBody>) =>
      id
        ? call(api.updateEvent, { params: { id }, body: body as z.input<typeof UpdateEventBody> })
        : call(api.createEvent, { body: body as z.input<typeof CreateEventBody> }),
    onSuccess: () => client.invalidateQueries({ queryKey: ['training'] }),
  });
}

export const useRegisterOnBehalf = (id: string) =>
  useEventMutation(id, (body: z.input<typeof RegistrationBody>) =>
    call(api.registerOnBehalf, { params: { id }, body, idempotencyKey: crypto.randomUUID() }),
  );

export const useCancelRegistration = (id: string) =>
  useEventMutation(id, (registrationId: string) =>
    call(api.cancelRegistration, { params: { id, registrationId } }),
  );

export const useSaveScores = (id: string) =>
  useEventMutation(id, (body: z.input<typeof ScoresBody>) =>
    call(api.saveAssessments, { params: { id }, body }),
  );

export const useIssueCertificates = (id: string) =>
  useEventMutation(id, (body: { registrationIds?: string[]; override?: { reason: string } }) =>
    call(api.issueCertificates, { params: { id }, body }),
  );

export const useRevokeCertificate = (id: string) =>
  useEventMutation(id, ({ code, reason }: { code: string; reason: string }) =>
    call(api.revokeCertificate, { params: { code }, body: { reason } }),
  );

export const useFinishEvent = (id: string) =>
  useEventMutation(id, () => call(api.finishEvent, { params: { id } }));
