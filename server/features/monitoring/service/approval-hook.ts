import type { Queryable } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';

/*
 * What other features do when the office approves a visit (the needs inventory takes over the
 * needs observed in it). Runs inside the approval's transaction: the approval and its
 * consequences land together or not at all. Wired in server/app.ts, so monitoring does not
 * depend on the features that listen.
 */
export type VisitApprovedHook = (
  tx: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  visitId: string,
) => Promise<unknown>;

let hook: VisitApprovedHook = async () => {};

export const visitApprovedHook = (): VisitApprovedHook => hook;

export function onVisitApproved(next: VisitApprovedHook) {
  hook = next;
}
