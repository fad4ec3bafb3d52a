import { eq } from 'drizzle-orm';
import type { BatchPlanInput } from '#core/schemas/electroforming-records';
import type { Queryable } from '#server/db/client';
import { efBatches } from '#server/db/schema';
import { piecesOf, plannedBatchesOfBath } from './batches-queries';
import type { BathRow } from './baths-queries';
import { planBatch } from './plan';
import { windowOf } from './present';

/**
 * A planned batch follows its bath: when the bath's efficiency or window changes (by hand
 * or by calibration), the time the maker will set must change with it. Running and later
 * batches keep the plan they were started with.
 */
export async function replanBatchesOfBath(tx: Queryable, bath: BathRow): Promise<void> {
  for (const batch of await plannedBatchesOfBath(tx, bath.id)) {
    const pieces = await piecesOf(tx, batch.id);
    const plan = planBatch(pieces, batch.planInput as BatchPlanInput, bath.efficiency, windowOf(bath));
    await tx
      .update(efBatches)
      .set({ plan, plannedHours: plan.hours, totalAreaCm2: plan.totalAreaCm2, updatedAt: new Date() })
      .where(eq(efBatches.id, batch.id));
  }
}
