import { type MyBusiness, MyBusinessesQuery } from '#core/schemas/monitoring';
import { listBusinesses } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { canRecordVisits } from '../policy';
import { presentAnswers } from '../present';
import { lastVisitsOf } from '../queries/visits';
import { followUpItems, pressing } from './follow-ups';
import { schedules } from './schedules';

/**
 * The businesses an officer may visit (assigned kecamatan; admins: all), each with its last
 * visit (to copy from, also offline) and its most pressing follow-up.
 */
export async function listMyBusinesses(ctx: ServiceContext, raw: unknown) {
  if (!canRecordVisits(ctx.actor)) throw forbidden();
  const query = MyBusinessesQuery.parse(raw);
  const page = await listBusinesses(ctx, {
    q: query.q,
    page: query.page,
    pageSize: query.pageSize,
    sort: 'name',
  });
  const ids = page.items.map((b) => b.id);
  const [last, members] = [await lastVisitsOf(ctx.db, ids), await schedules().forBusinesses(ctx.db, ids)];
  const lastById = new Map(last.map((v) => [v.businessId, v]));
  const followUps = pressing(await followUpItems(ctx, members));
  const items: MyBusiness[] = page.items.map((b) => {
    const v = lastById.get(b.id);
    return {
      businessId: b.id,
      name: b.name,
      districtCode: b.districtCode,
      districtName: b.districtName,
      villageName: b.villageName,
      ownerNames: b.ownerNames,
      lastVisit: v
        ? {
            id: v.id,
            visitedAt: v.visitedAt.toISOString(),
            formVersion: v.formVersion,
            answers: presentAnswers(v.id, v.answers),
          }
        : null,
      followUp: followUps.get(b.id) ?? null,
    };
  });
  return { items, total: page.total, page: query.page, pageSize: query.pageSize };
}
