import { and, asc, eq, gt, inArray, isNotNull, isNull, ne } from 'drizzle-orm';
import { isLiveBusiness } from '#core/domain/registry';
import type { Queryable } from '#server/db/client';
import { businesses, businessOwners, owners, regions } from '#server/db/schema';
import { nextVersion } from '#server/db/versions';
import type { OwnerRow } from './businesses';

/* The people who own businesses. */

export type OwnerInsert = typeof owners.$inferInsert;

export async function findOwner(db: Queryable, id: string): Promise<OwnerRow | undefined> {
  const [row] = await db.select().from(owners).where(eq(owners.id, id));
  return row;
}

/** The person's row, held until the transaction ends (a write checks what it reads here). */
export async function lockOwner(tx: Queryable, id: string): Promise<OwnerRow | undefined> {
  const [row] = await tx.select().from(owners).where(eq(owners.id, id)).for('update');
  return row;
}

export async function findOwnerByNikHash(db: Queryable, nikHash: string): Promise<OwnerRow | undefined> {
  const [row] = await db.select().from(owners).where(eq(owners.nikHash, nikHash));
  return row;
}

export async function findOwnersByIds(db: Queryable, ids: string[]): Promise<OwnerRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(owners).where(inArray(owners.id, ids));
}

/** Another person already linked to this account. */
export async function otherOwnerOfAccount(db: Queryable, userId: string, exceptOwnerId: string) {
  const [row] = await db
    .select({ id: owners.id })
    .from(owners)
    .where(and(eq(owners.userId, userId), ne(owners.id, exceptOwnerId)));
  return row?.id;
}

export async function insertOwnerRow(db: Queryable, values: OwnerInsert): Promise<OwnerRow> {
  const [row] = await db.insert(owners).values(values).returning();
  return row;
}

/** Writes `values` and gives the person a new version (later than the one it replaces). */
export async function updateOwnerRow(
  db: Queryable,
  id: string,
  values: Partial<OwnerInsert>,
): Promise<OwnerRow> {
  const [row] = await db
    .update(owners)
    .set({ ...values, updatedAt: nextVersion(owners.updatedAt) })
    .where(eq(owners.id, id))
    .returning();
  return row;
}

export async function deleteOwnerRow(db: Queryable, id: string) {
  await db.delete(owners).where(eq(owners.id, id));
}

/** The person's live businesses with their kecamatan names (what an owner's page lists). */
export async function liveBusinessesOfOwner(db: Queryable, ownerId: string) {
  const rows = await db
    .select({
      id: businesses.id,
      name: businesses.name,
      districtCode: businesses.districtCode,
      districtName: regions.name,
      isPrimary: businessOwners.isPrimary,
      deletedAt: businesses.deletedAt,
      mergedIntoId: businesses.mergedIntoId,
    })
    .from(businessOwners)
    .innerJoin(businesses, eq(businesses.id, businessOwners.businessId))
    .leftJoin(regions, eq(regions.code, businesses.districtCode))
    .where(eq(businessOwners.ownerId, ownerId));
  return rows.filter(isLiveBusiness).map(({ deletedAt: _d, mergedIntoId: _m, ...b }) => b);
}

/** Every business the person is linked to, oldest first, live or not. */
export async function businessIdsOfOwner(db: Queryable, ownerId: string): Promise<string[]> {
  const rows = await db
    .select({ id: businesses.id })
    .from(businessOwners)
    .innerJoin(businesses, eq(businesses.id, businessOwners.businessId))
    .where(eq(businessOwners.ownerId, ownerId))
    .orderBy(asc(businesses.createdAt));
  return rows.map((r) => r.id);
}

/** People whose NIK is stored but whose birth date was never decoded from it (rows from before 0018). */
export async function ownersMissingNikFacts(db: Queryable, afterId: string, limit: number) {
  return db
    .select({
      id: owners.id,
      nikCipher: owners.nikCipher,
      gender: owners.gender,
      birthYear: owners.birthYear,
    })
    .from(owners)
    .where(
      and(
        isNotNull(owners.nikCipher),
        isNull(owners.birthDate),
        isNull(owners.erasedAt),
        gt(owners.id, afterId),
      ),
    )
    .orderBy(asc(owners.id))
    .limit(limit);
}

/** Stores what the NIK says; not an edit by anyone, so the record keeps its version. */
export async function setNikFacts(
  db: Queryable,
  id: string,
  facts: Pick<OwnerInsert, 'birthDate' | 'gender' | 'birthYear'>,
) {
  await db.update(owners).set(facts).where(eq(owners.id, id));
}
