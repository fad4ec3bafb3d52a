import { officeDate } from '#core/time';

/** Today in the office's time zone (from the session), as the API's `YYYY-MM-DD`. */
export function todayIso(): string {
  return officeDate(new Date());
}

/** `<input type="datetime-local">` value for a moment, in the phone's own time zone. */
export function toLocalInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The reverse: a local datetime-local value as an ISO instant; undefined when empty or invalid. */
export function fromLocalInput(value: string): string | undefined {
  if (!value) return undefined;
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
}
