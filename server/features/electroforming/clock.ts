/**
 * Calendar dates of this feature (make-up date, monthly statistics) are taken at a fixed
 * offset from UTC. The default is WIB (UTC+7, no daylight saving), the time of the first
 * city; statistics accept another offset per request.
 */
export const DEFAULT_UTC_OFFSET_MINUTES = 420;

/** `YYYY-MM-DD` of `at` at the given offset from UTC. */
export function localDate(at: Date, offsetMinutes = DEFAULT_UTC_OFFSET_MINUTES): string {
  return new Date(at.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}
