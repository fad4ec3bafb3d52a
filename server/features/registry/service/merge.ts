import type { MergeResult } from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import type { businesses } from '#server/db/schema';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import { canMergeBusinesses } from '../policy';
import { businessFields } from '../present/businesses';
import {
  type BusinessWithNames,
  findBusiness,
  foldBusinessInto,
  lockBusiness,
  updateBusinessRow,
} from '../queries/businesses';
import { deleteLinksOfBusiness, insertLinks, linksOfBusiness } from '../queries/owner-links';
import { loadReadableBusiness, requireRegistry } from './access';
import { businessDetail } from './business-read';
import { mergeSamePeople } from './merge-owners';

/*
 * Merging two records of one IKM: `survivorId` keeps its identity and fields, fills its empty
 * fields from the other, and takes over every snapshot, certification, owner link and (through
 * mergedIntoId) the other's history. The other record stays as a pointer and leaves all lists.
 */

export type MergeInput = { survivorId: string; otherId: string };

const FILLABLE = [
  'brand',
  'legalForm',
  'nib',
  'npwp',
  'address',
  'lat',
  'lng',
  'yearFounded',
  'sentra',
  'notes',
  'sourceDetail',
] as const;

function filledFields(survivor: BusinessWithNames, other: BusinessWithNames) {
  const set: Partial<typeof businesses.$inferInsert> = {};
  for (const key of FILLABLE)
    if (survivor[key] === null && other[key] !== null) Object.assign(set, { [key]: other[key] });
  // Coordinates travel as a pair.
  if ((set.lat === undefined) !== (set.lng === undefined)) {
    delete set.lat;
    delete set.lng;
  }
  if (survivor.villageCode === null && other.villageCode && other.districtCode === survivor.districtCode)
    set.villageCode = other.villageCode;
  const kbli = [...survivor.kbli];
  for (const k of other.kbli)
    if (!kbli.some((x) => x.code === k.code && x.version === k.version)) kbli.push(k);
  const links = [...survivor.links];
  for (const l of other.links) if (!links.some((x) => x.url === l.url)) links.push(l);
  set.kbli = kbli;
  set.links = links;
  set.exportCountries = [...new Set([...survivor.exportCountries, ...other.exportCountries])];
  return set;
}

async function moveOwnerLinks(tx: Queryable, survivorId: string, otherId: string) {
  const theirs = await linksOfBusiness(tx, otherId);
  const ours = await linksOfBusiness(tx, survivorId);
  const have = new Set(ours.map((o) => o.ownerId));
  const moving = theirs.filter((t) => !have.has(t.ownerId));
  await deleteLinksOfBusiness(tx, otherId);
  await insertLinks(
    tx,
    moving.map((m) => ({
      businessId: survivorId,
      ownerId: m.ownerId,
      isPrimary: m.isPrimary && !ours.some((o) => o.isPrimary),
    })),
  );
  return moving.length;
}

export async function mergeBusinesses(ctx: ServiceContext, input: MergeInput): Promise<MergeResult> {
  requireRegistry(ctx);
  if (!canMergeBusinesses(ctx.actor)) throw forbidden();
  if (input.survivorId === input.otherId) throw new AppError('bad_request', 'registry-api:errors.mergeSelf');
  // 404/409 answers before anything is locked; checked again on the locked rows below.
  await loadReadableBusiness(ctx, input.survivorId);
  const found = await findBusiness(ctx.db, input.otherId);
  if (!found || found.deletedAt) throw notFound('registry-api:errors.mergeUnavailable');
  if (found.mergedIntoId) throw new AppError('conflict', 'registry-api:errors.mergeUnavailable');

  const moved = await ctx.db.transaction(async (tx) => {
    // Both records held (in id order, so two merges of one pair cannot deadlock) and read as
    // they are now: a merge racing another on the same pair or chain finds a record gone.
    const locked = new Map<string, BusinessWithNames | undefined>();
    for (const id of [input.survivorId, input.otherId].sort()) locked.set(id, await lockBusiness(tx, id));
    const survivorRow = locked.get(input.survivorId);
    const other = locked.get(input.otherId);
    if (!survivorRow || !other) throw new AppError('conflict', 'registry-api:errors.mergeUnavailable');
    const survivor = { row: survivorRow };
    const folded = await foldBusinessInto(tx, survivor.row.id, other.id);
    const ownerLinks = await moveOwnerLinks(tx, survivor.row.id, other.id);
    const ownersMerged = await mergeSamePeople(tx, ctx, survivor.row.id);
    await updateBusinessRow(tx, survivor.row.id, filledFields(survivor.row, other));
    const after = await findBusiness(tx, survivor.row.id);
    const counts = { ...folded, ownerLinks, ownersMerged };
    await recordAudit(tx, ctx, {
      action: 'business.merge',
      entityType: 'business',
      entityId: survivor.row.id,
      before: { survivor: businessFields(survivor.row), other: { id: other.id, ...businessFields(other) } },
      after: { ...businessFields(after!), mergedId: other.id, moved: counts },
    });
    await recordAudit(tx, ctx, {
      action: 'business.merged_into',
      entityType: 'business',
      entityId: other.id,
      before: businessFields(other),
      after: { mergedIntoId: survivor.row.id },
    });
    return counts;
  });
  const business = await businessDetail(ctx, await loadReadableBusiness(ctx, input.survivorId));
  return { business, mergedId: input.otherId, moved };
}
