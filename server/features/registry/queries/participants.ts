import { and, asc, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { businesses, businessOwners, owners, regions } from '#server/db/schema';

/*
 * Lookups for people who come to the registry from outside it (training registrations):
 * find the person by NIB of their business, NIK or phone, and their first live business.
 */

const liveBusiness = and(isNull(businesses.deletedAt), isNull(businesses.mergedIntoId));

export async function findLiveBusinessByNib(db: Queryable, nib: string) {
  const [row] = await db
    .select({ id: businesses.id, name: businesses.name, districtCode: businesses.districtCode })
    .from(businesses)
    .where(and(eq(businesses.nib, nib), liveBusiness));
  return row;
}

/** The business's owners, primary first; erased people are never matched. */
export async function liveOwnersOfBusiness(db: Queryable, businessId: string) {
  return db
    .select({ id: owners.id })
    .from(businessOwners)
    .innerJoin(owners, eq(owners.id, businessOwners.ownerId))
    .where(and(eq(businessOwners.businessId, businessId), isNull(owners.erasedAt)))
    .orderBy(desc(businessOwners.isPrimary), asc(owners.createdAt));
}

export async function findOwnerByNikHash(db: Queryable, nikHash: string) {
  const [row] = await db
    .select({ id: owners.id })
    .from(owners)
    .where(and(eq(owners.nikHash, nikHash), isNull(owners.erasedAt)));
  return row;
}

export async function findOwnerByPhone(db: Queryable, phone: string) {
  const [row] = await db
    .select({ id: owners.id })
    .from(owners)
    .where(and(eq(owners.phone, phone), isNull(owners.erasedAt)))
    .orderBy(desc(owners.updatedAt))
    .limit(1);
  return row;
}

/** A person's first live business (the one they are primary owner of first). */
export async function firstBusinessOfOwner(db: Queryable, ownerId: string) {
  const [row] = await db
    .select({ id: businesses.id, name: businesses.name, districtCode: businesses.districtCode })
    .from(businessOwners)
    .innerJoin(businesses, eq(businesses.id, businessOwners.businessId))
    .where(and(eq(businessOwners.ownerId, ownerId), liveBusiness))
    .orderBy(desc(businessOwners.isPrimary), asc(businesses.createdAt))
    .limit(1);
  return row;
}

export async function linkOwnerToBusiness(
  db: Queryable,
  businessId: string,
  ownerId: string,
  isPrimary: boolean,
) {
  await db.insert(businessOwners).values({ businessId, ownerId, isPrimary }).onConflictDoNothing();
}

/** A subquery of the owner (person) ids linked to one signed-in ikm_owner account. */
export function ownerIdsOfAccount(userId: string): SQL {
  return sql`SELECT o.id FROM owners o WHERE o.user_id = ${userId}`;
}

/** The kecamatan of one city, by name: what a public registration form offers. */
export async function districtsOfRegency(db: Queryable, regencyCode: string) {
  return db
    .select({ code: regions.code, name: regions.name })
    .from(regions)
    .where(and(eq(regions.parentCode, regencyCode), eq(regions.level, 'district')))
    .orderBy(asc(regions.name));
}
