import { type BatchPlanInput, pieceArea, planBatch } from '#core/domain/electroforming';
import type {
  Batch,
  BatchStatus,
  CreateBatchBody,
  PieceInput,
  UpdateBatchBody,
} from '#core/schemas/electroforming';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, notFound } from '#server/lib/errors';
import { type ReadScope, readScope, writerId } from '../policy';
import { presentBatch, presentBatchListItem, windowOf } from '../present';
import * as q from '../queries/batches';
import { findBath, lockBath } from '../queries/baths';
import { recordKey, runCore, stateConflict } from './errors';

type Page = { page: number; pageSize: number };

export async function listBatches(
  ctx: ServiceContext,
  query: Page & { bathId?: string; status?: BatchStatus; ownerId?: string },
) {
  const scope = readScope(ctx.actor, query.ownerId);
  const { items, total } = await q.listBatches(ctx.db, scope, query, query.page, query.pageSize);
  return { items: items.map(presentBatchListItem), total, page: query.page, pageSize: query.pageSize };
}

/** The full answer for one batch; undefined when the scope may not see it. */
export async function batchDetail(db: Queryable, id: string, scope: ReadScope): Promise<Batch | undefined> {
  const row = await q.findBatch(db, id, scope);
  if (!row) return undefined;
  return presentBatch(row, await q.batchChildren(db, id), new Date());
}

export async function getBatch(ctx: ServiceContext, id: string): Promise<Batch> {
  const batch = await batchDetail(ctx.db, id, readScope(ctx.actor));
  if (!batch) throw notFound();
  return batch;
}

/** The actor's own batch (404 for anyone else's) with its bath, read through `db` (a transaction). */
export async function loadOwnBatch(ctx: ServiceContext, id: string, db: Queryable = ctx.db) {
  const ownerId = writerId(ctx.actor);
  const row = await q.findBatch(db, id, { ownerId });
  if (!row) throw notFound();
  const bath = await findBath(db, row.batch.bathId, { ownerId });
  if (!bath) throw notFound();
  return { ...row, bath: bath.bath };
}

function pieceValues(pieces: readonly PieceInput[]): q.NewPiece[] {
  return pieces.map((p, i) => {
    const { areaCm2, areaInput } = runCore(() => pieceArea(p.area, `pieces.${i}.area`));
    return {
      position: i + 1,
      label: p.label ?? null,
      objectType: p.objectType,
      species: p.species ?? null,
      areaSource: p.area.source,
      areaInput,
      areaCm2,
      targetThicknessUm: p.targetThicknessUm,
    };
  });
}

export async function createBatch(ctx: ServiceContext, input: CreateBatchBody): Promise<Batch> {
  const ownerUserId = writerId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    // The bath is held (shared) while the batch goes in: it cannot be deleted or retired meanwhile.
    await lockBath(tx, input.bathId, 'share');
    const found = await findBath(tx, input.bathId, { ownerId: ownerUserId });
    // Someone else's bath reads exactly like a missing one.
    if (!found) throw fieldError('bathId', recordKey('bathNotFound'));
    if (found.bath.status === 'retired') throw fieldError('bathId', recordKey('bathRetired'));
    const pieces = pieceValues(input.pieces);
    const plan = runCore(() => planBatch(pieces, input.plan, found.bath.efficiency, windowOf(found.bath)));
    const batch = await q.insertBatch(tx, {
      ownerUserId,
      bathId: input.bathId,
      name: input.name,
      planInput: input.plan,
      plan,
      plannedHours: plan.hours,
      totalAreaCm2: plan.totalAreaCm2,
      plannedStartAt: input.plannedStartAt ? new Date(input.plannedStartAt) : null,
      notes: input.notes ?? null,
    });
    await q.insertPieces(tx, batch.id, pieces);
    const after = (await batchDetail(tx, batch.id, { ownerId: ownerUserId })) as Batch;
    await recordAudit(tx, ctx, {
      action: 'ef_batch.create',
      entityType: 'ef_batch',
      entityId: batch.id,
      after,
    });
    return after;
  });
}

/** Changes a batch; pieces and plan only while it is planned (checked on the locked row). */
export async function updateBatch(ctx: ServiceContext, id: string, input: UpdateBatchBody): Promise<Batch> {
  writerId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    await q.lockBatch(tx, id);
    const { batch, bath } = await loadOwnBatch(ctx, id, tx);
    const replanning = input.pieces !== undefined || input.plan !== undefined;
    if (replanning && batch.status !== 'planned') {
      throw stateConflict(input.pieces ? 'pieces' : 'plan', 'onlyWhilePlanned');
    }
    const scope = { ownerId: batch.ownerUserId };
    const newPieces = input.pieces ? pieceValues(input.pieces) : undefined;
    const pieces = replanning ? (newPieces ?? (await q.piecesOf(tx, id))) : [];
    const planInput = input.plan ?? (batch.planInput as BatchPlanInput);
    const plan = replanning
      ? runCore(() => planBatch(pieces, planInput, bath.efficiency, windowOf(bath)))
      : undefined;
    const before = await batchDetail(tx, id, scope);
    await q.updateBatch(tx, id, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.notes === undefined ? {} : { notes: input.notes }),
      ...(input.plannedStartAt === undefined
        ? {}
        : { plannedStartAt: input.plannedStartAt ? new Date(input.plannedStartAt) : null }),
      ...(input.measuredMassG === undefined ? {} : { measuredMassG: input.measuredMassG }),
      ...(input.plan ? { planInput: input.plan } : {}),
      ...(plan ? { plan, plannedHours: plan.hours, totalAreaCm2: plan.totalAreaCm2 } : {}),
    });
    if (newPieces) await q.replacePieces(tx, id, newPieces);
    const after = (await batchDetail(tx, id, scope)) as Batch;
    await recordAudit(tx, ctx, {
      action: 'ef_batch.update',
      entityType: 'ef_batch',
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

/** A batch that ran is production history: it can be cancelled, not deleted. */
export async function deleteBatch(ctx: ServiceContext, id: string): Promise<void> {
  writerId(ctx.actor);
  await ctx.db.transaction(async (tx) => {
    await q.lockBatch(tx, id);
    const { batch } = await loadOwnBatch(ctx, id, tx);
    if (batch.status !== 'planned' && batch.status !== 'cancelled') {
      throw stateConflict('status', 'deleteOnlyPlanned');
    }
    const before = await batchDetail(tx, id, { ownerId: batch.ownerUserId });
    await q.deleteBatch(tx, id);
    await recordAudit(tx, ctx, { action: 'ef_batch.delete', entityType: 'ef_batch', entityId: id, before });
  });
}
