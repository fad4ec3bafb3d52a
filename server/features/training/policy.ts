import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';

/*
 * Who may do what in training. Deny by default. Admins run programs and events. Trainers work
 * only on the events they are assigned to: participants (phones masked), attendance, scores,
 * certificates. Officers register people on their behalf and record attendance, but only for
 * participants whose business lies in their kecamatan, and see only those. IKM owners see
 * their own registrations and certificates. Everyone, without an account, may register and
 * verify a certificate.
 */

/** What access rules need to know about one event. */
export type EventScope = { trainerIds: readonly string[] };

const isAdmin = (actor: Actor | null) => actor?.role === 'admin';
const isEventTrainer = (actor: Actor | null, e: EventScope) =>
  actor?.role === 'trainer' && e.trainerIds.includes(actor.id);
const officerHas = (actor: Actor | null, districtCode: string | null) =>
  actor?.role === 'officer' && districtCode !== null && actor.kecamatanCodes.includes(districtCode);

export const canManageEvents = (actor: Actor | null) => isAdmin(actor);

export function canViewEvent(actor: Actor | null, e: EventScope): boolean {
  return isAdmin(actor) || actor?.role === 'officer' || isEventTrainer(actor, e);
}

/** Which registrations of an event a viewer sees: all, those in some kecamatan, or none. */
export type RegistrationScope = { all: true } | { all: false; districtCodes: readonly string[] };

export function registrationScope(actor: Actor | null, e: EventScope): RegistrationScope | null {
  if (isAdmin(actor) || isEventTrainer(actor, e)) return { all: true };
  if (actor?.role === 'officer') return { all: false, districtCodes: actor.kecamatanCodes };
  return null;
}

export function inRegistrationScope(scope: RegistrationScope, districtCode: string | null): boolean {
  return scope.all || (districtCode !== null && scope.districtCodes.includes(districtCode));
}

/** Trainers see participants' names, not their phone numbers or e-mail. */
export const seesContactDetails = (actor: Actor | null) => isAdmin(actor) || actor?.role === 'officer';

/** Registering someone on their behalf (also outside the registration window). */
export function canRegisterOnBehalf(actor: Actor | null, districtCode: string | null): boolean {
  return isAdmin(actor) || officerHas(actor, districtCode);
}

export const canRegisterAnyone = (actor: Actor | null) => isAdmin(actor) || actor?.role === 'officer';

export function canCancelFor(actor: Actor | null, districtCode: string | null): boolean {
  return isAdmin(actor) || officerHas(actor, districtCode);
}

export function canRecordAttendance(
  actor: Actor | null,
  e: EventScope,
  districtCode: string | null,
): boolean {
  return isAdmin(actor) || isEventTrainer(actor, e) || officerHas(actor, districtCode);
}

export const canTakeAttendance = (actor: Actor | null, e: EventScope) =>
  isAdmin(actor) || isEventTrainer(actor, e) || actor?.role === 'officer';

export const canScore = (actor: Actor | null, e: EventScope) => isAdmin(actor) || isEventTrainer(actor, e);
export const canIssueCertificates = (actor: Actor | null, e: EventScope) =>
  isAdmin(actor) || isEventTrainer(actor, e);
/** Issuing below the attendance rule: admins only, with a reason. */
export const canOverrideRule = (actor: Actor | null) => isAdmin(actor);
export const canRevokeCertificate = (actor: Actor | null) => isAdmin(actor);
export const canFinishEvent = (actor: Actor | null, e: EventScope) =>
  isAdmin(actor) || isEventTrainer(actor, e);
export const canReadFeedback = (actor: Actor | null, e: EventScope) =>
  isAdmin(actor) || isEventTrainer(actor, e);

/** A certificate's PDF: the office, the event's trainers, the officer of the kecamatan, the holder. */
export function canReadCertificate(
  actor: Actor | null,
  e: EventScope,
  c: { districtCode: string | null; holderUserId: string | null },
): boolean {
  if (!actor) return false;
  if (isAdmin(actor) || isEventTrainer(actor, e) || officerHas(actor, c.districtCode)) return true;
  return actor.role === 'ikm_owner' && c.holderUserId === actor.id;
}

export const hasOwnRegistrations = (actor: Actor | null) => actor?.role === 'ikm_owner';

export function eventPermissions(actor: Actor | null, e: EventScope) {
  return {
    edit: canManageEvents(actor),
    register: canRegisterAnyone(actor),
    attendance: canTakeAttendance(actor, e),
    scores: canScore(actor, e),
    certificates: canIssueCertificates(actor, e),
    override: canOverrideRule(actor),
    revoke: canRevokeCertificate(actor),
    finish: canFinishEvent(actor, e),
  };
}

/** What training lets this person do anywhere, sent to the web with the session. */
export function abilities(actor: Actor): Permission[] {
  const granted: [Permission, boolean][] = [
    ['training.view', actor.role === 'admin' || actor.role === 'officer' || actor.role === 'trainer'],
    ['training.manage', canManageEvents(actor)],
    ['training.register', canRegisterAnyone(actor)],
    ['training.own', hasOwnRegistrations(actor)],
  ];
  return granted.filter(([, ok]) => ok).map(([p]) => p);
}
