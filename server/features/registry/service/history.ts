import type { ServiceContext } from '#server/lib/context';
import { presentHistoryEntry, regionCodesOf } from '../present/history';
import { mergedInto } from '../queries/businesses';
import { businessAuditPage } from '../queries/history';
import { linksOfBusiness } from '../queries/owner-links';
import { regionNames } from '../queries/regions';
import { loadReadableBusiness } from './access';

/**
 * A business's audit trail, including that of every record merged into it and of the people
 * who own it (their NIK only ever masked), each change with its old and new value.
 */
export async function getBusinessHistory(
  ctx: ServiceContext,
  id: string,
  page: { page: number; pageSize: number },
) {
  await loadReadableBusiness(ctx, id, { allowMerged: true });
  const businessIds = [id, ...(await mergedInto(ctx.db, id))];
  const ownerIds = (await linksOfBusiness(ctx.db, id)).map((l) => l.ownerId);
  const { items, total } = await businessAuditPage(
    ctx.db,
    { businessIds, ownerIds },
    page.page,
    page.pageSize,
  );
  const names = await regionNames(ctx.db, regionCodesOf(items));
  return {
    items: items.map((r) => presentHistoryEntry(r, ctx.actor, names)),
    total,
    page: page.page,
    pageSize: page.pageSize,
  };
}
