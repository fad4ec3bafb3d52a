import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';

/*
 * Who may do what with needs and support given. Deny by default.
 * - admin: everything, everywhere.
 * - officer: reads and changes needs, and records support, only for businesses in assigned
 *   kecamatan. Support that would reach a business outside them is refused as a whole (403):
 *   an officer cannot speak for another kecamatan. Support recorded by others that reached
 *   both is shown with only the officer's businesses (and a count of the others).
 * - ikm_owner: reads the needs and support of their own businesses; changes nothing (the
 *   inventory is the office's assessment; an owner tells their officer).
 * - trainer: no part.
 * Outside one's scope: 403; unknown records: 404.
 */

const isAdmin = (actor: Actor | null) => actor?.role === 'admin';

export const canReadNeeds = (actor: Actor | null) =>
  actor?.role === 'admin' || actor?.role === 'officer' || actor?.role === 'ikm_owner';

/** Record needs and support at all (which businesses: canWriteAt). */
export const canManageNeeds = (actor: Actor | null) => actor?.role === 'admin' || actor?.role === 'officer';

export function canWriteAt(actor: Actor | null, districtCode: string): boolean {
  if (!actor) return false;
  return isAdmin(actor) || (actor.role === 'officer' && actor.kecamatanCodes.includes(districtCode));
}

export function abilities(actor: Actor): Permission[] {
  const granted: [Permission, boolean][] = [
    ['needs.view', canReadNeeds(actor)],
    ['needs.manage', canManageNeeds(actor)],
    ['needs.own', actor.role === 'ikm_owner'],
  ];
  return granted.filter(([, ok]) => ok).map(([p]) => p);
}
