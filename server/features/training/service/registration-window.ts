import { startOfOfficeDay } from '#core/time';
import type { EventRow } from '../queries/events';

export type WindowState = {
  open: boolean;
  reason: 'not_open' | 'closed' | 'finished' | null;
  closesAt: Date;
};

/** Registration runs from `registrationOpensAt` (or now) until `registrationClosesAt`, else the event's last day. */
export function registrationWindow(event: EventRow, now = new Date()): WindowState {
  const endOfEvent = new Date(startOfOfficeDay(event.endDate).getTime() + 24 * 3600_000);
  const closesAt = event.registrationClosesAt ?? endOfEvent;
  if (event.finishedAt) return { open: false, reason: 'finished', closesAt };
  if (event.registrationOpensAt && now < event.registrationOpensAt)
    return { open: false, reason: 'not_open', closesAt };
  if (now >= closesAt) return { open: false, reason: 'closed', closesAt };
  return { open: true, reason: null, closesAt };
}
