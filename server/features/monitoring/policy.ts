import type { Permission } from '#core/schemas/auth';
import type { VisitStatus } from '#core/schemas/monitoring';
import type { Actor } from '#server/lib/context';

/*
 * Who may do what with monitoring visits. Deny by default. Officers work only in their assigned
 * kecamatan (the business's current one); admins everywhere; an IKM owner sees only the approved
 * visits of their own businesses and changes nothing; trainers have no part in monitoring.
 * Outside one's scope the answer is 403 (the contract), unknown records 404.
 */

/** What the rules need to know about the business a visit is about. */
export type VisitScope = {
  districtCode: string;
  ownerUserIds: readonly string[];
  status: VisitStatus;
};

const isAdmin = (actor: Actor | null) => actor?.role === 'admin';
const inKecamatan = (actor: Actor, districtCode: string) =>
  actor.role === 'officer' && actor.kecamatanCodes.includes(districtCode);

/** Record visits at all (and see forms, follow-ups and the businesses to visit). */
export const canRecordVisits = (actor: Actor | null) => actor?.role === 'admin' || actor?.role === 'officer';

export function canRecordVisitAt(actor: Actor | null, districtCode: string): boolean {
  if (!actor) return false;
  return isAdmin(actor) || inKecamatan(actor, districtCode);
}

export function canReadVisit(actor: Actor | null, v: VisitScope): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  if (actor.role === 'officer') return inKecamatan(actor, v.districtCode);
  if (actor.role === 'ikm_owner') return v.status === 'approved' && v.ownerUserIds.includes(actor.id);
  return false;
}

export function canEditVisit(actor: Actor | null, v: VisitScope): boolean {
  if (!actor) return false;
  return isAdmin(actor) || inKecamatan(actor, v.districtCode);
}

/** Approving or returning a visit is the office's job. */
export const canReviewVisits = (actor: Actor | null) => isAdmin(actor);
export const canEditForms = (actor: Actor | null) => isAdmin(actor);
/** The visit form: whoever records visits, and an owner reading their approved visits. */
export const canReadForms = (actor: Actor | null) => canRecordVisits(actor) || actor?.role === 'ikm_owner';
/** Follow-up lists and cohort funnels; officers' are limited to their kecamatan. */
export const canSeeFollowUps = canRecordVisits;

export function visitPermissions(actor: Actor | null, v: VisitScope) {
  return {
    edit: canEditVisit(actor, v),
    review: canReviewVisits(actor),
    toRegistry: canReviewVisits(actor) && v.status === 'approved',
  };
}

export function abilities(actor: Actor): Permission[] {
  const granted: [Permission, boolean][] = [
    ['monitoring.visits', canRecordVisits(actor)],
    ['monitoring.review', canReviewVisits(actor)],
    ['monitoring.forms', canEditForms(actor)],
    ['monitoring.funnel', canSeeFollowUps(actor)],
    ['monitoring.own', actor.role === 'ikm_owner'],
  ];
  return granted.filter(([, ok]) => ok).map(([p]) => p);
}
