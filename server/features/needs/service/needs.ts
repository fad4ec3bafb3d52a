import { canMoveNeed, NEED_TRANSITIONS } from '#core/domain/needs';
import type { CreateNeedBody, NeedDetail, NeedsQuery, UpdateNeedStatusBody } from '#core/schemas/needs';
import { officeDate } from '#core/time';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden, notFound } from '#server/lib/errors';
import { canWriteAt } from '../policy';
import { presentNeed, presentNeedDetail } from '../present';
import * as q from '../queries/needs';
import { isUniqueViolation } from '../queries/rows';
import { supportOfNeed } from '../queries/support';
import { pageOf, readScope, writeScope } from './scope';

export async function listNeeds(ctx: ServiceContext, query: NeedsQuery) {
  const scope = readScope(ctx);
  const { items, total } = await q.listNeeds(ctx.db, query, scope, pageOf(query));
  return { items: items.map(presentNeed), total, page: query.page, pageSize: query.pageSize };
}

/** A need the asker may read: 404 when unknown, 403 outside their scope. */
async function loadNeed(ctx: ServiceContext, id: string) {
  const scope = readScope(ctx);
  const row = await q.findNeed(ctx.db, id);
  if (!row) throw notFound();
  if (scope) {
    const state = await q.businessState(ctx.db, row.businessId, scope);
    if (!state.inScope) throw forbidden();
  }
  return row;
}

export async function getNeed(ctx: ServiceContext, id: string): Promise<NeedDetail> {
  const row = await loadNeed(ctx, id);
  const [history, evidence, support] = await Promise.all([
    q.historyOf(ctx.db, id),
    q.evidenceOf(ctx.db, id),
    supportOfNeed(ctx.db, id),
  ]);
  return presentNeedDetail(row, { history, evidence, support }, ctx.actor);
}

const openExists = (id: string | null) =>
  new AppError('conflict', 'needs:errors.openExists', { details: { field: 'category', id } });

/**
 * Records a need by hand (or from a survey). The business must exist and be in the asker's
 * kecamatan, checked in the insert itself; a second open need of the same category is 409
 * with the open one's id.
 */
export async function createNeed(ctx: ServiceContext, body: CreateNeedBody) {
  const scope = writeScope(ctx);
  const actor = ctx.actor!;
  const source = body.evidenceSource ?? 'manual';
  const result = await ctx.db.transaction(async (tx) => {
    const id = await q.insertNeed(
      tx,
      {
        businessId: body.businessId,
        category: body.category,
        priority: body.priority,
        description: body.description,
        evidenceSource: source,
        evidenceRef: body.evidenceRef ?? null,
        identifiedOn: officeDate(),
        actorId: actor.id,
      },
      scope,
    );
    if (!id) return null;
    await q.addEvidence(tx, {
      needId: id,
      source,
      ref: body.evidenceRef ?? '',
      visitId: null,
      observedOn: officeDate(),
      note: null,
      actorId: actor.id,
    });
    await q.addHistory(tx, {
      needId: id,
      fromStatus: null,
      toStatus: 'identified',
      note: null,
      source: 'manual',
      actorId: actor.id,
    });
    await recordAudit(tx, ctx, {
      action: 'needs.need_create',
      entityType: 'need',
      entityId: id,
      after: { ...body, status: 'identified' },
    });
    return id;
  });
  if (result) return { id: result, status: 'identified' as const };
  // Nothing written: say why (these reads only explain a refusal already made).
  const state = await q.businessState(ctx.db, body.businessId, scope);
  if (!state.exists) throw fieldError('businessId', 'needs:errors.businessNotFound');
  if (!state.inScope) throw forbidden('needs:errors.outsideKecamatan');
  throw openExists(await q.openNeedOf(ctx.db, body.businessId, body.category));
}

/**
 * Moves a need along NEED_TRANSITIONS. The need is locked and the rule checked against the
 * locked row, in the transaction that writes the change and its history.
 */
export async function changeNeedStatus(
  ctx: ServiceContext,
  id: string,
  body: UpdateNeedStatusBody,
): Promise<NeedDetail> {
  writeScope(ctx);
  const actor = ctx.actor!;
  try {
    await ctx.db.transaction(async (tx) => {
      const row = await q.lockNeed(tx, id);
      if (!row) throw notFound();
      if (!canWriteAt(actor, row.districtCode)) throw forbidden('needs:errors.outsideKecamatan');
      if (!canMoveNeed(row.status, body.status))
        throw fieldError('status', 'needs:errors.transition', {
          from: row.status,
          to: body.status,
          allowed: NEED_TRANSITIONS[row.status].join(', ') || '—',
        });
      await q.setNeedStatus(tx, id, body.status);
      await q.addHistory(tx, {
        needId: id,
        fromStatus: row.status,
        toStatus: body.status,
        note: body.note?.trim() || null,
        source: 'manual',
        actorId: actor.id,
      });
      await recordAudit(tx, ctx, {
        action: 'needs.need_status',
        entityType: 'need',
        entityId: id,
        before: { status: row.status },
        after: { status: body.status, note: body.note ?? null },
      });
    });
  } catch (error) {
    // Taking up a need again while another of the same category is open.
    if (isUniqueViolation(error)) {
      const row = await q.findNeed(ctx.db, id);
      throw openExists(row ? await q.openNeedOf(ctx.db, row.businessId, row.category) : null);
    }
    throw error;
  }
  return getNeed(ctx, id);
}
