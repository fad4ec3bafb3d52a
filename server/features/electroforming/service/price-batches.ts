import {
  costBatch,
  type Plan,
  priceProduct,
  segmentsFromReadings,
  toPriceFigures,
} from '#core/domain/electroforming';
import type {
  CostingInput,
  CostingResult,
  CreatePriceSheetBody,
  PriceSheet,
} from '#core/schemas/electroforming';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, notFound } from '#server/lib/errors';
import { type ReadScope, readScope, writerId } from '../policy';
import { presentSheet } from '../present';
import * as bq from '../queries/batches';
import * as q from '../queries/price-sheets';
import { recordKey, runCore } from './errors';
import { currentRates } from './settings';

/** Costing of batches (tried before saving) and price sheets (saved snapshots). */

type Page = { page: number; pageSize: number };

/** Costing of a batch the scope may see, with today's office rates; undefined if not visible. */
async function costingOf(ctx: ServiceContext, batchId: string, scope: ReadScope, input: CostingInput) {
  const row = await bq.findBatch(ctx.db, batchId, scope);
  if (!row) return undefined;
  const { pieces, readings, finishing } = await bq.batchChildren(ctx.db, batchId);
  const { actualStartAt: start, actualStopAt: stop } = row.batch;
  const readingSegments =
    start && stop && readings.length > 0 ? segmentsFromReadings(readings, start, stop) : null;
  const rates = await currentRates(ctx.db);
  return runCore(() =>
    costBatch({
      pieces,
      planSteps: (row.batch.plan as Plan).steps,
      readingSegments,
      finishingCostIdr: finishing.reduce((sum, f) => sum + (f.costIdr ?? 0), 0),
      input,
      rates,
    }),
  );
}

/** Computes without saving: the maker tries prices before keeping a sheet. */
export async function costBatchFor(
  ctx: ServiceContext,
  batchId: string,
  input: CostingInput,
): Promise<CostingResult> {
  const result = await costingOf(ctx, batchId, readScope(ctx.actor), input);
  if (!result) throw notFound();
  return result;
}

export async function createPriceSheet(ctx: ServiceContext, body: CreatePriceSheetBody): Promise<PriceSheet> {
  const ownerUserId = writerId(ctx.actor);
  let snapshot: Pick<PriceSheet, 'basis' | 'batch' | 'perPiece' | 'rates'>;
  let input: unknown;
  if (body.source === 'batch') {
    const costing = await costingOf(ctx, body.batchId, { ownerId: ownerUserId }, body.costing);
    if (!costing) throw fieldError('batchId', recordKey('batchNotFound'));
    snapshot = {
      basis: costing.basis,
      batch: costing.batch,
      perPiece: costing.perPiece,
      rates: costing.rates,
    };
    input = body.costing;
  } else {
    const rates = await currentRates(ctx.db);
    const price = runCore(
      () => priceProduct({ ...body.price, idrPerUsd: rates.idrPerUsd, idrPerEur: rates.idrPerEur }),
      'price',
    );
    snapshot = { basis: null, batch: null, perPiece: toPriceFigures(price), rates };
    input = body.price;
  }
  const { rates, ...result } = snapshot;
  return ctx.db.transaction(async (tx) => {
    const sheet = await q.insertPriceSheet(tx, {
      ownerUserId,
      batchId: body.source === 'batch' ? body.batchId : null,
      name: body.name,
      productRef: body.productRef ?? null,
      source: body.source,
      input,
      result,
      rates,
    });
    const after = presentSheet({ sheet, ownerName: ctx.actor?.name ?? '' });
    await recordAudit(tx, ctx, {
      action: 'ef_price_sheet.create',
      entityType: 'ef_price_sheet',
      entityId: sheet.id,
      after,
    });
    return after;
  });
}

export async function listPriceSheets(
  ctx: ServiceContext,
  query: Page & { batchId?: string; ownerId?: string },
) {
  const scope = readScope(ctx.actor, query.ownerId);
  const { items, total } = await q.listPriceSheets(ctx.db, scope, query, query.page, query.pageSize);
  return { items: items.map(presentSheet), total, page: query.page, pageSize: query.pageSize };
}

export async function getPriceSheet(ctx: ServiceContext, id: string): Promise<PriceSheet> {
  const found = await q.findPriceSheet(ctx.db, id, readScope(ctx.actor));
  if (!found) throw notFound();
  return presentSheet(found);
}

export async function deletePriceSheet(ctx: ServiceContext, id: string): Promise<void> {
  const found = await q.findPriceSheet(ctx.db, id, { ownerId: writerId(ctx.actor) });
  if (!found) throw notFound();
  await ctx.db.transaction(async (tx) => {
    await q.deletePriceSheet(tx, id);
    await recordAudit(tx, ctx, {
      action: 'ef_price_sheet.delete',
      entityType: 'ef_price_sheet',
      entityId: id,
      before: presentSheet(found),
    });
  });
}
