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
  const named = items.flatMap((r) =>
    r.entityId ? [{ entityType: r.entityType, entityId: r.entityId }] : [],
  );
  const names = await q.latestEntityNames(ctx.db, named);
  return {
    items: items.map((r) => presentAuditEntry(r, names.get(`${r.entityType}:${r.entityId}`) ?? null)),
    total,
    page,
    pageSize,
  };
}

export async function listAuditActions(ctx: ServiceContext) {
  authorize(ctx);
  const [actions, entityTypes] = await Promise.all([
    q.listAuditActions(ctx.db),
    q.listAuditEntityTypes(ctx.db),
  ]);
  return { actions, entityTypes };
}
