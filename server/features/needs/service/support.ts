import { statusAfterSupport } from '#core/domain/needs';
import type { CreateSupportBody, SupportDetail, SupportQuery } from '#core/schemas/needs';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, forbidden, notFound } from '#server/lib/errors';
import { presentNeed, presentSupport } from '../present';
import * as needsQ from '../queries/needs';
import * as q from '../queries/support';
import { pageOf, readScope, writeScope } from './scope';

export async function listSupport(ctx: ServiceContext, query: SupportQuery) {
  const scope = readScope(ctx);
  const { items, total } = await q.listSupport(ctx.db, query, scope, pageOf(query));
  return { items: items.map(presentSupport), total, page: query.page, pageSize: query.pageSize };
}

export async function getSupport(ctx: ServiceContext, id: string): Promise<SupportDetail> {
  const scope = readScope(ctx);
  const row = await q.findSupport(ctx.db, id, scope);
  if (!row) throw notFound();
  if (scope && Number(row.businessCount) === 0) throw forbidden();
  const [businesses, needIds] = await Promise.all([
    q.supportBusinessesOf(ctx.db, id, scope),
    q.needIdsOfSupport(ctx.db, id),
  ]);
  const visible = new Set(businesses.map((b) => b.id));
  const needs = (await needsQ.needsByIds(ctx.db, needIds)).filter((n) => visible.has(n.businessId));
  return {
    ...presentSupport(row),
    businesses,
    needs: needs.map(presentNeed),
    hiddenBusinesses: Number(row.allBusinesses) - businesses.length,
  };
}

type Body = Omit<CreateSupportBody, 'needIds'> & { needIds?: string[] };

/**
 * Records support given. Every business must exist and lie in the asker's kecamatan (an
 * officer's support reaching another kecamatan is refused whole); every need must belong to
 * one of those businesses. Needs still identified or planned move to in progress (history
 * source: support); whether a need is met stays the officer's call. All checks hold rows
 * (businesses FOR SHARE, needs FOR UPDATE) in the transaction that writes.
 */
export async function recordSupport(ctx: ServiceContext, body: Body) {
  const scope = writeScope(ctx);
  const actor = ctx.actor!;
  const businessIds = [...new Set(body.businessIds)];
  const needIds = [...new Set(body.needIds ?? [])];
  return ctx.db.transaction(async (tx) => {
    const found = await q.businessesForSupport(tx, businessIds, scope);
    if (found.length < businessIds.length) {
      const known = new Set(found.map((b) => b.id));
      const missing = businessIds.filter((id) => !known.has(id));
      throw fieldError('businessIds', 'needs:errors.businessesNotFound', { count: missing.length });
    }
    if (found.some((b) => !b.inScope)) throw forbidden('needs:errors.supportOutsideKecamatan');
    const needs = await needsQ.lockNeeds(tx, needIds);
    if (needs.length < needIds.length) throw fieldError('needIds', 'needs:errors.needsNotFound');
    const reached = new Set(businessIds);
    if (needs.some((n) => !reached.has(n.businessId)))
      throw fieldError('needIds', 'needs:errors.needOfOtherBusiness');

    const id = (await q.insertSupport(tx, {
      type: body.type,
      date: body.date,
      valueIdr: body.valueIdr,
      deliveredByKind: body.deliveredBy.kind,
      deliveredByName: body.deliveredBy.name,
      title: body.title?.trim() || null,
      note: body.note?.trim() || null,
      trainingEventId: null,
      actorId: actor.id,
    }))!;
    await q.linkBusinesses(tx, id, businessIds);
    await q.linkNeeds(tx, id, needIds);
    const moved = await moveAnsweredNeeds(tx, id, needs, actor.id);
    await recordAudit(tx, ctx, {
      action: 'needs.support_create',
      entityType: 'support',
      entityId: id,
      after: { ...body, businessIds, needIds, needsMoved: moved },
    });
    return { id, needsMoved: moved };
  });
}

async function moveAnsweredNeeds(
  tx: Queryable,
  supportId: string,
  needs: Awaited<ReturnType<typeof needsQ.lockNeeds>>,
  actorId: string | null,
) {
  const moved: string[] = [];
  for (const need of needs) {
    const next = statusAfterSupport(need.status);
    if (!next) continue;
    await needsQ.setNeedStatus(tx, need.id, next);
    await needsQ.addHistory(tx, {
      needId: need.id,
      fromStatus: need.status,
      toStatus: next,
      note: null,
      source: 'support',
      actorId,
      supportId,
    });
    moved.push(need.id);
  }
  return moved;
}

export type FinishedTraining = {
  eventId: string;
  title: string;
  endDate: string;
  organizer: string;
  /** The businesses of the participants who completed it (the follow-up cohort). */
  businessIds: readonly string[];
};

/**
 * A finished training event is support of type training for its participants' businesses,
 * recorded once (unique per event) in the finish's own transaction; nobody types it again.
 * Open skills needs of those businesses are answered by it (moved to in progress).
 */
export async function supportFromTraining(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  event: FinishedTraining,
): Promise<string | null> {
  const id = await q.insertSupport(tx, {
    type: 'training',
    date: event.endDate,
    valueIdr: 0,
    deliveredByKind: 'office',
    deliveredByName: event.organizer,
    title: event.title,
    note: null,
    trainingEventId: event.eventId,
    actorId: ctx.actor?.id ?? null,
  });
  if (!id) return null; // already recorded
  const businessIds = [...new Set(event.businessIds)];
  await q.linkBusinesses(tx, id, businessIds);
  const skills = await needsQ.openNeedsOf(tx, businessIds, 'skills');
  await q.linkNeeds(
    tx,
    id,
    skills.map((n) => n.id),
  );
  const moved = await moveAnsweredNeeds(tx, id, skills, ctx.actor?.id ?? null);
  await recordAudit(tx, ctx, {
    action: 'needs.support_from_training',
    entityType: 'support',
    entityId: id,
    after: { trainingEventId: event.eventId, businessIds, needsMoved: moved },
  });
  return id;
}
