import type { Business, OwnerLinkInput } from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import { canManageBusinessOwners, canReadOwner } from '../policy';
import { districtsOfOwner, touchBusiness } from '../queries/businesses';
import { deleteLink, insertLinks, linksOfBusiness, setPrimaryOwner } from '../queries/owner-links';
import { findOwner } from '../queries/owners';
import { loadReadableBusiness } from './access';
import { businessDetail } from './business-read';
import { insertOwner, type ServiceWarning } from './owner-records';

const alreadyLinked = (path: string) =>
  new AppError('conflict', 'registry-api:errors.ownerAlreadyLinked', {
    details: { fields: [{ path, code: 'conflict', message: 'registry-api:errors.ownerAlreadyLinked' }] },
  });

/** An existing person the actor may attach: someone they can already see, never an erased one. */
async function linkableOwner(tx: Queryable, ctx: ServiceContext, ownerId: string, path: string) {
  const row = await findOwner(tx, ownerId);
  const visible =
    row &&
    canReadOwner(ctx.actor, { userId: row.userId, districtCodes: await districtsOfOwner(tx, ownerId) });
  if (!row || !visible)
    throw new AppError('not_found', 'registry-api:errors.ownerNotFound', {
      details: { fields: [{ path, code: 'not_found', message: 'registry-api:errors.ownerNotFound' }] },
    });
  if (row.erasedAt) throw new AppError('conflict', 'registry-api:errors.ownerErased');
  return row;
}

/**
 * Links existing or new people to a business inside the caller's transaction. The links go in
 * as one insert at the end (one statement, one run of the owner-name triggers); a later
 * primary takes the flag from the earlier ones. `newBusiness`: the record was just inserted in
 * this transaction, so it has no links to read.
 */
export async function linkOwners(
  tx: Queryable,
  ctx: ServiceContext,
  businessId: string,
  inputs: OwnerLinkInput[],
  pathPrefix: string,
  source = 'manual',
  options: { newBusiness?: boolean } = {},
): Promise<{ ownerIds: string[]; warnings: ServiceWarning[] }> {
  const current = options.newBusiness ? [] : await linksOfBusiness(tx, businessId);
  const linked = new Set(current.map((c) => c.ownerId));
  let storedPrimary = current.some((c) => c.isPrimary);
  let hasPrimary = storedPrimary;
  const links: { businessId: string; ownerId: string; isPrimary: boolean }[] = [];
  const ownerIds: string[] = [];
  const warnings: ServiceWarning[] = [];
  for (const [i, input] of inputs.entries()) {
    const path = `${pathPrefix}.${i}`;
    let ownerId: string;
    if (input.ownerId) {
      ownerId = (await linkableOwner(tx, ctx, input.ownerId, `${path}.ownerId`)).id;
    } else {
      const created = await insertOwner(tx, ctx, input.person!, `${path}.person`, source);
      ownerId = created.row.id;
      warnings.push(...created.warnings);
    }
    if (linked.has(ownerId)) throw alreadyLinked(`${path}.ownerId`);
    const isPrimary = input.isPrimary ?? !hasPrimary;
    if (isPrimary && hasPrimary) {
      for (const link of links) link.isPrimary = false;
      if (storedPrimary) await setPrimaryOwner(tx, businessId, null);
      storedPrimary = false;
    }
    links.push({ businessId, ownerId, isPrimary });
    hasPrimary ||= isPrimary;
    linked.add(ownerId);
    ownerIds.push(ownerId);
  }
  await insertLinks(tx, links);
  return { ownerIds, warnings };
}

export async function addBusinessOwner(
  ctx: ServiceContext,
  businessId: string,
  input: OwnerLinkInput,
): Promise<{ business: Business; warnings: ServiceWarning[] }> {
  const loaded = await loadReadableBusiness(ctx, businessId);
  if (!canManageBusinessOwners(ctx.actor, loaded.scope)) throw forbidden();
  const warnings = await ctx.db.transaction(async (tx) => {
    const result = await linkOwners(tx, ctx, businessId, [input], 'owners');
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.owner_link',
      entityType: 'business',
      entityId: businessId,
      after: { ownerId: result.ownerIds[0], isPrimary: input.isPrimary ?? null },
    });
    return result.warnings;
  });
  return { business: await businessDetail(ctx, await loadReadableBusiness(ctx, businessId)), warnings };
}

/** Unlinks a person from a business; the person's record stays (they may own others). */
export async function removeBusinessOwner(
  ctx: ServiceContext,
  businessId: string,
  ownerId: string,
): Promise<Business> {
  const loaded = await loadReadableBusiness(ctx, businessId);
  if (!canManageBusinessOwners(ctx.actor, loaded.scope)) throw forbidden();
  const link = loaded.owners.find((o) => o.id === ownerId);
  if (!link) throw notFound('registry-api:errors.ownerNotFound');
  await ctx.db.transaction(async (tx) => {
    await deleteLink(tx, businessId, ownerId);
    const next = loaded.owners.find((o) => o.id !== ownerId);
    if (link.isPrimary && next) await setPrimaryOwner(tx, businessId, next.id);
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.owner_unlink',
      entityType: 'business',
      entityId: businessId,
      before: { ownerId, isPrimary: link.isPrimary },
    });
  });
  return businessDetail(ctx, await loadReadableBusiness(ctx, businessId));
}
