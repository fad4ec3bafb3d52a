import type { ListRegionsQuery, RegionList } from '#core/schemas/registry';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { canReadRegions } from '../policy';
import { searchRegions } from '../queries/regions';

// "Kec. Lowokwaru" and "kelurahan Tlogomas" are how people type them; the data has the bare name.
const PREFIX = /^(?:kecamatan|kec|kelurahan|kel|desa|ds|kabupaten|kab|kota)(?:\s*[.:]\s*|\s+)/i;

/**
 * Regions for pickers: children of `parent`, every region of `level` under `within`, or a name
 * search. Whatever the list, the home city's regions come first.
 */
export async function listRegions(ctx: ServiceContext, query: ListRegionsQuery): Promise<RegionList> {
  if (!canReadRegions(ctx.actor)) throw forbidden();
  const rows = await searchRegions(ctx.db, {
    parent: query.parent,
    level: query.level,
    within: query.within,
    term: query.q ? query.q.replace(PREFIX, '').trim() || query.q : undefined,
    homeCode: ctx.config.HOME_REGION_CODE,
    limit: query.limit,
  });
  return {
    items: rows.map((r) => ({
      code: r.code,
      name: r.name,
      level: r.level,
      parentCode: r.parent_code,
      parentName: r.parent_name,
      home: Boolean(r.home),
    })),
  };
}
