import { DEFAULT_FOLLOWUP_OFFSETS, DEFAULT_MIN_SHARE } from '#core/domain/training';
import type { CreateEventBody, TrainingEvent, UpdateEventBody } from '#core/schemas/training';
import type { Queryable } from '#server/db/client';
import { findUserById } from '#server/features/auth/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden } from '#server/lib/errors';
import { canManageEvents, registrationScope } from '../policy';
import { presentEvent } from '../present';
import { countAttendanceOfSessions } from '../queries/attendance';
import * as q from '../queries/events';
import { countRegistered } from '../queries/registrations';
import { loadViewableEvent, requireActor } from './access';
import { promoteWaiting } from './waitlist';

const DEFAULT_ORGANIZER = 'Dinas Koperasi, Perindustrian dan Perdagangan';

export async function eventAnswer(
  ctx: ServiceContext,
  db: Queryable,
  row: q.EventRow,
): Promise<TrainingEvent> {
  const [sessions, counts, programs] = await Promise.all([
    q.sessionsOf(db, row.id),
    q.countsOf(db, [row.id]),
    q.programNames(db, row.programId ? [row.programId] : []),
  ]);
  return presentEvent(
    row,
    {
      sessions,
      counts: counts.get(row.id)!,
      programName: row.programId ? (programs.get(row.programId) ?? null) : null,
    },
    ctx.actor,
  );
}

export async function listEvents(
  ctx: ServiceContext,
  query: { status?: 'scheduled' | 'finished'; q?: string },
) {
  const actor = requireActor(ctx);
  if (!registrationScope(actor, { trainerIds: [] }) && actor.role !== 'trainer') throw forbidden();
  const rows = await q.listEvents(ctx.db, {
    ...query,
    ...(actor.role === 'trainer' ? { trainerId: actor.id } : {}),
  });
  const ids = rows.map((r) => r.id);
  const counts = await q.countsOf(ctx.db, ids);
  const programs = await q.programNames(ctx.db, [
    ...new Set(rows.flatMap((r) => (r.programId ? [r.programId] : []))),
  ]);
  return {
    items: rows.map((row) => {
      const {
        sessions: _s,
        description: _d,
        ...item
      } = presentEvent(
        row,
        {
          sessions: [],
          counts: counts.get(row.id)!,
          programName: row.programId ? (programs.get(row.programId) ?? null) : null,
        },
        ctx.actor,
      );
      return item;
    }),
  };
}

export async function getEvent(ctx: ServiceContext, id: string) {
  const row = await loadViewableEvent(ctx, id);
  return eventAnswer(ctx, ctx.db, row);
}

async function checkTrainers(ctx: ServiceContext, ids: string[] | undefined) {
  for (const [i, id] of (ids ?? []).entries()) {
    const user = await findUserById(ctx.db, id);
    if (user?.role !== 'trainer' || !user.active)
      throw fieldError(`trainerIds.${i}`, 'training:errors.notATrainer');
  }
}

async function programOffsets(ctx: ServiceContext, programId: string | undefined) {
  if (!programId) return undefined;
  const program = await q.findProgram(ctx.db, programId);
  if (!program) throw fieldError('programId', 'training:errors.programNotFound');
  return program.followupOffsets;
}

const when = (value: string | null | undefined) =>
  value === undefined ? undefined : value === null ? null : new Date(value);

export async function createEvent(ctx: ServiceContext, input: CreateEventBody) {
  const actor = requireActor(ctx);
  if (!canManageEvents(actor)) throw forbidden();
  await checkTrainers(ctx, input.trainerIds);
  const offsets = input.followupOffsets ??
    (await programOffsets(ctx, input.programId)) ?? [...DEFAULT_FOLLOWUP_OFFSETS];
  return ctx.db.transaction(async (tx) => {
    const row = await q.insertEvent(tx, {
      programId: input.programId ?? null,
      titleId: input.title.id,
      titleEn: input.title.en,
      subsector: input.subsector ?? null,
      startDate: input.startDate,
      endDate: input.endDate,
      venue: input.venue,
      organizer: input.organizer ?? DEFAULT_ORGANIZER,
      signatoryName: input.signatoryName ?? null,
      signatoryTitle: input.signatoryTitle ?? null,
      description: input.description ?? null,
      capacity: input.capacity,
      waitlist: input.waitlist ?? true,
      registrationOpensAt: when(input.registrationOpensAt) ?? null,
      registrationClosesAt: when(input.registrationClosesAt) ?? null,
      minShare: input.attendanceRule?.minShare ?? DEFAULT_MIN_SHARE,
      followupOffsets: offsets,
      trainerIds: [...new Set(input.trainerIds ?? [])],
      createdBy: actor.id,
    });
    await q.insertSessions(
      tx,
      input.sessions.map((s, position) => ({
        eventId: row.id,
        date: s.date,
        startTime: s.start,
        endTime: s.end,
        topic: s.topic,
        position,
      })),
    );
    const answer = await eventAnswer(ctx, tx, row);
    await recordAudit(tx, ctx, {
      action: 'training.event_create',
      entityType: 'training_event',
      entityId: row.id,
      after: answer,
    });
    return answer;
  });
}

