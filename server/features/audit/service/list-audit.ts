import type { ServiceContext } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import { canReadAudit } from '../policy';
import { presentAuditEntry } from '../present';
import * as q from '../queries/audit-log';

function authorize(ctx: ServiceContext) {
  if (!canReadAudit(ctx.actor)) throw new AppError('forbidden');
}

export async function listAudit(
  ctx: ServiceContext,
  query: q.AuditFilter & { page: number; pageSize: number },
) {
  authorize(ctx);
  const { page, pageSize, ...filter } = query;
  const { items, total } = await q.listAudit(ctx.db, filter, page, pageSize);
  return { items: items.map(presentAuditEntry), total, page, pageSize };
}

export async function listAuditActions(ctx: ServiceContext) {
  authorize(ctx);
  return { actions: await q.listAuditActions(ctx.db) };
}
