import {
  BATCH_TRANSITIONS,
  type Batch,
  type BatchStatus,
  type RecordQcBody,
} from '#core/schemas/electroforming';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, notFound } from '#server/lib/errors';
import { writerId } from '../policy';
import * as run from '../queries/batch-run';
import * as q from '../queries/batches';
import { recordKey, stateConflict } from './errors';
import { batchDetail, loadOwnBatch } from './manage-batches';

/** The run of a batch: status changes, readings, finishing and QC. Each answers the whole batch. */

type Loaded = Awaited<ReturnType<typeof loadOwnBatch>>;

/**
 * Writes one change of a batch with its audit row and answers the batch as it is now. The
 * batch row is locked first and read again inside the transaction, so what `write` checks
 * (status, start and stop) is what the change is written against — two phones changing the
 * same batch at once take turns.
 */
async function change(
  ctx: ServiceContext,
  id: string,
  action: string,
  write: (tx: Queryable, loaded: Loaded) => Promise<unknown>,
): Promise<Batch> {
  const ownerId = writerId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    await q.lockBatch(tx, id);
    const loaded = await loadOwnBatch(ctx, id, tx);
    const scope = { ownerId };
    const before = await batchDetail(tx, id, scope);
    await write(tx, loaded);
    await q.updateBatch(tx, id, {});
    const after = (await batchDetail(tx, id, scope)) as Batch;
    await recordAudit(tx, ctx, { action, entityType: 'ef_batch', entityId: id, before, after });
    return after;
  });
}

export async function changeStatus(
  ctx: ServiceContext,
  id: string,
  input: { status: BatchStatus; at?: string },
): Promise<Batch> {
  const to = input.status;
  return change(ctx, id, `ef_batch.status_${to}`, (tx, loaded) => {
    const { batch, bath } = loaded;
    const from = batch.status;
    if (!BATCH_TRANSITIONS[from].includes(to))
      throw stateConflict('status', 'transitionNotAllowed', { from, to });
    const at = input.at ? new Date(input.at) : new Date();
    const set: Partial<q.NewBatch> = { status: to };
    if (to === 'running') {
      if (bath.status === 'retired') throw stateConflict('status', 'bathRetired');
      set.actualStartAt = at;
    }
    if (to === 'finishing' || (to === 'cancelled' && from === 'running')) {
      if (batch.actualStartAt && at < batch.actualStartAt)
        throw fieldError('at', recordKey('stopBeforeStart'));
      set.actualStopAt = at;
    }
    if (to === 'done') {
      const unchecked = loaded.pieces - (loaded.pass + loaded.rework + loaded.reject);
      if (unchecked > 0) throw stateConflict('status', 'qcMissing', { count: unchecked });
      set.completedAt = at;
    }
    return q.updateBatch(tx, id, set);
  });
}

function requireStatus(loaded: Loaded, allowed: readonly BatchStatus[], message: string) {
  if (!allowed.includes(loaded.batch.status)) throw stateConflict('status', message);
}

export async function addReading(
  ctx: ServiceContext,
  id: string,
  input: { at: string; currentA: number; volts?: number; temperatureC?: number; note?: string },
): Promise<Batch> {
  const at = new Date(input.at);
  return change(ctx, id, 'ef_batch.reading_add', (tx, loaded) => {
    requireStatus(loaded, ['running', 'finishing'], 'readingsOnlyDuringRun');
    const { actualStartAt, actualStopAt } = loaded.batch;
    if (actualStartAt && at < actualStartAt) throw fieldError('at', recordKey('readingBeforeStart'));
    if (actualStopAt && at > actualStopAt) throw fieldError('at', recordKey('readingAfterStop'));
    return run.insertReading(tx, id, {
      at,
      currentA: input.currentA,
      volts: input.volts ?? null,
      temperatureC: input.temperatureC ?? null,
      note: input.note ?? null,
    });
  });
}

export async function deleteReading(ctx: ServiceContext, id: string, readingId: string): Promise<Batch> {
  return change(ctx, id, 'ef_batch.reading_delete', async (tx, loaded) => {
    requireStatus(loaded, ['running', 'finishing'], 'readingsOnlyDuringRun');
    if (!(await run.deleteReading(tx, id, readingId))) throw notFound();
  });
}

export async function addFinishing(
  ctx: ServiceContext,
  id: string,
  input: {
    kind: run.NewFinishing['kind'];
    performedOn: string;
    costIdr?: number;
    note?: string;
  },
): Promise<Batch> {
  return change(ctx, id, 'ef_batch.finishing_add', (tx, loaded) => {
    requireStatus(loaded, ['finishing'], 'finishingOnlyWhileFinishing');
    return run.insertFinishing(tx, id, {
      kind: input.kind,
      performedOn: input.performedOn,
      costIdr: input.costIdr ?? null,
      note: input.note ?? null,
    });
  });
}

export async function deleteFinishing(ctx: ServiceContext, id: string, stepId: string): Promise<Batch> {
  return change(ctx, id, 'ef_batch.finishing_delete', async (tx, loaded) => {
    requireStatus(loaded, ['finishing'], 'finishingOnlyWhileFinishing');
    if (!(await run.deleteFinishing(tx, id, stepId))) throw notFound();
  });
}

export async function recordQc(ctx: ServiceContext, id: string, pieceId: string, input: RecordQcBody) {
  return change(ctx, id, 'ef_batch.qc', async (tx, loaded) => {
    requireStatus(loaded, ['finishing'], 'qcOnlyAfterRun');
    const found = await run.updatePieceQc(tx, id, pieceId, {
      qcOutcome: input.outcome,
      qcDefects: input.defects,
      qcNote: input.note ?? null,
      qcAt: new Date(),
      ...(input.measuredMassG === undefined ? {} : { measuredMassG: input.measuredMassG }),
    });
    if (!found) throw notFound();
  });
}
