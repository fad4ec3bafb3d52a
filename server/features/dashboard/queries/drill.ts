import { type SQL, sql } from 'drizzle-orm';
import type { DrillQuery } from '#core/schemas/dashboard';
import type { Queryable } from '#server/db/client';
import { type Area, inArea, type Months, rowsOf, textArray } from './source';

const OPEN = sql`('identified', 'planned', 'in_progress')`;
const registeredMonth = sql`date_trunc('month', b.created_at AT TIME ZONE 'Asia/Jakarta')::date`;

function needCondition(q: DrillQuery): SQL {
  const status =
    q.status === 'open' ? sql`n.status IN ${OPEN}` : q.status === 'met' ? sql`n.status = 'met'` : sql`true`;
  const category = q.category ? sql`n.category = ${q.category}` : sql`true`;
  const cohort = q.eventId
    ? sql`EXISTS (SELECT 1 FROM training_registrations r WHERE r.business_id = b.id AND r.event_id = ${q.eventId} AND r.status = 'registered')`
    : sql`true`;
  return sql`EXISTS (SELECT 1 FROM needs n WHERE n.business_id = b.id AND ${status} AND ${category}) AND ${cohort}`;
}

/**
 * Events starting in the period's months, as a range on start_date: the planner estimates it
 * from the column's statistics (date_trunc's result it guessed at 100 events of 2,379 at 500,000
 * IKM, then joined every match and sorted them: 318 ms for a page instead of 22 walking the
 * name index).
 */
function trainedCondition(q: DrillQuery, m: Months): SQL {
  const stage = {
    registered: sql`true`,
    attended: sql`EXISTS (SELECT 1 FROM training_attendance a WHERE a.event_id = r.event_id AND a.registration_id = r.id)`,
    certified: sql`EXISTS (SELECT 1 FROM training_certificates c WHERE c.registration_id = r.id AND c.status = 'valid')`,
    followed_up: sql`EXISTS (SELECT 1 FROM training_followups f WHERE f.registration_id = r.id AND f.fulfilled_at IS NOT NULL)`,
  }[q.stage];
  return sql`EXISTS (SELECT 1 FROM training_registrations r JOIN training_events e ON e.id = r.event_id
    WHERE r.business_id = b.id AND r.status = 'registered'
      AND e.start_date >= ${m.first}::date AND e.start_date < (${m.last}::date + interval '1 month') AND ${stage})`;
}

/** Which businesses make up a figure (the same rules as the figure's facts). */
function figureCondition(q: DrillQuery, m: Months): SQL {
  switch (q.figure) {
    case 'businesses':
      return sql`${registeredMonth} <= ${m.last}::date`;
    case 'added':
      return sql`${registeredMonth} BETWEEN ${m.first}::date AND ${m.last}::date`;
    case 'visited':
      return sql`EXISTS (SELECT 1 FROM visits v WHERE v.business_id = b.id AND v.status <> 'returned'
        AND v.visited_on >= ${m.first}::date AND v.visited_on < (${m.last}::date + interval '1 month'))`;
    case 'needs':
      return needCondition(q);
    case 'unattended':
      return sql`EXISTS (SELECT 1 FROM needs n WHERE n.business_id = b.id AND n.priority = 'high' AND n.status = 'identified'
        AND ${q.category ? sql`n.category = ${q.category}` : sql`true`}
        AND NOT EXISTS (SELECT 1 FROM support_needs sn WHERE sn.need_id = n.id))`;
    case 'never_supported':
      return sql`NOT EXISTS (SELECT 1 FROM support_businesses sb WHERE sb.business_id = b.id)`;
    case 'supported':
      return sql`EXISTS (SELECT 1 FROM support_businesses sb WHERE sb.business_id = b.id)`;
    case 'trained':
      return trainedCondition(q, m);
  }
}

const whereOf = (area: Area, q: DrillQuery, m: Months) =>
  sql`b.deleted_at IS NULL AND b.merged_into_id IS NULL
         AND ${inArea(area, sql`b.district_code`)}
         AND ${q.subsector ? sql`b.subsector = ${q.subsector}` : sql`true`}
         AND ${figureCondition(q, m)}`;

/** The businesses behind a figure counted from the rows. */
export async function countBusinesses(db: Queryable, area: Area, q: DrillQuery, m: Months) {
  return Number(
    rowsOf<{ n: number }>(
      await db.execute(sql`SELECT count(*)::int AS n FROM businesses b WHERE ${whereOf(area, q, m)}`),
    )[0].n,
  );
}

const OPEN_LIST = ['identified', 'planned', 'in_progress'];

/** Whether rollupCount has a count for the figure (otherwise it answers null). */
export function countedInRollup(q: DrillQuery, area: Area): boolean {
  switch (q.figure) {
    case 'visited':
    case 'trained':
      return area === null;
    case 'businesses':
    case 'added':
    case 'supported':
    case 'never_supported':
      return true;
    case 'needs':
      return q.status === 'open' && Boolean(q.category) && !q.eventId;
    case 'unattended':
      return Boolean(q.category);
    default:
      return false;
  }
}

