import type { Queryable } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden, notFound } from '#server/lib/errors';
import { type BusinessScope, canReadBusiness, canUseRegistry } from '../policy';
import {
  type BusinessWithNames,
  findBusiness,
  type LinkedOwnerRow,
  ownersOfBusiness,
} from '../queries/businesses';
import { findRegion } from '../queries/regions';

/** 403 for roles without registry access (trainers) and for no actor. */
export function requireRegistry(ctx: ServiceContext) {
  if (!canUseRegistry(ctx.actor)) throw forbidden();
  return ctx.actor!;
}

export type LoadedBusiness = { row: BusinessWithNames; owners: LinkedOwnerRow[]; scope: BusinessScope };

export const mergedError = (mergedIntoId: string) =>
  new AppError('conflict', 'registry-api:errors.merged', { details: { mergedIntoId } });

/**
 * A business the actor may read, or 404 — out-of-scope records are indistinguishable from
 * missing ones. A merged record answers 409 with `mergedIntoId` unless `allowMerged`.
 */
export async function loadReadableBusiness(
  ctx: ServiceContext,
  id: string,
  options: { allowMerged?: boolean } = {},
): Promise<LoadedBusiness> {
  requireRegistry(ctx);
  const row = await findBusiness(ctx.db, id);
  if (!row || row.deletedAt) throw notFound();
  const owners = await ownersOfBusiness(ctx.db, id);
  const scope = scopeFrom(row, owners);
  if (!canReadBusiness(ctx.actor, scope)) throw notFound();
  if (row.mergedIntoId && !options.allowMerged) throw mergedError(row.mergedIntoId);
  return { row, owners, scope };
}

const scopeFrom = (row: BusinessWithNames, owners: LinkedOwnerRow[]): BusinessScope => ({
  districtCode: row.districtCode,
  ownerUserIds: owners.flatMap((o) => (o.userId ? [o.userId] : [])),
});

/** What the policy needs to know of a record: its kecamatan and its owners' accounts. */
export async function scopeOfBusiness(db: Queryable, row: BusinessWithNames): Promise<BusinessScope> {
  return scopeFrom(row, await ownersOfBusiness(db, row.id));
}

/** Checks a kecamatan and kelurahan against the region data; the kelurahan must lie in the kecamatan. */
export async function checkLocation(
  ctx: ServiceContext,
  districtCode: string,
  villageCode: string | null | undefined,
  paths = { district: 'districtCode', village: 'villageCode' },
) {
  const district = await findRegion(ctx.db, districtCode);
  if (district?.level !== 'district')
    throw fieldError(paths.district, 'registry-api:errors.districtNotFound', { code: districtCode });
  if (!villageCode) return;
  const village = await findRegion(ctx.db, villageCode);
  if (village?.level !== 'village')
    throw fieldError(paths.village, 'registry-api:errors.villageNotFound', { code: villageCode });
  if (village.parentCode !== districtCode)
    throw fieldError(paths.village, 'registry-api:fields.villageOutsideDistrict');
}

/** Regency code (35.73) of a district code (35.73.05). */
export const regencyOf = (districtCode: string) => districtCode.split('.').slice(0, 2).join('.');

/** Postgres unique violations, whichever driver raised them. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let e: unknown = error;
  // Drizzle wraps driver errors; the code sits on the cause.
  for (let depth = 0; e && depth < 4; depth++) {
    const candidate = e as { code?: string; constraint?: string; cause?: unknown };
    if (candidate.code === '23505') return constraint === undefined || candidate.constraint === constraint;
    e = candidate.cause;
  }
  return false;
}
