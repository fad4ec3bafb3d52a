import { SnapshotBody } from '#core/schemas/registry';
import { createSnapshot } from '#server/features/registry/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden } from '#server/lib/errors';
import { canReviewVisits } from '../policy';
import { PENDING_SNAPSHOT } from '../present';
import { claimForRegistry, setRegistrySnapshot } from '../queries/visits';
import { loadVisit } from './load';

/**
 * The explicit step from a visit to the registry's yearly figures: an admin copies an approved
 * visit's turnover and output into a snapshot of the visit's year with source `officer_visit`
 * (the registry keeps its provenance), once per visit, audited. The visit's workers figure is
 * a total, which the registry stores as such (the male/female split stays empty).
 */
export async function visitToRegistry(ctx: ServiceContext, id: string) {
  if (!canReviewVisits(ctx.actor)) throw forbidden();
  const { row } = await loadVisit(ctx, id);
  if (row.status !== 'approved') throw new AppError('conflict', 'monitoring:registry.notApproved');
  if (!(await claimForRegistry(ctx.db, id, PENDING_SNAPSHOT)))
    throw new AppError('conflict', 'monitoring:registry.already', {
      details: { snapshotId: row.registrySnapshotId },
    });
  const dataYear = Number(row.visitedOn.slice(0, 4));
  const num = (v: unknown) => (typeof v === 'number' ? v : undefined);
  try {
    const snapshot = await createSnapshot(
      ctx,
      row.businessId,
      SnapshotBody.parse({
        dataYear,
        source: 'officer_visit',
        turnoverMonthlyIdr: num(row.answers.turnoverLastMonth),
        outputQuantity: num(row.answers.piecesLastMonth),
        workersTotal: num(row.answers.workers),
        sourceDetail: `visit ${id} (${row.visitedOn})`,
      }),
    );
    await ctx.db.transaction(async (tx) => {
      await setRegistrySnapshot(tx, id, snapshot.id);
      await recordAudit(tx, ctx, {
        action: 'monitoring.visit_to_registry',
        entityType: 'visit',
        entityId: id,
        after: { snapshotId: snapshot.id, dataYear },
      });
    });
    return { snapshotId: snapshot.id, dataYear };
  } catch (error) {
    await setRegistrySnapshot(ctx.db, id, null);
    throw error;
  }
}
