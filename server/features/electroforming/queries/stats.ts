import { and, eq, gte, isNotNull, lte, ne, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { efBatches, efBatchPieces, efBaths, users } from '#server/db/schema';
import type { ReadScope, SummaryScope } from '../policy';
import { ownedBy } from './scope';

export type StatsFilter = {
  scope: ReadScope;
  bathId?: string;
  from?: string;
  to?: string;
  /** Validated integer minutes; inlined so SELECT and GROUP BY see the same expression. */
  utcOffsetMinutes: number;
};

const count = (condition: SQL) => sql<number>`(count(*) filter (where ${condition}))::int`;
const checked = isNotNull(efBatchPieces.qcOutcome);
export const outcomeColumns = {
  piecesChecked: count(checked),
  passed: count(eq(efBatchPieces.qcOutcome, 'pass')),
  rework: count(eq(efBatchPieces.qcOutcome, 'rework')),
  rejected: count(eq(efBatchPieces.qcOutcome, 'reject')),
};

/** Month of a batch: when it started, else when it was planned to, else when it was made. */
function monthOf(offsetMinutes: number) {
  const offset = sql.raw(String(Math.trunc(offsetMinutes)));
  return sql<string>`to_char((coalesce(${efBatches.actualStartAt}, ${efBatches.plannedStartAt}, ${efBatches.createdAt}) at time zone 'UTC') + make_interval(mins => ${offset}), 'YYYY-MM')`;
}

function where(filter: StatsFilter, month: SQL) {
  return and(
    ne(efBatches.status, 'cancelled'),
    ownedBy(efBatches.ownerUserId, filter.scope),
    filter.bathId ? eq(efBatches.bathId, filter.bathId) : undefined,
    filter.from ? gte(month, filter.from) : undefined,
    filter.to ? lte(month, filter.to) : undefined,
  );
}

export async function monthlyOutcomes(db: Queryable, filter: StatsFilter) {
  const month = monthOf(filter.utcOffsetMinutes);
  return db
    .select({
      month,
      bathId: efBatches.bathId,
      bathName: efBaths.name,
      batches: sql<number>`count(distinct ${efBatches.id})::int`,
      ...outcomeColumns,
    })
    .from(efBatches)
    .innerJoin(efBaths, eq(efBaths.id, efBatches.bathId))
    .leftJoin(efBatchPieces, eq(efBatchPieces.batchId, efBatches.id))
    .where(where(filter, month))
    .groupBy(month, efBatches.bathId, efBaths.name)
    .orderBy(month, efBaths.name, efBatches.bathId);
}

export async function defectCounts(db: Queryable, filter: StatsFilter) {
  const month = monthOf(filter.utcOffsetMinutes);
  const defect = sql<string>`unnest(${efBatchPieces.qcDefects})`;
  const rows = await db
    .select({ defectId: defect })
    .from(efBatchPieces)
    .innerJoin(efBatches, eq(efBatches.id, efBatchPieces.batchId))
    .where(and(where(filter, month), checked));
  const counts = new Map<string, number>();
  for (const { defectId } of rows) counts.set(defectId, (counts.get(defectId) ?? 0) + 1);
  return counts;
}

/** Per owner: baths, batches by status and QC outcomes (cancelled batches left out of QC). */
export async function ownerSummaries(db: Queryable, scope: SummaryScope) {
  const bathOwner = ownedBy(efBaths.ownerUserId, scope);
  const batchOwner = ownedBy(efBatches.ownerUserId, scope);
  const baths = await db
    .select({
      ownerUserId: efBaths.ownerUserId,
      ownerName: users.name,
      baths: sql<number>`count(*)::int`,
      activeBaths: count(eq(efBaths.status, 'active')),
      lastUpdateEpoch: sql<number | null>`extract(epoch from max(${efBaths.updatedAt}))::float8`,
    })
    .from(efBaths)
    .innerJoin(users, eq(users.id, efBaths.ownerUserId))
    .where(bathOwner)
    .groupBy(efBaths.ownerUserId, users.name);
  const batches = await db
    .select({
      ownerUserId: efBatches.ownerUserId,
      status: efBatches.status,
      batches: sql<number>`count(*)::int`,
      lastUpdateEpoch: sql<number | null>`extract(epoch from max(${efBatches.updatedAt}))::float8`,
    })
    .from(efBatches)
    .where(batchOwner)
    .groupBy(efBatches.ownerUserId, efBatches.status);
  const outcomes = await db
    .select({ ownerUserId: efBatches.ownerUserId, ...outcomeColumns })
    .from(efBatchPieces)
    .innerJoin(efBatches, eq(efBatches.id, efBatchPieces.batchId))
    .where(and(batchOwner, ne(efBatches.status, 'cancelled')))
    .groupBy(efBatches.ownerUserId);
  return { baths, batches, outcomes };
}
