import {
  DEFECT_IDS,
  type DefectId,
  type Outcomes,
  sumOutcomes,
  yieldRates,
} from '#core/domain/electroforming';
import { BATCH_STATUSES, type BatchStatus, type Stats, type Summary } from '#core/schemas/electroforming';
import { utcOffsetMinutes } from '#core/time';
import type { ServiceContext } from '#server/lib/context';
import { notFound } from '#server/lib/errors';
import { readScope, summaryScope } from '../policy';
import { findBath } from '../queries/baths';
import * as q from '../queries/stats';

export async function getStats(
  ctx: ServiceContext,
  query: { bathId?: string; ownerId?: string; from?: string; to?: string; utcOffsetMinutes?: number },
): Promise<Stats> {
  const scope = readScope(ctx.actor, query.ownerId);
  // A bath outside the scope reads as missing, like every other record.
  if (query.bathId && !(await findBath(ctx.db, query.bathId, scope))) throw notFound();
  // Months are the office's calendar months unless the reader asks for another offset.
  const filter = { ...query, scope, utcOffsetMinutes: query.utcOffsetMinutes ?? utcOffsetMinutes() };
  const months = await q.monthlyOutcomes(ctx.db, filter);
  const defects = await q.defectCounts(ctx.db, filter);
  const totals = sumOutcomes(months);
  return {
    months: months.map(yieldRates),
    totals: yieldRates({ batches: months.reduce((n, m) => n + m.batches, 0), ...totals }),
    defects: DEFECT_IDS.filter((id) => defects.has(id))
      .map((defectId: DefectId) => {
        const count = defects.get(defectId) ?? 0;
        return { defectId, count, share: totals.piecesChecked > 0 ? count / totals.piecesChecked : 0 };
      })
      .sort((a, b) => b.count - a.count),
  };
}

const latest = (...epochs: (number | null | undefined)[]) => {
  const known = epochs.filter((e): e is number => typeof e === 'number');
  return known.length > 0 ? new Date(Math.max(...known) * 1000).toISOString() : null;
};

export async function getSummary(ctx: ServiceContext): Promise<Summary> {
  const scope = summaryScope(ctx.actor);
  const { baths, batches, outcomes } = await q.ownerSummaries(ctx.db, scope);
  const none: Outcomes = { piecesChecked: 0, passed: 0, rework: 0, rejected: 0 };
  const owners = baths.map((b) => {
    const own = batches.filter((r) => r.ownerUserId === b.ownerUserId);
    const byStatus = Object.fromEntries(BATCH_STATUSES.map((s) => [s, 0])) as Record<BatchStatus, number>;
    for (const r of own) byStatus[r.status] = r.batches;
    const { ownerUserId: _o, ...counted } = outcomes.find((o) => o.ownerUserId === b.ownerUserId) ?? {
      ownerUserId: b.ownerUserId,
      ...none,
    };
    return {
      ownerUserId: b.ownerUserId,
      ownerName: b.ownerName,
      baths: b.baths,
      activeBaths: b.activeBaths,
      batches: own.reduce((n, r) => n + r.batches, 0),
      batchesByStatus: byStatus,
      ...yieldRates(counted),
      lastActivityAt: latest(b.lastUpdateEpoch, ...own.map((r) => r.lastUpdateEpoch)),
    };
  });
  owners.sort((a, b) => a.ownerName.localeCompare(b.ownerName));
  return {
    owners,
    totals: {
      owners: owners.length,
      baths: owners.reduce((n, o) => n + o.baths, 0),
      batches: owners.reduce((n, o) => n + o.batches, 0),
      ...yieldRates(sumOutcomes(owners)),
    },
  };
}
