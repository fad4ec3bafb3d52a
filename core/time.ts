/*
 * The office's calendar: days, months and "today" are taken in the office's time zone (an
 * IANA name; Kota Malang is Asia/Jakarta, WIB), which is configuration (`OFFICE_TIME_ZONE`),
 * not a constant. The server sets it at boot from its config; the web sets it from the
 * session answer. Functions take the zone explicitly where a caller has another in mind.
 */

export const DEFAULT_OFFICE_TIME_ZONE = 'Asia/Jakarta';

let officeZone = DEFAULT_OFFICE_TIME_ZONE;

/** True when the runtime knows the zone (`Asia/Jakarta`, `Asia/Makassar`, `UTC` …). */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export function setOfficeTimeZone(zone: string) {
  if (!isTimeZone(zone)) throw new Error(`unknown time zone ${zone}`);
  officeZone = zone;
}

export function officeTimeZone(): string {
  return officeZone;
}

const partsFormatters = new Map<string, Intl.DateTimeFormat>();

function partsOf(at: Date, zone: string) {
  let f = partsFormatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partsFormatters.set(zone, f);
  }
  const out: Record<string, number> = {};
  for (const p of f.formatToParts(at)) if (p.type !== 'literal') out[p.type] = Number(p.value);
  return out as { year: number; month: number; day: number; hour: number; minute: number; second: number };
}

/** Minutes the zone is ahead of UTC at that instant (420 for WIB). */
export function utcOffsetMinutes(at: Date = new Date(), zone = officeZone): number {
  const p = partsOf(at, zone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return Math.round((asUtc - Math.floor(at.getTime() / 1000) * 1000) / 60_000);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DD` of the instant on the office's calendar. */
export function officeDate(at: Date = new Date(), zone = officeZone): string {
  const p = partsOf(at, zone);
  return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}`;
}

/** `YYYY-MM` of the instant on the office's calendar. */
export function officeMonth(at: Date = new Date(), zone = officeZone): string {
  return officeDate(at, zone).slice(0, 7);
}

/** The instant an office calendar day (`YYYY-MM-DD`) begins. */
export function startOfOfficeDay(day: string, zone = officeZone): Date {
  const guess = new Date(`${day}T00:00:00Z`);
  // Two passes settle days on which the offset changes (zones with daylight saving).
  let at = new Date(guess.getTime() - utcOffsetMinutes(guess, zone) * 60_000);
  at = new Date(guess.getTime() - utcOffsetMinutes(at, zone) * 60_000);
  return at;
}

/** The instant the day after `day` begins: the exclusive end of a date range. */
export function endOfOfficeDay(day: string, zone = officeZone): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return startOfOfficeDay(next.toISOString().slice(0, 10), zone);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** `YYYY-MM-DD` plus a number of days. */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** `YYYY-MM-DD` plus whole months, clamped to the month's last day (31 Jan + 1 → 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const first = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(d, last));
  return first.toISOString().slice(0, 10);
}
