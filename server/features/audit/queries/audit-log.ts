import { and, count, desc, eq, gte, inArray, isNotNull, lt, type SQL, sql } from 'drizzle-orm';
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

export async function listAuditEntityTypes(db: Queryable) {
  const rows = await db
    .selectDistinct({ entityType: auditLog.entityType })
    .from(auditLog)
    .orderBy(auditLog.entityType);
  return rows.map((r) => r.entityType);
}

// The name a record carried in its snapshots; secrets are already redacted from them.
const nameIn = (column: typeof auditLog.after | typeof auditLog.before) =>
  sql`coalesce(${column}->>'name', ${column}->>'label', ${column}->>'email')`;
const snapshotName = sql<string>`coalesce(${nameIn(auditLog.after)}, ${nameIn(auditLog.before)})`;

/**
 * The newest name each record had in the log ("Batik Tulis Sari", "Batch Mei"), for records
 * whose own entries (a status change, a sign-in) carry no name. One row per record.
 */
export async function latestEntityNames(
  db: Queryable,
  records: { entityType: string; entityId: string }[],
): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  if (records.length === 0) return names;
  const ids = [...new Set(records.map((r) => r.entityId))];
  const types = [...new Set(records.map((r) => r.entityType))];
  const rows = await db
    .selectDistinctOn([auditLog.entityType, auditLog.entityId], {
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      name: snapshotName,
    })
    .from(auditLog)
    .where(and(inArray(auditLog.entityType, types), inArray(auditLog.entityId, ids), isNotNull(snapshotName)))
    .orderBy(auditLog.entityType, auditLog.entityId, desc(auditLog.at), desc(auditLog.id));
  for (const r of rows) if (r.entityId && r.name) names.set(`${r.entityType}:${r.entityId}`, r.name);
  return names;
}
