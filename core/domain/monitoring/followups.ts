import { addDays } from '#core/time';

/*
 * Follow-up windows. Each due visit of a cohort member's schedule owns a window of days: from
 * two weeks before its due date to the day before the next one's window opens (the last one
 * stays open 60 days past its due date). The windows of one schedule never overlap, so a
 * visit fulfils at most one due visit, and a late visit still fulfils the overdue one until
 * the next window opens.
 */

export const WINDOW_OPENS_DAYS_BEFORE = 14;
export const LAST_WINDOW_DAYS_AFTER = 60;
/** "Due this week": a due date within today and the next six days. */
export const DUE_SOON_DAYS = 6;

export type DueVisit = { offsetMonths: number; dueDate: string };
export type FollowUpWindow = DueVisit & { start: string; end: string };

export const FOLLOW_UP_STATUSES = ['upcoming', 'due', 'overdue', 'fulfilled', 'missed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

export function windowsOf(schedule: readonly DueVisit[]): FollowUpWindow[] {
  const sorted = [...schedule].sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0));
  const starts = sorted.map((d) => addDays(d.dueDate, -WINDOW_OPENS_DAYS_BEFORE));
  return sorted.map((d, i) => ({
    ...d,
    start: starts[i],
    end: i + 1 < sorted.length ? addDays(starts[i + 1], -1) : addDays(d.dueDate, LAST_WINDOW_DAYS_AFTER),
  }));
}

export const inWindow = (w: { start: string; end: string }, day: string) => day >= w.start && day <= w.end;

/**
 * Where one due visit stands on `today` given the office days of the business's visits:
 * fulfilled by the latest visit inside its window, else missed once the window has closed,
 * overdue after its due date, due within the week, upcoming before that.
 */
export function classifyFollowUp(
  w: FollowUpWindow,
  visitDays: readonly string[],
  today: string,
): { status: FollowUpStatus; visitedOn: string | null } {
  const inside = visitDays.filter((d) => inWindow(w, d) && d <= today).sort();
  if (inside.length > 0) return { status: 'fulfilled', visitedOn: inside[inside.length - 1] };
  if (today > w.end) return { status: 'missed', visitedOn: null };
  if (w.dueDate < today) return { status: 'overdue', visitedOn: null };
  if (w.dueDate <= addDays(today, DUE_SOON_DAYS)) return { status: 'due', visitedOn: null };
  return { status: 'upcoming', visitedOn: null };
}
