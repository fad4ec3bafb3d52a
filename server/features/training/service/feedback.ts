import { normalizeCode } from '#core/domain/training';
import { FEEDBACK_QUESTIONS, type FeedbackBody } from '#core/schemas/training';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import { canReadFeedback } from '../policy';
import { findEvent } from '../queries/events';
import * as q from '../queries/outcomes';
import { findRegistrationByCode } from '../queries/registrations';
import { loadViewableEvent } from './access';

/** The participant's answers to the survey, by their code; sending again replaces them. */
export async function submitFeedback(ctx: ServiceContext, code: string, input: FeedbackBody) {
  const reg = await findRegistrationByCode(ctx.db, normalizeCode(code));
  if (!reg) throw notFound('training:errors.registrationNotFound');
  const event = await findEvent(ctx.db, reg.eventId);
  if (reg.status !== 'registered' || !event)
    throw new AppError('conflict', 'training:errors.feedbackNotRegistered');
  await ctx.db.transaction(async (tx) => {
    await q.upsertFeedback(tx, {
      registrationId: reg.id,
      eventId: reg.eventId,
      ratings: input.ratings,
      liked: input.liked || null,
      improve: input.improve || null,
    });
    await recordAudit(tx, ctx, {
      action: 'training.feedback',
      entityType: 'training_registration',
      entityId: reg.id,
      after: { ratings: input.ratings },
    });
  });
  return { ok: true as const };
}

export async function feedbackSummary(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  if (!canReadFeedback(ctx.actor, event)) throw forbidden();
  const rows = await q.feedbackOfEvent(ctx.db, eventId);
  const averages = Object.fromEntries(
    FEEDBACK_QUESTIONS.map((k) => [
      k,
      rows.length === 0 ? null : rows.reduce((sum, r) => sum + r.ratings[k], 0) / rows.length,
    ]),
  ) as Record<(typeof FEEDBACK_QUESTIONS)[number], number | null>;
  const distribution = Object.fromEntries(
    FEEDBACK_QUESTIONS.map((k) => [
      k,
      [1, 2, 3, 4, 5].map((v) => rows.filter((r) => r.ratings[k] === v).length),
    ]),
  );
  return {
    count: rows.length,
    averages,
    distribution,
    comments: rows
      .filter((r) => r.liked || r.improve)
      .map((r) => ({ liked: r.liked, improve: r.improve, at: r.createdAt.toISOString() })),
  };
}