async function replaceSessions(
  tx: Queryable,
  eventId: string,
  sessions: NonNullable<UpdateEventBody['sessions']>,
) {
  const current = await q.sessionsOf(tx, eventId);
  const known = new Set(current.map((s) => s.id));
  for (const [i, s] of sessions.entries())
    if (s.id && !known.has(s.id)) throw fieldError(`sessions.${i}.id`, 'training:errors.sessionNotFound');
  const kept = new Set(sessions.flatMap((s) => (s.id ? [s.id] : [])));
  const dropped = current.filter((s) => !kept.has(s.id)).map((s) => s.id);
  // Sessions with recorded attendance are history: an edit cannot remove them.
  if ((await countAttendanceOfSessions(tx, dropped)) > 0)
    throw fieldError('sessions', 'training:errors.sessionHasAttendance');
  await q.deleteSessions(tx, dropped);
  for (const [position, s] of sessions.entries()) {
    const values = { date: s.date, startTime: s.start, endTime: s.end, topic: s.topic, position };
    if (s.id) await q.updateSession(tx, s.id, values);
    else await q.insertSessions(tx, [{ eventId, ...values }]);
  }
}

export async function updateEvent(ctx: ServiceContext, id: string, input: UpdateEventBody) {
  const actor = requireActor(ctx);
  if (!canManageEvents(actor)) throw forbidden();
  await checkTrainers(ctx, input.trainerIds);
  if (input.programId) await programOffsets(ctx, input.programId);
  return ctx.db.transaction(async (tx) => {
    const current = await q.lockEvent(tx, id);
    if (!current) throw new AppError('not_found', 'training:errors.eventNotFound');
    const before = await eventAnswer(ctx, tx, current);
    const startDate = input.startDate ?? current.startDate;
    const endDate = input.endDate ?? current.endDate;
    if (endDate < startDate) throw fieldError('endDate', 'training:fields.endDateBeforeStart');
    if (input.capacity !== undefined && input.capacity < (await countRegistered(tx, id)))
      throw fieldError('capacity', 'training:errors.capacityBelowRegistered', {
        registered: await countRegistered(tx, id),
      });
    if (input.sessions) await replaceSessions(tx, id, input.sessions);
    const row = await q.updateEvent(tx, id, {
      ...(input.programId !== undefined ? { programId: input.programId } : {}),
      ...(input.title ? { titleId: input.title.id, titleEn: input.title.en } : {}),
      ...(input.subsector !== undefined ? { subsector: input.subsector } : {}),
      startDate,
      endDate,
      ...(input.venue ? { venue: input.venue } : {}),
      ...(input.organizer ? { organizer: input.organizer } : {}),
      ...(input.signatoryName !== undefined ? { signatoryName: input.signatoryName } : {}),
      ...(input.signatoryTitle !== undefined ? { signatoryTitle: input.signatoryTitle } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.capacity !== undefined ? { capacity: input.capacity } : {}),
      ...(input.waitlist !== undefined ? { waitlist: input.waitlist } : {}),
      ...(input.registrationOpensAt !== undefined
        ? { registrationOpensAt: when(input.registrationOpensAt) }
        : {}),
      ...(input.registrationClosesAt !== undefined
        ? { registrationClosesAt: when(input.registrationClosesAt) }
        : {}),
      ...(input.attendanceRule ? { minShare: input.attendanceRule.minShare } : {}),
      ...(input.followupOffsets ? { followupOffsets: input.followupOffsets } : {}),
      ...(input.trainerIds ? { trainerIds: [...new Set(input.trainerIds)] } : {}),
    });
    // More seats: the first people waiting move up now.
    await promoteWaiting(tx, ctx, row);
    const after = await eventAnswer(ctx, tx, row);
    await recordAudit(tx, ctx, {
      action: 'training.event_update',
      entityType: 'training_event',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
