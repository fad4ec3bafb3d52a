import { z } from 'zod';
import { DEFAULT_FOLLOWUP_OFFSETS } from '#core/domain/training';

/*
 * The training API contract, part 1: programs, events and their sessions. Messages are
 * `training:` catalog keys, translated by the server's error handler and the web forms.
 */

export const msg = (key: string) => `training:${key}`;

const day = z.iso.date({ error: msg('fields.date') });
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: msg('fields.time') });
const text = (max: number, required = 'fields.required') =>
  z
    .string({ error: msg(required) })
    .trim()
    .min(1, { error: msg(required) })
    .max(max, { error: msg('fields.tooLong') });
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: msg('fields.tooLong') })
    .optional()
    .transform((v) => (v === '' ? undefined : v));

export const LocalizedTitle = z.strictObject({
  id: text(200, 'fields.titleRequired'),
  en: text(200, 'fields.titleRequired'),
});

export const FollowupOffsets = z
  .array(
    z
      .number({ error: msg('fields.offset') })
      .int({ error: msg('fields.offset') })
      .min(1, { error: msg('fields.offset') })
      .max(60, { error: msg('fields.offset') }),
  )
  .min(1, { error: msg('fields.offsetsRequired') })
  .max(12)
  .transform((v) => [...new Set(v)].sort((a, b) => a - b));

export const SessionInput = z
  .strictObject({
    /** An existing session's id when editing; absent for a new one. */
    id: z.uuid().optional(),
    date: day,
    start: clock,
    end: clock,
    topic: text(200, 'fields.topicRequired'),
  })
  .refine((s) => s.end > s.start, { error: msg('fields.endBeforeStart'), path: ['end'] });
export type SessionInput = z.infer<typeof SessionInput>;

export const AttendanceRule = z.strictObject({
  minShare: z
    .number({ error: msg('fields.minShare') })
    .gt(0, { error: msg('fields.minShare') })
    .max(1, { error: msg('fields.minShare') }),
});

const eventFields = {
  programId: z.uuid().optional(),
  title: LocalizedTitle,
  subsector: optionalText(60),
  startDate: day,
  endDate: day,
  capacity: z
    .number({ error: msg('fields.capacity') })
    .int({ error: msg('fields.capacity') })
    .min(1, { error: msg('fields.capacity') })
    .max(10_000, { error: msg('fields.capacity') }),
  venue: text(200, 'fields.venueRequired'),
  organizer: optionalText(200),
  signatoryName: optionalText(120),
  signatoryTitle: optionalText(160),
  description: optionalText(4000),
  waitlist: z.boolean().optional(),
  registrationOpensAt: z.iso
    .datetime({ offset: true, error: msg('fields.datetime') })
    .nullable()
    .optional(),
  registrationClosesAt: z.iso
    .datetime({ offset: true, error: msg('fields.datetime') })
    .nullable()
    .optional(),
  attendanceRule: AttendanceRule.optional(),
  followupOffsets: FollowupOffsets.optional(),
  trainerIds: z.array(z.uuid()).max(20).optional(),
  sessions: z
    .array(SessionInput)
    .min(1, { error: msg('fields.sessionsRequired') })
    .max(60),
};

type Dated = {
  startDate?: string;
  endDate?: string;
  sessions?: { date: string }[];
  registrationOpensAt?: string | null;
  registrationClosesAt?: string | null;
};

function dateRules(v: Dated, ctx: z.RefinementCtx) {
  if (v.startDate && v.endDate && v.endDate < v.startDate)
    ctx.addIssue({ code: 'custom', message: msg('fields.endDateBeforeStart'), path: ['endDate'] });
  if (v.startDate && v.endDate)
    for (const [i, s] of (v.sessions ?? []).entries())
      if (s.date < v.startDate || s.date > v.endDate)
        ctx.addIssue({
          code: 'custom',
          message: msg('fields.sessionOutsideEvent'),
          path: ['sessions', i, 'date'],
        });
  if (v.registrationOpensAt && v.registrationClosesAt && v.registrationClosesAt <= v.registrationOpensAt)
    ctx.addIssue({ code: 'custom', message: msg('fields.windowOrder'), path: ['registrationClosesAt'] });
}

