import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';

/*
 * Who may do what in the catalog. Deny by default. A maker (ikm_owner linked to the
 * business) and the officer of its kecamatan prepare products and answer inquiries; only the
 * office (admin) publishes, sends back and features. Out-of-scope records answer 404.
 * Buyers act without an account only through the public endpoints.
 */

/** What the rules need to know about the business a product or inquiry belongs to. */
export type CatalogScope = { districtCode: string; ownerUserIds: readonly string[]; live: boolean };

const isAdmin = (actor: Actor | null) => actor?.role === 'admin';

export function canWorkOnBusiness(actor: Actor | null, scope: CatalogScope): boolean {
  if (!actor || !scope.live) return false;
  if (isAdmin(actor)) return true;
  if (actor.role === 'officer') return actor.kecamatanCodes.includes(scope.districtCode);
  if (actor.role === 'ikm_owner') return scope.ownerUserIds.includes(actor.id);
  return false;
}

export const canReadProduct = canWorkOnBusiness;
export const canEditProduct = canWorkOnBusiness;
export const canSubmitProduct = canWorkOnBusiness;
export const canPublishProduct = (actor: Actor | null) => isAdmin(actor);
export const canFeatureProduct = (actor: Actor | null) => isAdmin(actor);
export const canReadInquiry = canWorkOnBusiness;
export const canReplyInquiry = canWorkOnBusiness;

/** May list products and inquiries at all (the lists are then scoped). */
export const canUseCatalog = (actor: Actor | null) =>
  actor?.role === 'admin' || actor?.role === 'officer' || actor?.role === 'ikm_owner';

export function productPermissions(actor: Actor | null, scope: CatalogScope, status: string) {
  const edit = canEditProduct(actor, scope);
  return {
    edit,
    submit: edit && status === 'draft',
    publish: canPublishProduct(actor) && status !== 'published' && scope.live,
    feature: canFeatureProduct(actor) && status === 'published',
  };
}

export function abilities(actor: Actor): Permission[] {
  const granted: [Permission, boolean][] = [
    ['catalog.products', canUseCatalog(actor)],
    ['catalog.review', canPublishProduct(actor)],
    ['catalog.inquiries', canUseCatalog(actor)],
  ];
  return granted.filter(([, ok]) => ok).map(([p]) => p);
}
