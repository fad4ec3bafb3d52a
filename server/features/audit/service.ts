import type { AuditEntry } from '#core/schemas/audit';
import type { auditLog } from '#server/db/schema';
import type { ServiceContext } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import * as q from './queries';

type Row = typeof auditLog.$inferSelect;

const present = (r: Row): AuditEntry => ({ ...r, at: r.at.toISOString() });

export async function listAudit(
  ctx: ServiceContext,
  query: q.AuditFilter & { page: number; pageSize: number },
) {
  if (ctx.actor?.role !== 'admin') throw new AppError('forbidden');
  const { page, pageSize, ...filter } = query;
  const { items, total } = await q.listAudit(ctx.db, filter, page, pageSize);
  return { items: items.map(present), total, page, pageSize };
}

export async function listAuditActions(ctx: ServiceContext) {
  if (ctx.actor?.role !== 'admin') throw new AppError('forbidden');
  return { actions: await q.listAuditActions(ctx.db) };
}
