import type { Queryable } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';

/*
 * What other features do when a training event is finished (the needs inventory records it as
 * support given to the participants' businesses). Runs inside the finish's transaction. Wired
 * in server/app.ts, so training does not depend on the features that listen.
 */
export type FinishedEvent = {
  eventId: string;
  title: string;
  endDate: string;
  organizer: string;
  /** Businesses of the participants who met the attendance rule (the follow-up cohort). */
  businessIds: string[];
};

export type EventFinishedHook = (
  tx: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  event: FinishedEvent,
) => Promise<unknown>;

let hook: EventFinishedHook = async () => {};

export const eventFinishedHook = (): EventFinishedHook => hook;

export function onEventFinished(next: EventFinishedHook) {
  hook = next;
}
