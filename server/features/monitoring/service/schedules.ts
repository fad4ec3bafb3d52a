import type { DueVisit } from '#core/domain/monitoring';
import type { Queryable } from '#server/db/client';

/*
 * The follow-up schedules of trained cohorts, as the training feature keeps them: finishing an
 * event enrols each participant who met the attendance rule with due visits at the program's
 * month offsets. Monitoring reads them only through this narrow interface.
 */

export type CohortMember = {
  eventId: string;
  programId: string | null;
  eventTitle: { id: string; en: string };
  /** The last day of the training (YYYY-MM-DD). */
  eventEndDate: string;
  businessId: string;
  dueVisits: DueVisit[];
};

export type CohortEvent = {
  eventId: string;
  programId: string | null;
  eventTitle: { id: string; en: string };
  eventEndDate: string;
  offsets: number[];
  members: CohortMember[];
};

export type ScheduleSource = {
  /** Every cohort membership of these businesses. */
  forBusinesses(db: Queryable, businessIds: readonly string[]): Promise<CohortMember[]>;
  /** Every cohort membership (the office's whole follow-up list). */
  all(db: Queryable): Promise<CohortMember[]>;
  /** One finished event's cohort, or null when the event is unknown or not finished. */
  forEvent(db: Queryable, eventId: string): Promise<CohortEvent | null>;
};

const none: ScheduleSource = {
  forBusinesses: async () => [],
  all: async () => [],
  forEvent: async () => null,
};

let source: ScheduleSource = none;

export const schedules = (): ScheduleSource => source;

/** Wires the training feature's schedules (at startup) or a test's. */
export function useScheduleSource(next: ScheduleSource) {
  source = next;
}
