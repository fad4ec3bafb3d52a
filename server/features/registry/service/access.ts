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
import { findRegions, type RegionRow } from '../queries/regions';

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

export const scopeFrom = (row: BusinessWithNames, owners: LinkedOwnerRow[]): BusinessScope => ({
  districtCode: row.districtCode,
  ownerUserIds: owners.flatMap((o) => (o.userId ? [o.userId] : [])),
});

/** What the policy needs to know of a record: its kecamatan and its owners' accounts. */
export async function scopeOfBusiness(db: Queryable, row: BusinessWithNames): Promise<BusinessScope> {
  return scopeFrom(row, await ownersOfBusiness(db, row.id));
}

/*
 * Regions are reference data, loaded before the app serves and never written by it: the rows a
 * location check found are kept per database handle, so a create or edit does not read them
 * again (a transaction handle gets its own, short-lived map).
 */
const knownRegions = new WeakMap<object, Map<string, RegionRow>>();

async function regionsByCode(db: Queryable, codes: string[]): Promise<Map<string, RegionRow>> {
  const known = knownRegions.get(db) ?? new Map<string, RegionRow>();
  knownRegions.set(db, known);
  const missing = codes.filter((c) => !known.has(c));
  for (const row of await findRegions(db, missing)) known.set(row.code, row);
  return known;
}

/** Checks a kecamatan and kelurahan against the region data; the kelurahan must lie in the kecamatan. */
export async function checkLocation(
  ctx: ServiceContext,
  districtCode: string,
  villageCode: string | null | undefined,
  paths = { district: 'districtCode', village: 'villageCode' },
) {
  const found = await regionsByCode(ctx.db, villageCode ? [districtCode, villageCode] : [districtCode]);
  const district = found.get(districtCode);
  if (district?.level !== 'district')
    throw fieldError(paths.district, 'registry-api:errors.districtNotFound', { code: districtCode });
  if (!villageCode) return;
  const village = found.get(villageCode);
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
