import { and, eq } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { businessOwners } from '#server/db/schema';

/* Who owns which business (business_owners): at most one primary owner per business. */

export type OwnerLinkRow = typeof businessOwners.$inferSelect;

export async function linksOfBusiness(db: Queryable, businessId: string): Promise<OwnerLinkRow[]> {
  return db.select().from(businessOwners).where(eq(businessOwners.businessId, businessId));
}

export async function linksOfOwner(db: Queryable, ownerId: string): Promise<OwnerLinkRow[]> {
  return db.select().from(businessOwners).where(eq(businessOwners.ownerId, ownerId));
}

export async function insertLinks(db: Queryable, links: (typeof businessOwners.$inferInsert)[]) {
  if (links.length > 0) await db.insert(businessOwners).values(links);
}

export async function deleteLink(db: Queryable, businessId: string, ownerId: string) {
  await db
    .delete(businessOwners)
    .where(and(eq(businessOwners.businessId, businessId), eq(businessOwners.ownerId, ownerId)));
}

export async function deleteLinksOfBusiness(db: Queryable, businessId: string) {
  await db.delete(businessOwners).where(eq(businessOwners.businessId, businessId));
}

/** Makes `ownerId` the business's primary owner, or with `null` leaves it without one. */
export async function setPrimaryOwner(db: Queryable, businessId: string, ownerId: string | null) {
  await db
    .update(businessOwners)
    .set({ isPrimary: false })
    .where(and(eq(businessOwners.businessId, businessId), eq(businessOwners.isPrimary, true)));
  if (ownerId)
    await db
      .update(businessOwners)
      .set({ isPrimary: true })
      .where(and(eq(businessOwners.businessId, businessId), eq(businessOwners.ownerId, ownerId)));
}
