import { type SQL, sql } from 'drizzle-orm';
import type { DelivererKind, SupportType } from '#core/domain/needs';
import type { Queryable } from '#server/db/client';
import { rows, uuidList } from './rows';

export type SupportRow = {
  id: string;
  type: SupportType;
  date: string;
  valueIdr: number | string;
  deliveredByKind: DelivererKind;
  deliveredByName: string;
  title: string | null;
  note: string | null;
  trainingEventId: string | null;
  createdAt: Date | string;
  /** Businesses reached that the reader may see. */
  businessCount: number;
  /** All businesses reached. */
  allBusinesses: number;
  needCount: number;
};

/** `scope`: the business ids the reader may see (null: all). */
const visibleCount = (scope: SQL | null) =>
  sql`(SELECT count(*)::int FROM support_businesses sb JOIN businesses b ON b.id = sb.business_id
    WHERE sb.support_id = s.id AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
    ${scope ? sql`AND sb.business_id IN (${scope})` : sql``})`;

const COLUMNS = (scope: SQL | null) => sql`s.id, s.type, s.date::text AS date, s.value_idr AS "valueIdr",
  s.delivered_by_kind AS "deliveredByKind", s.delivered_by_name AS "deliveredByName", s.title, s.note,
  s.training_event_id AS "trainingEventId", s.created_at AS "createdAt",
  ${visibleCount(scope)} AS "businessCount",
  (SELECT count(*)::int FROM support_businesses sb WHERE sb.support_id = s.id) AS "allBusinesses",
  (SELECT count(*)::int FROM support_needs sn JOIN needs n ON n.id = sn.need_id WHERE sn.support_id = s.id
    ${scope ? sql`AND n.business_id IN (${scope})` : sql``}) AS "needCount"`;

export type SupportFilter = {
  businessId?: string;
  type?: string;
  districtCode?: string;
  from?: string;
  to?: string;
};

function conditions(filter: SupportFilter, scope: SQL | null): SQL {
  const parts: SQL[] = [];
  // Only support that reached someone the reader may see (and, when asked, this business or kecamatan).
  const reach: SQL[] = [sql`sb.support_id = s.id`];
  if (scope) reach.push(sql`sb.business_id IN (${scope})`);
  if (filter.businessId) reach.push(sql`sb.business_id = ${filter.businessId}`);
  if (filter.districtCode) reach.push(sql`b.district_code = ${filter.districtCode}`);
  parts.push(sql`EXISTS (SELECT 1 FROM support_businesses sb JOIN businesses b ON b.id = sb.business_id
    WHERE ${sql.join(reach, sql` AND `)} AND b.deleted_at IS NULL AND b.merged_into_id IS NULL)`);
  if (filter.type) parts.push(sql`s.type = ${filter.type}`);
  if (filter.from) parts.push(sql`s.date >= ${filter.from}::date`);
  if (filter.to) parts.push(sql`s.date <= ${filter.to}::date`);
  return sql.join(parts, sql` AND `);
}

export async function listSupport(
  db: Queryable,
  filter: SupportFilter,
  scope: SQL | null,
  page: { limit: number; offset: number },
) {
  const where = conditions(filter, scope);
  const [items, [count]] = await Promise.all([
    rows<SupportRow>(
      db,
      sql`SELECT ${COLUMNS(scope)} FROM support_interventions s WHERE ${where}
        ORDER BY s.date DESC, s.created_at DESC, s.id LIMIT ${page.limit} OFFSET ${page.offset}`,
    ),
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n FROM support_interventions s WHERE ${where}`),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function findSupport(db: Queryable, id: string, scope: SQL | null) {
  const [row] = await rows<SupportRow>(
    db,
    sql`SELECT ${COLUMNS(scope)} FROM support_interventions s WHERE s.id = ${id}`,
  );
  return row;
}

export function supportBusinessesOf(db: Queryable, id: string, scope: SQL | null) {
  return rows<{ id: string; name: string; districtCode: string; districtName: string | null }>(
    db,
    sql`SELECT b.id, b.name, b.district_code AS "districtCode", d.name AS "districtName"
      FROM support_businesses sb JOIN businesses b ON b.id = sb.business_id
      LEFT JOIN regions d ON d.code = b.district_code
      WHERE sb.support_id = ${id} AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
        ${scope ? sql`AND b.id IN (${scope})` : sql``}
      ORDER BY b.name, b.id`,
  );
}

export async function needIdsOfSupport(db: Queryable, id: string) {
  return (
    await rows<{ id: string }>(db, sql`SELECT need_id AS id FROM support_needs WHERE support_id = ${id}`)
  ).map((r) => r.id);
}

/** The support that answered a need (newest first). */
export function supportOfNeed(db: Queryable, needId: string) {
  return rows<SupportRow>(
    db,
    sql`SELECT ${COLUMNS(null)} FROM support_interventions s
      JOIN support_needs sn ON sn.support_id = s.id WHERE sn.need_id = ${needId}
      ORDER BY s.date DESC, s.id`,
  );
}

/** The live businesses among `ids`, with whether each lies in `scope`; held against deletion. */
export function businessesForSupport(db: Queryable, ids: readonly string[], scope: SQL | null) {
  return rows<{ id: string; inScope: boolean }>(
    db,
    sql`SELECT b.id, ${scope ? sql`b.id IN (${scope})` : sql`TRUE`} AS "inScope" FROM businesses b
      WHERE b.id = ANY(${uuidList(ids)}) AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
      FOR SHARE OF b`,
  );
}

export type NewSupport = {
  type: SupportType;
  date: string;
  valueIdr: number;
  deliveredByKind: DelivererKind;
  deliveredByName: string;
  title: string | null;
  note: string | null;
  trainingEventId: string | null;
  actorId: string | null;
};

export async function insertSupport(db: Queryable, s: NewSupport): Promise<string | null> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO support_interventions (type, date, value_idr, delivered_by_kind, delivered_by_name, title,
        note, training_event_id, created_by)
      VALUES (${s.type}, ${s.date}::date, ${s.valueIdr}, ${s.deliveredByKind}, ${s.deliveredByName}, ${s.title},
        ${s.note}, ${s.trainingEventId}, ${s.actorId})
      ON CONFLICT (training_event_id) WHERE training_event_id IS NOT NULL DO NOTHING
      RETURNING id`,
  );
  return row?.id ?? null;
}

/** Links the live businesses among `ids` (others are skipped); returns how many were linked. */
export async function linkBusinesses(db: Queryable, supportId: string, ids: readonly string[]) {
  if (ids.length === 0) return 0;
  const linked = await rows<{ id: string }>(
    db,
    sql`INSERT INTO support_businesses (support_id, business_id)
      SELECT ${supportId}, b.id FROM businesses b
      WHERE b.id = ANY(${uuidList(ids)}) AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
      ON CONFLICT DO NOTHING RETURNING business_id AS id`,
  );
  return linked.length;
}

export async function linkNeeds(db: Queryable, supportId: string, ids: readonly string[]) {
  if (ids.length === 0) return;
  await db.execute(sql`INSERT INTO support_needs (support_id, need_id)
    SELECT ${supportId}, x FROM unnest(${uuidList(ids)}) AS x ON CONFLICT DO NOTHING`);
}
