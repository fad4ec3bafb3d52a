import { type BatchPlanInput, planBatch } from '#core/domain/electroforming';
import type { Queryable } from '#server/db/client';
import { windowOf } from '../present';
import { piecesOf, plannedBatchesOfBath, updateBatch } from '../queries/batches';
import type { BathRow } from '../queries/baths';
import { runCore } from './errors';

/**
 * A planned batch follows its bath: when the bath's efficiency or window changes (by hand
 * or by calibration), the time the maker will set must change with it. Running and later
 * batches keep the plan they were started with.
 */
export async function replanBatchesOfBath(tx: Queryable, bath: BathRow): Promise<void> {
  for (const batch of await plannedBatchesOfBath(tx, bath.id)) {
    const pieces = await piecesOf(tx, batch.id);
    const plan = runCore(() =>
      planBatch(pieces, batch.planInput as BatchPlanInput, bath.efficiency, windowOf(bath)),
    );
    await updateBatch(tx, batch.id, { plan, plannedHours: plan.hours, totalAreaCm2: plan.totalAreaCm2 });
  }
}
