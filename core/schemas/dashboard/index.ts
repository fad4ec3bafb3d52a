import { z } from 'zod';
import { NEED_CATEGORIES } from '#core/domain/needs';
import { SUBSECTORS } from '#core/domain/registry';
import { KecamatanCode } from '../common';

/*
 * The leadership dashboard's contract. Periods are office days (YYYY-MM-DD); a quarter
 * (2026-Q3) stands for its first and last day. An officer's figures are always limited to
 * the assigned kecamatan; asking for another answers 403.
 */

const Quarter = z.string().regex(/^\d{4}-Q[1-4]$/, 'dashboard:errors.quarter_format');

export const DashboardFilters = z
  .strictObject({
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    quarter: Quarter.optional(),
    districtCode: KecamatanCode.optional(),
  })
  .superRefine((q, ctx) => {
    if (q.quarter && (q.from || q.to))
      ctx.addIssue({ code: 'custom', path: ['quarter'], message: 'dashboard:errors.quarter_or_dates' });
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'dashboard:errors.from_after_to' });
  });
export type DashboardFilters = z.infer<typeof DashboardFilters>;

const count = z.number().int();
const amount = z.number();

export const AreaRow = z.object({
  code: z.string(),
  name: z.string().nullable(),
  businesses: count,
  atStart: count,
  added: count,
  /** Added in the period over those at its start, in percent; null when none at the start. */
  growthPct: z.number().nullable(),
});
export type AreaRow = z.infer<typeof AreaRow>;

export const Summary = z.object({
  period: z.object({ from: z.string(), to: z.string(), districtCodes: z.array(z.string()).nullable() }),
  totals: z.object({
    businesses: count,
    added: count,
    visits: count,
    registered: count,
    certified: count,
    needsOpen: count,
    needsMet: count,
  }),
  byDistrict: z.array(AreaRow),
  bySubsector: z.array(AreaRow),
  /** Month by month: registrations and the running total of IKM. */
  growth: z.array(z.object({ month: z.string(), added: count, total: count })),
  /** Visit figures per month (averages over the visits that answered). */
  visitTrend: z.array(
    z.object({
      month: z.string(),
      visits: count,
      producingPct: z.number().nullable(),
      piecesAvg: z.number().nullable(),
      turnoverAvg: z.number().nullable(),
      workersAvg: z.number().nullable(),
      onlinePct: z.number().nullable(),
    }),
  ),
  /** Yearly survey snapshots (the latest record of each business and year). */
  snapshotTrend: z.array(
    z.object({
      year: count,
      businesses: count,
      turnoverTotal: amount,
      turnoverAvg: z.number().nullable(),
      workersTotal: count,
      outputTotal: amount,
    }),
  ),
  funnel: z.object({ registered: count, attended: count, certified: count, followedUp: count }),
  needsTrend: z.array(z.object({ month: z.string(), identified: count, met: count, open: count })),
  support: z.object({
    delivered: z.array(z.object({ type: z.string(), count: count, valueIdr: amount, businesses: count })),
    outcomes: z.array(
      z.object({
        group: z.enum(['supported', 'not_supported']),
        businesses: count,
        turnoverBefore: z.number().nullable(),
        turnoverAfter: z.number().nullable(),
        workersBefore: z.number().nullable(),
        workersAfter: z.number().nullable(),
        channelsBefore: z.number().nullable(),
        channelsAfter: z.number().nullable(),
      }),
    ),
  }),
});
export type Summary = z.infer<typeof Summary>;

export const MatrixQuery = z.strictObject({
  status: z.enum(['open', 'all']).default('open'),
  districtCode: KecamatanCode.optional(),
});
export type MatrixQuery = z.infer<typeof MatrixQuery>;

export const NeedsMatrix = z.object({
  categories: z.array(z.string()),
  rows: z.array(
    z.object({
      districtCode: z.string(),
      districtName: z.string().nullable(),
      counts: z.record(z.string(), count),
    }),
  ),
});
export type NeedsMatrix = z.infer<typeof NeedsMatrix>;

const CategoryCount = z.object({ category: z.string(), n: count });

export const TargetingQuery = z.strictObject({ districtCode: KecamatanCode.optional() });

export const Targeting = z.object({
  /** Open needs by category, most first, with how many are high priority. */
  overall: z.array(z.object({ category: z.string(), n: count, high: count })),
  byDistrict: z.array(
    z.object({ code: z.string(), name: z.string().nullable(), top: z.array(CategoryCount) }),
  ),
  bySubsector: z.array(z.object({ code: z.string(), top: z.array(CategoryCount) })),
  byCohort: z.array(
    z.object({
      eventId: z.string(),
      title: z.string(),
      startDate: z.string(),
      top: z.array(CategoryCount),
    }),
  ),
  /** High priority, still only identified, and answered by no support. */
  unattendedHigh: z.object({ total: count, byCategory: z.array(CategoryCount) }),
  neverSupported: z.object({
    total: count,
    byDistrict: z.array(z.object({ code: z.string(), name: z.string().nullable(), n: count })),
  }),
});
export type Targeting = z.infer<typeof Targeting>;

export const DRILL_FIGURES = [
  'businesses',
  'added',
  'visited',
  'needs',
  'unattended',
  'never_supported',
  'supported',
  'trained',
] as const;
export const FUNNEL_STAGES = ['registered', 'attended', 'certified', 'followed_up'] as const;

export const DrillQuery = z
  .strictObject({
    figure: z.enum(DRILL_FIGURES),
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    quarter: Quarter.optional(),
    districtCode: KecamatanCode.optional(),
    subsector: z.enum(SUBSECTORS).optional(),
    category: z.enum(NEED_CATEGORIES).optional(),
    status: z.enum(['open', 'met', 'all']).default('open'),
    eventId: z.uuid().optional(),
    stage: z.enum(FUNNEL_STAGES).default('registered'),
    page: z.coerce.number().int().min(1).default(1),
    pageSize: z.coerce.number().int().min(1).max(200).default(50),
  })
  .superRefine((q, ctx) => {
    if (q.quarter && (q.from || q.to))
      ctx.addIssue({ code: 'custom', path: ['quarter'], message: 'dashboard:errors.quarter_or_dates' });
    if (q.from && q.to && q.from > q.to)
      ctx.addIssue({ code: 'custom', path: ['from'], message: 'dashboard:errors.from_after_to' });
  });
export type DrillQuery = z.infer<typeof DrillQuery>;

/** A business behind a figure: no owner, NIK, phone or address. */
export const DrillBusiness = z.object({
  id: z.string(),
  name: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  subsector: z.string(),
  latestTurnoverYearlyIdr: z.number().nullable(),
  latestWorkers: z.number().nullable(),
});
export const DrillList = z.object({
  items: z.array(DrillBusiness),
  total: count,
  page: count,
  pageSize: count,
});
export type DrillList = z.infer<typeof DrillList>;
