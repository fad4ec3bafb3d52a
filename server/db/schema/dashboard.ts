import { sql } from 'drizzle-orm';
import { bigint, date, index, integer, numeric, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';

/*
 * Dashboard rollups (migration 0021 holds the views and triggers). Every figure is a sum over
 * `dash_rollup`; a rollup row is the sum of the `dash_facts` of its key. Facts belong to a source
 * (a business or a training event): when the source or anything under it changes, a trigger in
 * the same transaction replaces that source's facts from the `dash_*_facts` views and adds the
 * difference to the rollup, so the rollup never drifts from the raw rows.
 *
 * kind      grain (period)     dim / dim2                  n, v1..v6
 * ikm       registration month  –                          businesses
 * visit     visit month         –                          visits, producing, pieces, turnover sum, turnover n, workers sum, workers n
 * channel   visit month         sales channel              visits naming it
 * snapshot  data year (Jan 1)   –                          businesses, turnover, workers, output value
 * training  event start month   –                          registered, attended, certified, followed up
 * need      identified month    category / status          needs, high priority, high + identified + no support
 * need_closed closing month     category / status          needs met or not pursued
 * need_cohort event start month category / event id        open needs of the event's participants
 * supported first support month –                          businesses
 * (outcome, 0022: a fixed-period before/after, dropped in 0028; dash_outcome_facts below holds it)
 * support   support month       type (source: intervention) businesses reached, value share, 1 on first kecamatan, 1
 *
 * Coarse kinds (migration 0025, function dash_coarse) hold the same sums at a coarser grain, so
 * that a request adds up hundreds of rows instead of tens of thousands. They are kept by the same
 * statement as the fine rows (dash_refresh, dash_rebuild) and only ever read from the rollup: the
 * raw source has the fine kinds alone, and a query over the fine kind gives the same figures.
 *
 * ikm/m, visit/m      kecamatan × month (no subsector)
 * channel/m           kecamatan × month × channel
 * need/m              kecamatan × identified month × status (no subsector, no category)
 * need_closed/m       kecamatan × closing month × status
 * need/open, need/all kecamatan × subsector × category, 2000-01-01 (open needs, all needs)
 * supported/d         kecamatan, 2000-01-01
 *
 * Area kinds (migration 0026, function dash_coarse_area, same upkeep) for the province scale
 * (666 kecamatan). Per kecamatan, no subsector, no month:
 * need/open/k, need/all/k  kecamatan × category (needs matrix, targeting by kecamatan)
 * ikm/k                    kecamatan (never supported by kecamatan)
 * Over every kecamatan, district_code '' (never matched by an area's list):
 * need/open/p          subsector × category (targeting overall, by subsector, unattended)
 * need/p, need_closed/p  month × status (needs trend)
 * ikm/p                subsector × registration month
 * supported/p          subsector
 * visit/p              month;  channel/p: month × channel
 * snapshot/p           subsector × data year
 */
const measures = {
  n: bigint('n', { mode: 'number' }).notNull().default(0),
  v1: bigint('v1', { mode: 'number' }).notNull().default(0),
  v2: bigint('v2', { mode: 'number' }).notNull().default(0),
  v3: bigint('v3', { mode: 'number' }).notNull().default(0),
  v4: bigint('v4', { mode: 'number' }).notNull().default(0),
  v5: bigint('v5', { mode: 'number' }).notNull().default(0),
  v6: bigint('v6', { mode: 'number' }).notNull().default(0),
};

const keys = () => ({
  kind: text('kind').notNull(),
  districtCode: text('district_code').notNull(),
  subsector: text('subsector').notNull().default(''),
  period: date('period', { mode: 'string' }).notNull(),
  dim: text('dim').notNull().default(''),
  dim2: text('dim2').notNull().default(''),
});

export const dashFacts = pgTable(
  'dash_facts',
  { src: uuid('src').notNull(), ...keys(), ...measures },
  (t) => [index('dash_facts_src_idx').on(t.src)],
);

export const dashRollup = pgTable('dash_rollup', { ...keys(), ...measures }, (t) => [
  primaryKey({ columns: [t.kind, t.districtCode, t.subsector, t.period, t.dim, t.dim2] }),
  index('dash_rollup_kind_period_idx').on(t.kind, t.period),
  // A training cohort's open needs, found by event id (the latest cohorts only).
  index('dash_rollup_cohort_idx').on(t.dim2).where(sql`kind = 'need_cohort'`),
]);

/*
 * Outcomes before/after (migration 0026): per live business with two visits or more, its
 * non-returned visits in (visited_on, id) order with the three answers the outcome compares
 * (NULL where not answered) and the days of the support it received, sorted. Kept by triggers
 * on visits, businesses, support_businesses and support_interventions (dash_outcome_refresh) and
 * rebuilt by dash_rebuild(). The summary finds the visits before and after a period's
 * boundaries by binary search (width_bucket) instead of two index look-ups per business.
 */
export const dashOutcomeFacts = pgTable(
  'dash_outcome_facts',
  {
    businessId: uuid('business_id').primaryKey(),
    districtCode: text('district_code').notNull(),
    days: date('days', { mode: 'string' }).array().notNull(),
    turnover: numeric('turnover').array().notNull(),
    workers: numeric('workers').array().notNull(),
    channels: integer('channels').array().notNull(),
    supports: date('supports', { mode: 'string' }).array(),
  },
  (t) => [index('dash_outcome_facts_district_idx').on(t.districtCode)],
);

/*
 * Outcomes over every kecamatan (migration 0030), as two-dimensional prefix sums over the period:
 * a business's part in the outcomes depends on the period only through its first month F and last
 * month L, and is constant on rectangles of (F, L) bounded by its visit and support months (one
 * rectangle per pair of visits compared before and after, service/summary.ts has the rule). Each
 * rectangle adds its value at its four corners with signs (dash_outcome_cells), so the figures for
 * a period are the sums of the rows with f <= F and l <= L: at most two groups × ~100 × ~100
 * months, however many businesses. Kept with dash_outcome_facts by dash_outcome_refresh (the
 * difference of a business's cells before and after) and rebuilt by dash_outcome_rebuild(). An
 * area's outcomes (a few kecamatan) still read dash_outcome_facts, exact and small.
 */
export const dashOutcomeGrid = pgTable(
  'dash_outcome_grid',
  {
    grp: text('grp').notNull(),
    f: date('f', { mode: 'string' }).notNull(),
    l: date('l', { mode: 'string' }).notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
    t0: numeric('t0').notNull().default('0'),
    t1: numeric('t1').notNull().default('0'),
    tn: bigint('tn', { mode: 'number' }).notNull().default(0),
    w0: numeric('w0').notNull().default('0'),
    w1: numeric('w1').notNull().default('0'),
    wn: bigint('wn', { mode: 'number' }).notNull().default(0),
    c0: bigint('c0', { mode: 'number' }).notNull().default(0),
    c1: bigint('c1', { mode: 'number' }).notNull().default(0),
    cn: bigint('cn', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.grp, t.f, t.l] })],
);

