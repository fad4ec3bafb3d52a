import { meetsRule } from '#core/domain/training';
import { addMonths } from '#core/time';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden } from '#server/lib/errors';
import { canFinishEvent, registrationScope } from '../policy';
import { lockEvent, sessionsOf, updateEvent } from '../queries/events';
import * as q from '../queries/outcomes';
import { listRegistrations } from '../queries/registrations';
import { loadViewableEvent, requireActor } from './access';
import { eventAnswer } from './events';
import { eventFinishedHook } from './finish-hook';

/**
 * Closes the event and enrolls every participant who met the attendance rule in the
 * follow-up schedule: one due date per offset (months after the event's last day).
 */
export async function finishEvent(ctx: ServiceContext, eventId: string) {
  const actor = requireActor(ctx);
  const viewable = await loadViewableEvent(ctx, eventId);
  if (!canFinishEvent(actor, viewable)) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const event = (await lockEvent(tx, eventId))!;
    if (event.finishedAt) throw new AppError('conflict', 'training:errors.alreadyFinished');
    const sessions = await sessionsOf(tx, eventId);
    const regs = await listRegistrations(tx, eventId, null);
    const cohort = regs.filter(
      (r) => r.status === 'registered' && meetsRule(r.attended, sessions.length, event.minShare),
    );
    await q.insertFollowups(
      tx,
      cohort.flatMap((r) =>
        event.followupOffsets.map((offset) => ({
          eventId,
          registrationId: r.id,
          ownerId: r.ownerId,
          businessId: r.businessId,
          districtCode: r.districtCode,
          offsetMonths: offset,
          dueDate: addMonths(event.endDate, offset),
        })),
      ),
    );
    const row = await updateEvent(tx, eventId, { finishedAt: new Date() });
    await eventFinishedHook()(tx, ctx, {
      eventId,
      title: event.titleId,
      endDate: event.endDate,
      organizer: event.organizer,
      businessIds: [...new Set(cohort.flatMap((r) => (r.businessId ? [r.businessId] : [])))],
    });
    await recordAudit(tx, ctx, {
      action: 'training.event_finish',
      entityType: 'training_event',
      entityId: eventId,
      after: { enrolled: cohort.length, offsets: event.followupOffsets },
    });
    return { event: await eventAnswer(ctx, tx, row), enrolled: cohort.length };
  });
}

export async function listEventFollowups(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  const scope = registrationScope(ctx.actor, event);
  if (!scope) throw forbidden();
  const rows = await q.followupsOfEvent(ctx.db, eventId, scope.all ? null : scope.districtCodes);
  return {
    items: rows.map((r) => ({
      id: r.f.id,
      registrationId: r.f.registrationId,
      name: r.name,
      businessId: r.f.businessId,
      businessName: r.businessName,
      districtCode: r.f.districtCode,
      offsetMonths: r.f.offsetMonths,
      dueDate: r.f.dueDate,
      fulfilledAt: r.f.fulfilledAt?.toISOString() ?? null,
    })),
  };
}

export type DueFollowup = {
  id: string;
  eventId: string;
  eventTitle: { id: string; en: string };
  programId: string | null;
  registrationId: string;
  ownerId: string;
  businessId: string | null;
  businessName: string | null;
  participantName: string;
  districtCode: string | null;
  offsetMonths: number;
  /** Months after the event's last day; the window runs from here to the next offset. */
  dueDate: string;
  eventEndDate: string;
  fulfilledAt: Date | null;
};

/**
 * The follow-up schedule for monitoring: every trained cohort's due visits, per business or
 * per event, within the kecamatan the caller may see (`districtCodes: null` = all). Monitoring
 * decides due / overdue / never from the dates and its visits, and fulfils them with
 * `fulfillFollowup`.
 */
export async function listDueFollowups(db: Queryable, filter: q.DueFollowupFilter): Promise<DueFollowup[]> {
  const rows = await q.dueFollowups(db, filter);
  return rows.map((r) => ({
    id: r.f.id,
    eventId: r.f.eventId,
    eventTitle: { id: r.eventTitleId, en: r.eventTitleEn },
    programId: r.programId,
    registrationId: r.f.registrationId,
    ownerId: r.f.ownerId,
    businessId: r.f.businessId,
    businessName: r.businessName,
    participantName: r.name,
    districtCode: r.f.districtCode,
    offsetMonths: r.f.offsetMonths,
    dueDate: r.f.dueDate,
    eventEndDate: r.eventEndDate,
    fulfilledAt: r.f.fulfilledAt,
  }));
}

/** Marks one due follow-up as done (inside the caller's transaction); false if it already was. */
export async function fulfillFollowup(tx: Queryable, followupId: string, at: Date, by: string | null) {
  return Boolean(await q.markFollowupFulfilled(tx, followupId, at, by));
}
