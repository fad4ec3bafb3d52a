import type { Permission } from '#core/schemas/auth';
import type { imports } from '#server/db/schema';
import type { Actor } from '#server/lib/context';

/*
 * Who may do what in the registry. Deny by default: every function answers false for no actor
 * and for any role not named. Trainers get no registry access: attendance, assessments and
 * certificates are the training feature's, and nothing in a trainer's work needs the register's
 * personal data. Reads that fail scope answer 404 (the record's existence is not disclosed);
 * creating in a kecamatan outside one's scope, and actions a role never has, answer 403.
 */

/** What access rules need to know about one business. */
export type BusinessScope = {
  districtCode: string;
  /** user ids of the ikm_owner accounts linked to the business's owners */
  ownerUserIds: readonly string[];
};

/** What access rules need to know about one owner (person). */
export type OwnerScope = {
  userId: string | null;
  /** kecamatan of the businesses the person owns */
  districtCodes: readonly string[];
};

const isAdmin = (actor: Actor | null) => actor?.role === 'admin';
const inKecamatan = (actor: Actor, districtCode: string) =>
  actor.role === 'officer' && actor.kecamatanCodes.includes(districtCode);

/** May use the registry at all (lists, own records). */
export function canUseRegistry(actor: Actor | null): boolean {
  return actor?.role === 'admin' || actor?.role === 'officer' || actor?.role === 'ikm_owner';
}

/** Regions are reference data every signed-in user's pickers need. */
export function canReadRegions(actor: Actor | null): boolean {
  return actor !== null;
}

export function canReadBusiness(actor: Actor | null, b: BusinessScope): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  if (actor.role === 'officer') return inKecamatan(actor, b.districtCode);
  if (actor.role === 'ikm_owner') return b.ownerUserIds.includes(actor.id);
  return false;
}

/** Editing the business's own fields, snapshots and certifications. */
export const canEditBusiness = canReadBusiness;

export function canCreateBusinessIn(actor: Actor | null, districtCode: string): boolean {
  if (!actor) return false;
  return isAdmin(actor) || inKecamatan(actor, districtCode);
}

/** Moving a record to another kecamatan: the officer must hold both. Owners never move records. */
export function canMoveBusiness(actor: Actor | null, b: BusinessScope, toDistrict: string): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  return inKecamatan(actor, b.districtCode) && inKecamatan(actor, toDistrict);
}

export function canDeleteBusiness(actor: Actor | null, b: BusinessScope): boolean {
  if (!actor) return false;
  return isAdmin(actor) || inKecamatan(actor, b.districtCode);
}

export function canMergeBusinesses(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** Linking and unlinking owner people on a business. */
export function canManageBusinessOwners(actor: Actor | null, b: BusinessScope): boolean {
  if (!actor) return false;
  return isAdmin(actor) || inKecamatan(actor, b.districtCode);
}

export function canReadOwner(actor: Actor | null, o: OwnerScope): boolean {
  if (!actor) return false;
  if (isAdmin(actor)) return true;
  if (actor.role === 'officer') return o.districtCodes.some((d) => actor.kecamatanCodes.includes(d));
  if (actor.role === 'ikm_owner') return o.userId === actor.id;
  return false;
}

/** An owner may correct their own contact details; officers those of people in their kecamatan. */
export const canEditOwner = canReadOwner;

export function canRevealNik(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** UU PDP access request: the office, or the person themself. */
export function canExportOwner(actor: Actor | null, o: OwnerScope): boolean {
  if (!actor) return false;
  return isAdmin(actor) || (actor.role === 'ikm_owner' && o.userId === actor.id);
}

export function canEraseOwner(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** Creating and linking accounts is user management: admins only. */
export function canLinkOwnerAccount(actor: Actor | null): boolean {
  return isAdmin(actor);
}

/** The office imports; field officers too, for their own kecamatan (rows elsewhere are refused). */
export const canImport = (actor: Actor | null) =>
  actor?.role === 'admin' || (actor?.role === 'officer' && actor.kecamatanCodes.length > 0);

/** An import's report holds row data: admins see all, an officer only their own. */
export const canReadImport = (actor: Actor | null, row: Pick<typeof imports.$inferSelect, 'createdBy'>) =>
  actor?.role === 'admin' || (canImport(actor) && row.createdBy === actor?.id);

/** The permissions block of a business response. */
export function businessPermissions(actor: Actor | null, b: BusinessScope) {
  const edit = canEditBusiness(actor, b);
  return {
    edit,
    delete: canDeleteBusiness(actor, b),
    merge: canMergeBusinesses(actor),
    changeDistrict: edit && actor?.role !== 'ikm_owner',
    manageOwners: canManageBusinessOwners(actor, b),
    revealNik: canRevealNik(actor),
  };
}

/** What the registry lets this person do anywhere, sent to the web with the session. */
export function abilities(actor: Actor): Permission[] {
  const granted: [Permission, boolean][] = [
    ['registry.browse', actor.role === 'admin' || actor.role === 'officer'],
    ['registry.create', actor.role === 'admin' || actor.role === 'officer'],
    ['registry.import', actor.role === 'admin' || actor.role === 'officer'],
    ['registry.merge', canMergeBusinesses(actor)],
    ['registry.own', actor.role === 'ikm_owner'],
    ['registry.personal_data', canRevealNik(actor)],
  ];
  return granted.filter(([, ok]) => ok).map(([p]) => p);
}
