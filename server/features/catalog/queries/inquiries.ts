import { and, asc, count, desc, eq, gt, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { catalogInquiries, catalogInquiryMessages, catalogProducts, users } from '#server/db/schema';

export type InquiryRow = typeof catalogInquiries.$inferSelect;
export type MessageRow = typeof catalogInquiryMessages.$inferSelect;

/** Serializes inquiries of one sender so the rate-limit count and the insert cannot interleave. */
export async function lockSender(db: Queryable, senderKey: string) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext(${`inquiry:${senderKey}`}))`);
}

export async function recentInquiries(db: Queryable, senderKey: string, email: string, since: Date) {
  const [bySender] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${catalogInquiries.createdAt})` })
    .from(catalogInquiries)
    .where(and(eq(catalogInquiries.senderKey, senderKey), gt(catalogInquiries.createdAt, since)));
  const [byEmail] = await db
    .select({ n: count(), oldest: sql<string | null>`min(${catalogInquiries.createdAt})` })
    .from(catalogInquiries)
    .where(and(eq(catalogInquiries.buyerEmail, email), gt(catalogInquiries.createdAt, since)));
  return { bySender, byEmail };
}

export const insertInquiry = async (db: Queryable, row: typeof catalogInquiries.$inferInsert) =>
  (await db.insert(catalogInquiries).values(row).returning())[0];

export const insertMessage = async (db: Queryable, row: typeof catalogInquiryMessages.$inferInsert) =>
  (await db.insert(catalogInquiryMessages).values(row).returning())[0];

export const markMailed = async (db: Queryable, messageId: string) =>
  db
    .update(catalogInquiryMessages)
    .set({ mailedAt: new Date() })
    .where(eq(catalogInquiryMessages.id, messageId));

export const findInquiry = async (db: Queryable, id: string) =>
  (await db.select().from(catalogInquiries).where(eq(catalogInquiries.id, id)).limit(1))[0];

export const lockInquiry = async (db: Queryable, id: string) =>
  (await db.select().from(catalogInquiries).where(eq(catalogInquiries.id, id)).for('update').limit(1))[0];

export const setInquiryStatus = async (db: Queryable, id: string, status: InquiryRow['status']) =>
  (
    await db
      .update(catalogInquiries)
      .set({ status, updatedAt: new Date() })
      .where(eq(catalogInquiries.id, id))
      .returning()
  )[0];

export const messagesOf = (db: Queryable, inquiryId: string) =>
  db
    .select()
    .from(catalogInquiryMessages)
    .where(eq(catalogInquiryMessages.inquiryId, inquiryId))
    .orderBy(asc(catalogInquiryMessages.createdAt), asc(catalogInquiryMessages.id));

export async function listInquiryRows(
  db: Queryable,
  visible: SQL,
  filter: { status?: string; businessId?: string },
  page: number,
  pageSize: number,
) {
  const where = and(
    sql`${catalogInquiries.businessId} IN (${visible})`,
    filter.status ? eq(catalogInquiries.status, filter.status as InquiryRow['status']) : undefined,
    filter.businessId ? eq(catalogInquiries.businessId, filter.businessId) : undefined,
  );
  const last = db
    .select({
      inquiryId: catalogInquiryMessages.inquiryId,
      lastAt: max(catalogInquiryMessages.createdAt).as('last_at'),
      n: count().as('n'),
    })
    .from(catalogInquiryMessages)
    .groupBy(catalogInquiryMessages.inquiryId)
    .as('last');
  const rows = await db
    .select({
      inquiry: catalogInquiries,
      productSlug: catalogProducts.slug,
      productName: catalogProducts.name,
      lastAt: last.lastAt,
      messageCount: last.n,
    })
    .from(catalogInquiries)
    .innerJoin(catalogProducts, eq(catalogProducts.id, catalogInquiries.productId))
    .leftJoin(last, eq(last.inquiryId, catalogInquiries.id))
    .where(where)
    .orderBy(desc(catalogInquiries.createdAt), asc(catalogInquiries.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(catalogInquiries).where(where);
  return { rows, total };
}

/** E-mail addresses of active accounts (the makers to notify). */
export async function accountEmails(db: Queryable, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ email: users.email })
    .from(users)
    .where(and(inArray(users.id, [...ids]), eq(users.active, true)));
  return rows.map((r) => r.email);
}
