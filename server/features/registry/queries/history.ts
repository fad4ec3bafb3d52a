import { and, asc, count, desc, eq, inArray, or } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { auditLog } from '#server/db/schema';

/*
 * The registry's own entries of the audit trail (written by server/lib/audit.ts): a business's
 * history page, a person's data export, and the scrubbing erasure does.
 */

export type AuditRow = typeof auditLog.$inferSelect;

/** One page of the entries about these businesses and their owners, newest first. */
export async function businessAuditPage(
  db: Queryable,
  ids: { businessIds: string[]; ownerIds: string[] },
  page: number,
  pageSize: number,
) {
  const aboutBusiness = and(eq(auditLog.entityType, 'business'), inArray(auditLog.entityId, ids.businessIds));
  const where =
    ids.ownerIds.length > 0
      ? or(aboutBusiness, and(eq(auditLog.entityType, 'owner'), inArray(auditLog.entityId, ids.ownerIds)))
      : aboutBusiness;
  const items = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(where);
  return { items, total };
}

/** Every entry about one person, oldest first. */
export async function ownerAuditRows(db: Queryable, ownerId: string): Promise<AuditRow[]> {
  return db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'owner'), eq(auditLog.entityId, ownerId)))
    .orderBy(asc(auditLog.at), asc(auditLog.id));
}

export async function rewriteAuditRow(db: Queryable, id: AuditRow['id'], before: unknown, after: unknown) {
  await db.update(auditLog).set({ before, after }).where(eq(auditLog.id, id));
}
