import type { PublicEvent } from '#core/schemas/training';
import { listHomeDistricts } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { toIso } from '#server/lib/http';
import { sessionsOf } from '../queries/events';
import { countRegistered } from '../queries/registrations';
import { loadAnyEvent } from './access';
import { registrationWindow } from './registration-window';

/** What the public page shows: the event and whether one can register now. */
export async function getPublicEvent(ctx: ServiceContext, id: string): Promise<PublicEvent> {
  const event = await loadAnyEvent(ctx, id);
  const [sessions, registered] = await Promise.all([sessionsOf(ctx.db, id), countRegistered(ctx.db, id)]);
  const window = registrationWindow(event);
  const seatsLeft = Math.max(0, event.capacity - registered);
  const full = seatsLeft === 0 && !event.waitlist;
  return {
    id: event.id,
    title: { id: event.titleId, en: event.titleEn },
    subsector: event.subsector,
    startDate: event.startDate,
    endDate: event.endDate,
    venue: event.venue,
    organizer: event.organizer,
    description: event.description,
    sessions: sessions.map((s) => ({ date: s.date, start: s.startTime, end: s.endTime, topic: s.topic })),
    registration: {
      open: window.open && !full,
      reason: window.reason ?? (full ? 'full' : null),
      opensAt: toIso(event.registrationOpensAt),
      closesAt: window.closesAt.toISOString(),
      seatsLeft,
      waitlist: event.waitlist,
    },
  };
}

/** The home city's kecamatan for the public registration form. */
export const publicDistricts = (ctx: ServiceContext) => listHomeDistricts(ctx);
