import type { Queryable } from '#server/db/client';
import { findEvent } from '../queries/events';
import { listDueFollowups } from './followups';

/*
 * The cohorts' follow-up schedules in the shape monitoring reads them (its ScheduleSource,
 * wired in server/app.ts): one member per participant business of a finished event, with the
 * due visits stored when the event was finished. Participants without a business cannot be
 * visited and are left out.
 */

type DueVisit = { offsetMonths: number; dueDate: string };
type Member = {
  eventId: string;
  programId: string | null;
  eventTitle: { id: string; en: string };
  eventEndDate: string;
  businessId: string;
  dueVisits: DueVisit[];
};

async function members(db: Queryable, filter: { businessIds?: readonly string[]; eventId?: string }) {
  const rows = await listDueFollowups(db, { districtCodes: null, ...filter });
  const byKey = new Map<string, Member>();
  for (const r of rows) {
    if (!r.businessId) continue;
    const key = `${r.eventId}:${r.businessId}`;
    let m = byKey.get(key);
    if (!m) {
      m = {
        eventId: r.eventId,
        programId: r.programId,
        eventTitle: r.eventTitle,
        eventEndDate: r.eventEndDate,
        businessId: r.businessId,
        dueVisits: [],
      };
      byKey.set(key, m);
    }
    if (!m.dueVisits.some((d) => d.offsetMonths === r.offsetMonths))
      m.dueVisits.push({ offsetMonths: r.offsetMonths, dueDate: r.dueDate });
  }
  for (const m of byKey.values()) m.dueVisits.sort((a, b) => a.offsetMonths - b.offsetMonths);
  return [...byKey.values()];
}

export const cohortSchedules = {
  forBusinesses: (db: Queryable, businessIds: readonly string[]) => members(db, { businessIds }),
  all: (db: Queryable) => members(db, {}),
  async forEvent(db: Queryable, eventId: string) {
    const event = await findEvent(db, eventId);
    if (!event?.finishedAt) return null;
    return {
      eventId,
      programId: event.programId,
      eventTitle: { id: event.titleId, en: event.titleEn },
      eventEndDate: event.endDate,
      offsets: event.followupOffsets,
      members: await members(db, { eventId }),
    };
  },
};
