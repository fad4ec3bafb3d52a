import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { endOfOfficeDay, startOfOfficeDay } from '#core/time';
import type { Queryable } from '#server/db/client';
import { auditLog } from '#server/db/schema';

export type AuditFilter = {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: string;
  from?: string;
  to?: string;
};

function where(f: AuditFilter): SQL | undefined {
  return and(
    f.entityType ? eq(auditLog.entityType, f.entityType) : undefined,
    f.entityId ? eq(auditLog.entityId, f.entityId) : undefined,
    f.action ? eq(auditLog.action, f.action) : undefined,
    f.actorId ? eq(auditLog.actorId, f.actorId) : undefined,
    // Dates are the office's calendar days.
    f.from ? gte(auditLog.at, startOfOfficeDay(f.from)) : undefined,
    f.to ? lt(auditLog.at, endOfOfficeDay(f.to)) : undefined,
  );
}

export async function listAudit(db: Queryable, filter: AuditFilter, page: number, pageSize: number) {
  const condition = where(filter);
  const items = await db
    .select()
    .from(auditLog)
    .where(condition)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(auditLog).where(condition);
  return { items, total };
}

export async function listAuditActions(db: Queryable) {
  const rows = await db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action);
  return rows.map((r) => r.action);
}
