import {
  calibrateEfficiency,
  chargeOf,
  LIMITS,
  segmentsFromReadings,
  withinLimit,
} from '#core/domain/electroforming';
import type { Batch } from '#core/schemas/electroforming';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError } from '#server/lib/errors';
import { writerId } from '../policy';
import * as q from '../queries/batches';
import { updateBath } from '../queries/baths';
import { recordKey, runCore, stateConflict } from './errors';
import { loadOwnBatch } from './manage-batches';
import { replanBatchesOfBath } from './replan-batches';

type Calibration = NonNullable<Batch['calibration']>;

/**
 * Measures the bath's cathode efficiency on a finished run: η = weighed copper / Faraday
 * mass of the charge the readings show. Optionally it becomes the bath's efficiency, which
 * re-plans the bath's planned batches.
 */
export async function calibrateBatch(
  ctx: ServiceContext,
  id: string,
  input: { measuredMassG?: number; applyToBath: boolean },
): Promise<Calibration> {
  writerId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // Checked on the locked batch, so a calibration is measured on the run as it is written.
    await q.lockBatch(tx, id);
    const { batch, bath } = await loadOwnBatch(ctx, id, tx);
    if (batch.status !== 'finishing' && batch.status !== 'done') {
      throw stateConflict('status', 'calibrationNeedsStop');
    }
    const { pieces, readings } = await q.batchChildren(tx, id);
    const start = batch.actualStartAt;
    const stop = batch.actualStopAt;
    if (!start || !stop) throw stateConflict('status', 'calibrationNeedsStop');
    const { chargeC, seconds } = chargeOf(segmentsFromReadings(readings, start, stop));
    if (chargeC <= 0) throw stateConflict('readings', 'calibrationNeedsReadings');

    const allWeighed = pieces.length > 0 && pieces.every((p) => p.measuredMassG !== null);
    const [measuredMassG, massSource] =
      input.measuredMassG !== undefined
        ? [input.measuredMassG, 'request' as const]
        : batch.measuredMassG !== null
          ? [batch.measuredMassG, 'batch' as const]
          : allWeighed
            ? [pieces.reduce((sum, p) => sum + (p.measuredMassG ?? 0), 0), 'pieces' as const]
            : [undefined, undefined];
    if (measuredMassG === undefined || massSource === undefined) {
      throw fieldError('measuredMassG', recordKey('calibrationNeedsMass'));
    }
    // One equivalent step carries the same charge as all the readings together.
    const result = runCore(() =>
      calibrateEfficiency({ measuredMassG, steps: [{ currentA: chargeC / seconds, minutes: seconds / 60 }] }),
    );
    if (input.applyToBath && !withinLimit(result.efficiency, LIMITS.efficiency)) {
      throw fieldError('applyToBath', recordKey('calibrationCannotApply'), { value: result.efficiency });
    }
    const calibration: Calibration = {
      measuredMassG,
      massSource,
      chargeC,
      chargeAh: chargeC / 3600,
      theoreticalMassG: result.theoreticalMassG,
      efficiency: result.efficiency,
      appliedToBath: input.applyToBath,
      at: new Date().toISOString(),
      working: result.working,
      warnings: result.warnings,
    };
    await q.updateBatch(tx, id, {
      calibration,
      ...(input.measuredMassG === undefined ? {} : { measuredMassG: input.measuredMassG }),
    });
    await recordAudit(tx, ctx, {
      action: 'ef_batch.calibrate',
      entityType: 'ef_batch',
      entityId: id,
      before: batch.calibration,
      after: calibration,
    });
    if (input.applyToBath) {
      const updated = await updateBath(tx, bath.id, {
        efficiency: result.efficiency,
        efficiencySource: 'calibrated',
      });
      await replanBatchesOfBath(tx, updated);
      await recordAudit(tx, ctx, {
        action: 'ef_bath.efficiency_calibrated',
        entityType: 'ef_bath',
        entityId: bath.id,
        before: { efficiency: bath.efficiency, efficiencySource: bath.efficiencySource },
        after: { efficiency: updated.efficiency, efficiencySource: updated.efficiencySource, batchId: id },
      });
    }
    return calibration;
  });
}
