import type { Question } from '#core/domain/monitoring';
import type { CreateVisitBody, Visit } from '#core/schemas/monitoring';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden } from '#server/lib/errors';
import { canReadVisit, canRecordVisitAt, canRecordVisits } from '../policy';
import { presentVisit, scopeOf } from '../present';
import { insertPhotos } from '../queries/photos';
import { findVisit, insertVisit } from '../queries/visits';
import { checkAnswers, visitTime } from './answers';
import { formVersionOf } from './forms';
import { factsOf, writeScope } from './load';

export type Recorded = { visit: Visit; created: boolean };

/** The stored visit with this id, when a resend finds it (the same visit, answered again). */
async function stored(ctx: ServiceContext, id: string): Promise<Recorded | null> {
  const row = await findVisit(ctx.db, id);
  if (!row) return null;
  const business = await factsOf(ctx, row.businessId);
  if (!business || !canReadVisit(ctx.actor, scopeOf(row, business))) throw forbidden();
  if (row.officerId !== ctx.actor?.id && ctx.actor?.role !== 'admin')
    throw new AppError('conflict', 'monitoring:visit.idTaken');
  return { visit: presentVisit(row, business, ctx.actor), created: false };
}

/**
 * Records a visit made on an officer's phone. Its id is the phone's, so sending it again (a
 * retry after a lost answer) finds the stored visit instead of writing a second one.
 */
export async function recordVisit(ctx: ServiceContext, body: CreateVisitBody): Promise<Recorded> {
  if (!canRecordVisits(ctx.actor)) throw forbidden();
  const actor = ctx.actor!;
  const business = await factsOf(ctx, body.businessId);
  if (!business?.live || !canRecordVisitAt(actor, business.districtCode)) {
    // A resend of a visit recorded before the business was merged or moved still finds it.
    const again = await stored(ctx, body.id);
    if (again) return again;
    if (!business?.live) throw fieldError('businessId', 'monitoring:visit.unknownBusiness');
    throw forbidden('monitoring:visit.outsideKecamatan');
  }
  const when = visitTime(body.visitedAt);
  const form = await formVersionOf(ctx, body.formVersion);
  if (!form)
    throw fieldError('formVersion', 'monitoring:visit.unknownFormVersion', { version: body.formVersion });

  const outcome = await ctx.db.transaction(async (tx) => {
    const checked = await checkAnswers(ctx, tx, {
      visitId: body.id,
      questions: form.questions as Question[],
      answers: body.answers,
      existing: 'none',
    });
    const written = await insertVisit(
      tx,
      {
        id: body.id,
        businessId: business.id,
        officerId: actor.id,
        formId: form.id,
        formVersion: form.version,
        visitedAt: when.at,
        visitedOn: when.day,
        answers: checked.answers,
      },
      writeScope(ctx),
    );
    if (!written) return 'not-written' as const;
    await insertPhotos(tx, checked.photos);
    await recordAudit(tx, ctx, {
      action: 'monitoring.visit_create',
      entityType: 'visit',
      entityId: body.id,
      after: {
        businessId: business.id,
        visitedOn: when.day,
        formVersion: form.version,
        answers: Object.keys(checked.answers),
      },
    });
    return 'written' as const;
  });
  if (outcome === 'not-written') {
    // Sent before (a resend whose answer was lost, or a concurrent one), or the business left
    // the actor's kecamatan meanwhile.
    const raced = await stored(ctx, body.id);
    if (raced) return raced;
    throw forbidden('monitoring:visit.outsideKecamatan');
  }
  const row = await findVisit(ctx.db, body.id);
  return { visit: presentVisit(row!, business, actor), created: true };
}
