import { type SQL, sql } from 'drizzle-orm';
import type { ListRegionsQuery, RegionList } from '#core/schemas/registry';
import type { ServiceContext } from '#server/lib/context';
import { forbidden } from '#server/lib/errors';
import { canReadRegions } from '../policy';
import { rowsOf } from '../queries/scope';

type RegionRow = {
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  parent_code: string | null;
  parent_name: string | null;
  home: boolean;
};

// "Kec. Lowokwaru" and "kelurahan Tlogomas" are how people type them; the data has the bare name.
const PREFIX = /^(?:kecamatan|kec|kelurahan|kel|desa|ds|kabupaten|kab|kota)(?:\s*[.:]\s*|\s+)/i;

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Regions for pickers: children of `parent`, every region of `level` under `within`, or a name
 * search. Whatever the list, the home city's regions come first.
 */
export async function listRegions(ctx: ServiceContext, query: ListRegionsQuery): Promise<RegionList> {
  if (!canReadRegions(ctx.actor)) throw forbidden();
  const home = ctx.config.HOME_REGION_CODE;
  const where: SQL[] = [];
  if (query.parent) where.push(sql`r.parent_code = ${query.parent}`);
  if (query.level) where.push(sql`r.level = ${query.level}`);
  if (query.within) where.push(sql`r.code LIKE ${`${escapeLike(query.within)}.%`}`);
  // A search ranks whole-word matches above matches inside a word ("Malang" before "Pemalang").
  const order: SQL[] = [sql`home DESC`];
  if (query.q) {
    const term = escapeLike(query.q.replace(PREFIX, '').trim() || query.q);
    where.push(sql`r.name ILIKE ${`%${term}%`}`);
    order.push(sql`CASE WHEN r.name ILIKE ${term} THEN 2 WHEN r.name ILIKE ${`${term}%`} OR r.name ILIKE ${`% ${term}%`}
      THEN 1 ELSE 0 END DESC`);
  }
  const homePattern = `${escapeLike(home)}.%`;
  const rows = rowsOf<RegionRow>(
    await ctx.db.execute(sql`
      SELECT r.code, r.name, r.level, r.parent_code, p.name AS parent_name,
        (r.code = ${home} OR r.code LIKE ${homePattern}) AS home
      FROM regions r LEFT JOIN regions p ON p.code = r.parent_code
      WHERE ${sql.join(where, sql` AND `)}
      ORDER BY ${sql.join(order, sql`, `)}, r.name ASC, r.code ASC
      LIMIT ${query.limit}`),
  );
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
