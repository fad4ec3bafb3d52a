import { type AnswerIssue, type Answers, type Question, validateAnswers } from '#core/domain/monitoring';
import { officeDate, startOfOfficeDay } from '#core/time';
import type { Queryable } from '#server/db/client';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError } from '#server/lib/errors';
import { takePhotos } from './photos';

/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 10 * 60_000;

/** The visit time as sent (an ISO instant, or a day meaning its start) and its office day. */
export function visitTime(value: string): { at: Date; day: string } {
  // A bare day is taken as its noon on the office's calendar.
  const at =
    value.length === 10 ? new Date(startOfOfficeDay(value).getTime() + 12 * 3_600_000) : new Date(value);
  const day = value.length === 10 ? value : officeDate(at);
  if (at.getTime() > Date.now() + CLOCK_SKEW_MS || day > officeDate()) {
    throw fieldError('visitedAt', 'monitoring:visit.future');
  }
  return { at, day };
}

function answerErrors(ctx: ServiceContext, questions: readonly Question[], issues: AnswerIssue[]) {
  const locale = ctx.actor?.locale ?? 'id';
  const byKey = new Map(questions.map((q) => [q.key, q]));
  return new AppError('validation_failed', 'errors:codes.validation_failed', {
    details: {
      fields: issues.map((i) => ({
        path: `answers.${i.key}`,
        code: 'custom',
        message: i.message,
        params: { ...i.params, question: byKey.get(i.key)?.label[locale] ?? i.key },
      })),
    },
  });
}

/**
 * Checks answers against the form version and stores nothing: the new photos come back as rows
 * to insert with the visit. A problem answers 400 with a field per question.
 */
export async function checkAnswers(
  ctx: ServiceContext,
  db: Queryable,
  input: {
    visitId: string;
    questions: readonly Question[];
    answers: Record<string, unknown>;
    existing: 'none' | 'visit';
  },
) {
  const { answers, issues } = validateAnswers(input.questions, input.answers, officeDate());
  if (issues.length > 0) throw answerErrors(ctx, input.questions, issues);
  const taken = await takePhotos(db, input.visitId, input.questions, answers, input.existing);
  if (taken.problems.length > 0) throw answerErrors(ctx, input.questions, taken.problems);
  return { answers: taken.answers as Answers, photos: taken.photos };
}
