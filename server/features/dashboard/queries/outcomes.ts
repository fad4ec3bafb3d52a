import { type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { type Area, inArea, type Months, num, rowsOf, type Source } from './source';

/**
 * Turnover, workers and channels before and after, for the businesses supported in the period
 * vs those not yet supported by its end (the rule is in service/summary.ts). From the rollup, over
 * every kecamatan: the prefix sums of dash_outcome_grid (at most two groups × ~100 × ~100 rows,
 * however many businesses); within an area: each business's sorted visit days and support days
 * (dash_outcome_facts), the visits before and after found by binary search (width_bucket counts
 * the days up to a day). From the raw rows: two index look-ups per business (the tests'
 * independent check and the bench's baseline).
 */
export async function outcomes(db: Queryable, source: Source, area: Area, m: Months) {
  const query =
    source === 'raw'
      ? rawOutcomesQuery(area, m)
      : area === null
        ? gridOutcomesQuery(m)
        : outcomesQuery(area, m);
  const rows = rowsOf<Record<string, unknown>>(await db.execute(query));
  const avg = (v: unknown) => (v === null || v === undefined ? null : Math.round(Number(v) * 10) / 10);
  return rows.map((r) => ({
    group: String(r.grp) as 'supported' | 'not_supported',
    businesses: num(r.n),
    turnoverBefore: avg(r.t0),
    turnoverAfter: avg(r.t1),
    workersBefore: avg(r.w0),
    workersAfter: avg(r.w1),
    channelsBefore: avg(r.c0),
    channelsAfter: avg(r.c1),
  }));
}

/** Averages of a measure over the businesses that answered it on both visits (b0 before, b1 after). */
const measure = (name: string, before: SQL, after: SQL) => {
  const both = sql`FILTER (WHERE ${before} IS NOT NULL AND ${after} IS NOT NULL)`;
  return sql`avg(${before}) ${both} AS ${sql.raw(`${name}0`)}, avg(${after}) ${both} AS ${sql.raw(`${name}1`)}`;
};

/** A measure's averages from the grid's sums (NULL where no business answered it on both visits). */
const gridMeasure = (name: string) =>
  sql.raw(
    `CASE WHEN sum(${name}n) > 0 THEN sum(${name}0) / sum(${name}n) END AS ${name}0, ` +
      `CASE WHEN sum(${name}n) > 0 THEN sum(${name}1) / sum(${name}n) END AS ${name}1`,
  );

/**
 * Over every kecamatan: a period's figures are the sums of the grid's corners up to its first
 * and last month (migration 0030 builds them with the rule of outcomesQuery below).
 */
export function gridOutcomesQuery(m: Months): SQL {
  return sql`
    SELECT grp, sum(n) AS n, ${gridMeasure('t')}, ${gridMeasure('w')}, ${gridMeasure('c')}
      FROM dash_outcome_grid
     WHERE f <= ${m.first}::date AND l <= ${m.last}::date
     GROUP BY grp HAVING sum(n) > 0 ORDER BY grp DESC`;
}

/**
 * The index of the visit before (`bi`: visits on days before the first support in the period, or
 * before the period) and after (`ai`: visits before the period's end; after only when ai > bi).
 */
export function outcomesQuery(area: Area, m: Months): SQL {
  const end = sql`(${m.last}::date + interval '1 month')::date`;
  return sql`
    SELECT y.grp, count(*) AS n,
           ${measure('t', sql`o.turnover[y.bi]`, sql`o.turnover[y.ai]`)},
           ${measure('w', sql`o.workers[y.bi]`, sql`o.workers[y.ai]`)},
           ${measure('c', sql`o.channels[y.bi]`, sql`o.channels[y.ai]`)}
      FROM dash_outcome_facts o
     CROSS JOIN LATERAL (SELECT o.supports[width_bucket(${m.first}::date - 1, o.supports) + 1] AS first) s
     CROSS JOIN LATERAL (
            SELECT CASE WHEN s.first < ${end} THEN 'supported' ELSE 'not_supported' END AS grp,
                   width_bucket(coalesce(CASE WHEN s.first < ${end} THEN s.first END, ${m.first}::date) - 1, o.days) AS bi,
                   width_bucket(${end} - 1, o.days) AS ai) y
     WHERE ${inArea(area, sql`o.district_code`)} AND o.days[1] < ${end}
       AND (s.first < ${end} OR o.supports IS NULL OR o.supports[1] >= ${end})
       AND y.bi >= 1 AND y.ai > y.bi
     GROUP BY y.grp ORDER BY y.grp DESC`;
}

function rawOutcomesQuery(area: Area, m: Months): SQL {
  const end = sql`(${m.last}::date + interval '1 month')::date`;
  const channels = (a: SQL) =>
    sql`CASE WHEN jsonb_typeof(${a}->'salesChannels') = 'array' THEN jsonb_array_length(${a}->'salesChannels') END`;
  const answered = (name: string, of: (a: SQL) => SQL) =>
    measure(name, of(sql`bv.answers`), of(sql`av.answers`));
  return sql`
      WITH s AS (
        SELECT sb.business_id, min(si.date) AS first
          FROM support_interventions si JOIN support_businesses sb ON sb.support_id = si.id
         WHERE si.date >= ${m.first}::date AND si.date < ${end}
         GROUP BY sb.business_id
      ), x AS (
        SELECT b.id, s.first, CASE WHEN s.first IS NULL THEN 'not_supported' ELSE 'supported' END AS grp
          FROM businesses b LEFT JOIN s ON s.business_id = b.id
         WHERE b.deleted_at IS NULL AND b.merged_into_id IS NULL AND ${inArea(area, sql`b.district_code`)}
           AND (s.first IS NOT NULL OR NOT EXISTS (
                 SELECT 1 FROM support_businesses sb JOIN support_interventions si ON si.id = sb.support_id
                  WHERE sb.business_id = b.id AND si.date < ${end}))
      )
      SELECT x.grp, count(*) AS n,
             ${answered('t', (a) => sql`dash_num(${a}->'turnoverLastMonth')`)},
             ${answered('w', (a) => sql`dash_num(${a}->'workers')`)},
             ${answered('c', channels)}
        FROM x
        JOIN LATERAL (SELECT v.answers FROM visits v
                       WHERE v.business_id = x.id AND v.status <> 'returned'
                         AND v.visited_on < coalesce(x.first, ${m.first}::date)
                       ORDER BY v.visited_on DESC, v.id DESC LIMIT 1) bv ON true
        JOIN LATERAL (SELECT v.answers FROM visits v
                       WHERE v.business_id = x.id AND v.status <> 'returned'
                         AND v.visited_on >= coalesce(x.first, ${m.first}::date) AND v.visited_on < ${end}
                       ORDER BY v.visited_on DESC, v.id DESC LIMIT 1) av ON true
       GROUP BY x.grp ORDER BY x.grp DESC`;
}
