import { isDeepStrictEqual } from 'node:util';
import type { Answers, Question } from '#core/domain/monitoring';
import type { ReviewVisitBody, UpdateVisitBody, Visit } from '#core/schemas/monitoring';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden, notFound } from '#server/lib/errors';
import { canEditVisit, canReviewVisits } from '../policy';
import { presentVisit, scopeOf } from '../present';
import { insertPhotos } from '../queries/photos';
import {
  findVisit,
  lockVisitedBusiness,
  recordVersion,
  reviewVisitAt,
  updateVisitAt,
  type VisitRow,
} from '../queries/visits';
import { checkAnswers, visitTime } from './answers';
import { visitApprovedHook } from './approval-hook';
import { formVersionOf } from './forms';
import { type LoadedVisit, loadVisit, writeScope } from './load';

const conflict = (current: Visit) =>
  new AppError('conflict', 'monitoring:visit.staleVersion', { details: { current } });

/** Photo lists compare by count: a resent edit carries its new images again, not their ids. */
const comparable = (answers: Answers) =>
  Object.fromEntries(
    Object.entries(answers).map(([k, v]) =>
      Array.isArray(v) && v.length > 0 && typeof v[0] === 'object' ? [k, v.length] : [k, v],
    ),
  );

/** The edit a resend would have made is already the current state (its answer was lost). */
function isReplay(row: VisitRow, actorId: string, sentVersion: number, answers: Answers) {
  return (
    row.version === sentVersion + 1 &&
    row.updatedBy === actorId &&
    isDeepStrictEqual(comparable(row.answers), comparable(answers))
  );
}

async function current(ctx: ServiceContext, loaded: LoadedVisit) {
  const row = await findVisit(ctx.db, loaded.row.id);
  if (!row) throw notFound();
  return { row, visit: presentVisit(row, loaded.business, ctx.actor) };
}

/**
 * Corrects a visit. The edit names the version it was based on; if someone changed the visit
 * since, the answer is 409 with the server's copy, and nothing is overwritten. A corrected visit
 * goes back to review.
 */
export async function updateVisit(ctx: ServiceContext, id: string, body: UpdateVisitBody): Promise<Visit> {
  const loaded = await loadVisit(ctx, id);
  const actor = ctx.actor!;
  if (!canEditVisit(actor, scopeOf(loaded.row, loaded.business))) throw forbidden();
  const form = await formVersionOf(ctx, loaded.row.formVersion);
  if (!form) throw notFound();
  const when = body.visitedAt
    ? visitTime(body.visitedAt)
    : { at: loaded.row.visitedAt, day: loaded.row.visitedOn };

  const outcome = await ctx.db.transaction(async (tx) => {
    const checked = await checkAnswers(ctx, tx, {
      visitId: id,
      questions: form.questions as Question[],
      answers: body.answers,
      existing: 'visit',
    });
    const written = await updateVisitAt(tx, {
      id,
      version: body.version,
      answers: checked.answers,
      visitedAt: when.at,
      visitedOn: when.day,
      actorId: actor.id,
      scope: writeScope(ctx),
    });
    if (!written) return { written: false as const, answers: checked.answers };
    await insertPhotos(tx, checked.photos);
    await recordVersion(tx, id, 'edited', actor.id);
    await recordAudit(tx, ctx, {
      action: 'monitoring.visit_update',
      entityType: 'visit',
      entityId: id,
      before: { version: body.version, answers: loaded.row.answers },
      after: { version: body.version + 1, answers: checked.answers },
    });
    return { written: true as const, answers: checked.answers };
  });
  const now = await current(ctx, loaded);
  if (outcome.written) return now.visit;
  if (now.row.version === body.version) throw forbidden('monitoring:visit.outsideKecamatan');
  if (isReplay(now.row, actor.id, body.version, outcome.answers)) return now.visit;
  throw conflict(now.visit);
}

/** Approves a visit or returns it for correction (a comment says what to correct). */
export async function reviewVisit(ctx: ServiceContext, id: string, body: ReviewVisitBody): Promise<Visit> {
  if (!canReviewVisits(ctx.actor)) throw forbidden();
  const loaded = await loadVisit(ctx, id);
  const comment = body.comment?.trim() || null;
  if (body.decision === 'return' && !comment)
    throw fieldError('comment', 'monitoring:review.commentRequired');
  const status = body.decision === 'approve' ? 'approved' : 'returned';
  const written = await ctx.db.transaction(async (tx) => {
    await lockVisitedBusiness(tx, id);
    const ok = await reviewVisitAt(tx, {
      id,
      version: body.version,
      status,
      comment,
      actorId: ctx.actor!.id,
    });
    if (!ok) return false;
    await recordVersion(tx, id, status, ctx.actor!.id, comment);
    if (status === 'approved') await visitApprovedHook()(tx, ctx, id);
    await recordAudit(tx, ctx, {
      action: `monitoring.visit_${body.decision}`,
      entityType: 'visit',
      entityId: id,
      before: { status: loaded.row.status, version: body.version },
      after: { status, version: body.version + 1, comment },
    });
    return true;
  });
  const now = await current(ctx, loaded);
  if (!written) {
    if (
      now.row.version === body.version + 1 &&
      now.row.status === status &&
      now.row.updatedBy === ctx.actor!.id
    )
      return now.visit;
    throw conflict(now.visit);
  }
  return now.visit;
}