/**
 * The number of businesses behind a figure read from the rollup where the figure counts each
 * business once: registered, added, supported, never supported (all live IKM minus the
 * supported), and open or unattended needs of one category (a business has at most one open
 * need per category: needs_open_business_category_key). Over every kecamatan from the `…/p`
 * rows (subsector × month at most), within an area from the fine rows of its kecamatan. Visited
 * and the training stages over every kecamatan: the prefix sums of dash_period_grid (migration
 * 0031). null: the figure has no such count (visited or a training stage within an area, needs of
 * any category or closed ones, a cohort), count the rows.
 */
export async function rollupCount(
  db: Queryable,
  area: Area,
  q: DrillQuery,
  m: Months,
): Promise<number | null> {
  if (!countedInRollup(q, area)) return null;
  const wide = area === null;
  if (q.figure === 'visited' || q.figure === 'trained') {
    const figure = q.figure === 'visited' ? 'visited' : `trained:${q.stage}`;
    return Number(
      rowsOf<{ n: string | null }>(
        await db.execute(sql`SELECT coalesce(sum(n), 0) AS n FROM dash_period_grid
          WHERE figure = ${figure} AND ${q.subsector ? sql`subsector = ${q.subsector}` : sql`true`}
            AND f <= ${m.first}::date AND l <= ${m.last}::date`),
      )[0].n,
    );
  }
  const sub = q.subsector ? sql`subsector = ${q.subsector}` : sql`true`;
  const sum = async (column: SQL, kind: string, where: SQL) =>
    Number(
      rowsOf<{ n: string | null }>(
        await db.execute(sql`SELECT coalesce(sum(${column}), 0) AS n FROM dash_rollup
          WHERE kind = ${kind} AND ${wide ? sql`district_code = ''` : inArea(area)} AND ${sub} AND ${where}`),
      )[0].n,
    );
  const ikm = (where: SQL) => sum(sql`n`, wide ? 'ikm/p' : 'ikm', where);
  const supported = () => sum(sql`n`, wide ? 'supported/p' : 'supported', sql`true`);
  const needs = (column: SQL) =>
    sum(
      column,
      wide ? 'need/open/p' : 'need',
      sql`dim = ${q.category ?? ''} AND ${wide ? sql`true` : sql`dim2 = ANY(${textArray(OPEN_LIST)})`}`,
    );
  switch (q.figure) {
    case 'businesses':
      return ikm(sql`period <= ${m.last}::date`);
    case 'added':
      return ikm(sql`period BETWEEN ${m.first}::date AND ${m.last}::date`);
    case 'supported':
      return supported();
    case 'never_supported': {
      const [all, reached] = await Promise.all([ikm(sql`true`), supported()]);
      return all - reached;
    }
    // countedInRollup has checked the status, category and event these counts need.
    case 'needs':
      return needs(sql`n`);
    case 'unattended':
      return needs(sql`v2`);
    default:
      return null;
  }
}

/**
 * A page of the businesses, in the registry's name order (lower(name) in "C", id: read from
 * `businesses_live_name_idx` until the page is full), and their count: from the rollup in a
 * separate statement where the figure has one (rollupCount; `count(*) OVER ()` sorted every
 * matching business for each page: 1.9 s for "never supported" at 50,000 IKM, bench (f)); for
 * the others (a training stage or visits within an area, needs of any category), `count(*) OVER
 * ()` in the page's statement instead of finding the matches twice.
 */
export async function drillBusinesses(db: Queryable, area: Area, q: DrillQuery, m: Months) {
  const where = whereOf(area, q, m);
  const offset = (q.page - 1) * q.pageSize;
  const windowed = !countedInRollup(q, area);
  const rows = rowsOf<Record<string, unknown>>(
    await db.execute(sql`
      SELECT b.id, b.name, b.district_code, r.name AS district_name, b.subsector,
             b.latest_turnover_yearly_idr, b.latest_workers${windowed ? sql`, count(*) OVER () AS total` : sql``}
        FROM businesses b LEFT JOIN regions r ON r.code = b.district_code
       WHERE ${where}
       ORDER BY lower(b.name) COLLATE "C", b.id
       LIMIT ${q.pageSize} OFFSET ${offset}`),
  );
  // A first page that is not full holds them all; otherwise the page's own count, the figure's
  // count in the rollup, or (a page past the end) count.
  const total =
    offset === 0 && rows.length < q.pageSize
      ? rows.length
      : windowed && rows.length > 0
        ? Number(rows[0].total)
        : ((await rollupCount(db, area, q, m)) ?? (await countBusinesses(db, area, q, m)));
  return {
    total,
    items: rows.map((r) => ({
      id: String(r.id),
      name: String(r.name),
      districtCode: String(r.district_code),
      districtName: r.district_name === null ? null : String(r.district_name),
      subsector: String(r.subsector),
      latestTurnoverYearlyIdr:
        r.latest_turnover_yearly_idr === null ? null : Number(r.latest_turnover_yearly_idr),
      latestWorkers: r.latest_workers === null ? null : Number(r.latest_workers),
    })),
  };
}
