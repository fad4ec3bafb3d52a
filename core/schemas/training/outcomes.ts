import { z } from 'zod';
import { SCORE_MAX, SCORE_MIN } from '#core/domain/training';
import { msg } from './events';

const score = z
  .number({ error: msg('fields.score') })
  .min(SCORE_MIN, { error: msg('fields.score') })
  .max(SCORE_MAX, { error: msg('fields.score') })
  .nullable()
  .optional();

export const ScoresBody = z.strictObject({
  items: z
    .array(z.strictObject({ registrationId: z.uuid(), pre: score, post: score }))
    .min(1)
    .max(5000),
});
export type ScoresBody = z.infer<typeof ScoresBody>;

export const GainSummary = z.object({
  paired: z.number().int(),
  preMean: z.number().nullable(),
  postMean: z.number().nullable(),
  gainMean: z.number().nullable(),
  normalizedGain: z.number().nullable(),
});

export const Assessments = z.object({
  items: z.array(
    z.object({
      registrationId: z.uuid(),
      code: z.string(),
      name: z.string(),
      pre: z.number().nullable(),
      post: z.number().nullable(),
      gain: z.number().nullable(),
    }),
  ),
  summary: GainSummary,
});

export const ImportScoresResult = Assessments.extend({ updated: z.number().int() });

const rating = z
  .number({ error: msg('fields.rating') })
  .int({ error: msg('fields.rating') })
  .min(1, { error: msg('fields.rating') })
  .max(5, { error: msg('fields.rating') });

export const FEEDBACK_QUESTIONS = ['overall', 'content', 'trainer', 'venue'] as const;

export const FeedbackBody = z.strictObject({
  ratings: z.strictObject({ overall: rating, content: rating, trainer: rating, venue: rating }),
  liked: z
    .string()
    .trim()
    .max(2000, { error: msg('fields.tooLong') })
    .optional(),
  improve: z
    .string()
    .trim()
    .max(2000, { error: msg('fields.tooLong') })
    .optional(),
});
export type FeedbackBody = z.infer<typeof FeedbackBody>;

export const FeedbackSummary = z.object({
  count: z.number().int(),
  averages: z.object({
    overall: z.number().nullable(),
    content: z.number().nullable(),
    trainer: z.number().nullable(),
    venue: z.number().nullable(),
  }),
  /** Rating → how many gave it, per question. */
  distribution: z.record(z.string(), z.array(z.number().int())),
  comments: z.array(
    z.object({ liked: z.string().nullable(), improve: z.string().nullable(), at: z.string() }),
  ),
});

export const FeedbackSaved = z.object({ ok: z.literal(true) });

export const Followup = z.object({
  id: z.uuid(),
  registrationId: z.uuid(),
  name: z.string(),
  businessId: z.string().nullable(),
  businessName: z.string().nullable(),
  districtCode: z.string().nullable(),
  offsetMonths: z.number().int(),
  dueDate: z.string(),
  fulfilledAt: z.string().nullable(),
});
export const FollowupList = z.object({ items: z.array(Followup) });
