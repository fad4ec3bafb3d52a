import { and, count, desc, eq, inArray } from 'drizzle-orm';
import type { AuditEntry } from '#core/schemas/audit';
import { auditLog } from '#server/db/schema';
import type { Actor, ServiceContext } from '#server/lib/context';
import { mergedInto } from '../queries/businesses';
import { loadReadableBusiness } from './access';

type AuditRow = typeof auditLog.$inferSelect;

/** Audit rows as registry readers see them: the IP address is for admins only. */
export function presentAuditEntry(row: AuditRow, actor: Actor | null): AuditEntry {
  return { ...row, at: row.at.toISOString(), ip: actor?.role === 'admin' ? row.ip : null };
}

/** A business's audit trail, including that of every record merged into it. */
export async function getBusinessHistory(
  ctx: ServiceContext,
  id: string,
  page: { page: number; pageSize: number },
) {
  await loadReadableBusiness(ctx, id, { allowMerged: true });
  const ids = [id, ...(await mergedInto(ctx.db, id))];
  const where = and(eq(auditLog.entityType, 'business'), inArray(auditLog.entityId, ids));
  const items = await ctx.db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  const [{ total }] = await ctx.db.select({ total: count() }).from(auditLog).where(where);
  return {
    items: items.map((r) => presentAuditEntry(r, ctx.actor)),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
