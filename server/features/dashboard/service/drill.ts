import type { DrillList, DrillQuery } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { countBusinesses, drillBusinesses } from '../queries/drill';
import { scopeOf } from './scope';

/** The businesses behind a figure's cell, within the asker's kecamatan. */
export async function drillDown(ctx: ServiceContext, query: DrillQuery): Promise<DrillList> {
  const { area, period } = scopeOf(ctx, query);
  const found = await drillBusinesses(ctx.db, area, query, {
    first: period.firstMonth,
    last: period.lastMonth,
  });
  return { ...found, page: query.page, pageSize: query.pageSize };
}

/** The drill-down's count from the rows alone (the bench's baseline for the rollup's count). */
export async function drillCountFromRows(ctx: ServiceContext, query: DrillQuery): Promise<number> {
  const { area, period } = scopeOf(ctx, query);
  return countBusinesses(ctx.db, area, query, { first: period.firstMonth, last: period.lastMonth });
}