/*
 * Businesses counted once over a period (migration 0031): visited, and registered, attended,
 * certified or followed up in a training event starting in the period. A business counts for
 * (F, L) when one of its months falls in [F, L]: with its months c1 < … < cq that is the union of
 * the rectangles f in (c(i-1), ci], l >= ci, so each month adds 1 at (c(i-1) + 1, ci) and takes it
 * away at (ci + 1, ci) (dash_period_cells). The drill-down over every kecamatan counts a figure
 * as the sum of dash_period_grid rows with f <= F and l <= L. dash_period_facts holds each live
 * business's months per figure, so a change adds the difference (dash_period_refresh).
 */
export const dashPeriodFacts = pgTable(
  'dash_period_facts',
  {
    businessId: uuid('business_id').notNull(),
    figure: text('figure').notNull(),
    subsector: text('subsector').notNull(),
    months: date('months', { mode: 'string' }).array().notNull(),
  },
  (t) => [primaryKey({ columns: [t.businessId, t.figure] })],
);

export const dashPeriodGrid = pgTable(
  'dash_period_grid',
  {
    figure: text('figure').notNull(),
    subsector: text('subsector').notNull(),
    f: date('f', { mode: 'string' }).notNull(),
    l: date('l', { mode: 'string' }).notNull(),
    n: bigint('n', { mode: 'number' }).notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.figure, t.subsector, t.f, t.l] })],
);
