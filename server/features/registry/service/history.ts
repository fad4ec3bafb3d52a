import type { ServiceContext } from '#server/lib/context';
import { presentAuditEntry } from '../present/history';
import { mergedInto } from '../queries/businesses';
import { businessAuditPage } from '../queries/history';
import { loadReadableBusiness } from './access';

/** A business's audit trail, including that of every record merged into it. */
export async function getBusinessHistory(
  ctx: ServiceContext,
  id: string,
  page: { page: number; pageSize: number },
) {
  await loadReadableBusiness(ctx, id, { allowMerged: true });
  const ids = [id, ...(await mergedInto(ctx.db, id))];
  const { items, total } = await businessAuditPage(ctx.db, ids, page.page, page.pageSize);
  return {
    items: items.map((r) => presentAuditEntry(r, ctx.actor)),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