export const CreateEventBody = z.strictObject(eventFields).superRefine(dateRules);
export type CreateEventBody = z.infer<typeof CreateEventBody>;

export const UpdateEventBody = z
  .strictObject({
    ...eventFields,
    title: LocalizedTitle.optional(),
    startDate: day.optional(),
    endDate: day.optional(),
    capacity: eventFields.capacity.optional(),
    venue: eventFields.venue.optional(),
    sessions: eventFields.sessions.optional(),
  })
  .superRefine(dateRules);
export type UpdateEventBody = z.infer<typeof UpdateEventBody>;

export const Session = z.object({
  id: z.uuid(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  topic: z.string(),
});
export type Session = z.infer<typeof Session>;

export const EventPermissions = z.object({
  edit: z.boolean(),
  register: z.boolean(),
  attendance: z.boolean(),
  scores: z.boolean(),
  certificates: z.boolean(),
  override: z.boolean(),
  revoke: z.boolean(),
  finish: z.boolean(),
});

export const TrainingEvent = z.object({
  id: z.uuid(),
  programId: z.string().nullable(),
  programName: z.string().nullable(),
  title: z.object({ id: z.string(), en: z.string() }),
  subsector: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string(),
  organizer: z.string(),
  signatoryName: z.string().nullable(),
  signatoryTitle: z.string().nullable(),
  description: z.string().nullable(),
  capacity: z.number().int(),
  waitlist: z.boolean(),
  registrationOpensAt: z.string().nullable(),
  registrationClosesAt: z.string().nullable(),
  attendanceRule: z.object({ minShare: z.number() }),
  followupOffsets: z.array(z.number().int()),
  trainerIds: z.array(z.string()),
  status: z.enum(['scheduled', 'finished']),
  finishedAt: z.string().nullable(),
  sessions: z.array(Session),
  counts: z.object({
    registered: z.number().int(),
    waitlisted: z.number().int(),
    cancelled: z.number().int(),
  }),
  permissions: EventPermissions,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type TrainingEvent = z.infer<typeof TrainingEvent>;

export const EventListItem = TrainingEvent.omit({ sessions: true, description: true });
export const EventList = z.object({ items: z.array(EventListItem) });

export const ListEventsQuery = z.object({
  status: z.enum(['scheduled', 'finished']).optional(),
  q: z.string().trim().max(100).optional(),
});

export const FinishResult = z.object({ event: TrainingEvent, enrolled: z.number().int() });

/** What anyone may read about an event before registering. */
export const PublicEvent = z.object({
  id: z.uuid(),
  title: z.object({ id: z.string(), en: z.string() }),
  subsector: z.string().nullable(),
  startDate: z.string(),
  endDate: z.string(),
  venue: z.string(),
  organizer: z.string(),
  description: z.string().nullable(),
  sessions: z.array(Session.omit({ id: true })),
  registration: z.object({
    open: z.boolean(),
    /** Why not: not yet open, closed, finished or full (without a waiting list). */
    reason: z.enum(['not_open', 'closed', 'finished', 'full']).nullable(),
    opensAt: z.string().nullable(),
    closesAt: z.string().nullable(),
    seatsLeft: z.number().int(),
    waitlist: z.boolean(),
  }),
});
export type PublicEvent = z.infer<typeof PublicEvent>;

// ── Programs ──────────────────────────────────────────────────────────────────────────────

export const CreateProgramBody = z.strictObject({
  name: text(200, 'fields.nameRequired'),
  description: optionalText(4000),
  followupOffsets: FollowupOffsets.default([...DEFAULT_FOLLOWUP_OFFSETS]),
});
export const UpdateProgramBody = z.strictObject({
  name: text(200, 'fields.nameRequired').optional(),
  description: optionalText(4000),
  followupOffsets: FollowupOffsets.optional(),
});
export const Program = z.object({
  id: z.uuid(),
  name: z.string(),
  description: z.string().nullable(),
  followupOffsets: z.array(z.number().int()),
  eventCount: z.number().int(),
});
export const ProgramList = z.object({ items: z.array(Program) });

/** Trainer accounts an event may be given (the event form's picker). */
export const TrainerList = z.object({ items: z.array(z.object({ id: z.uuid(), name: z.string() })) });
