import { z } from 'zod';
import { READINESS_AREAS } from '#core/domain/catalog/readiness';
import { plainText } from './fields';

export const ReadinessGap = z.object({
  key: z.string(),
  area: z.enum(READINESS_AREAS),
  points: z.number(),
  needCategory: z.string(),
  priority: z.enum(['high', 'medium', 'low']),
  productId: z.string().optional(),
  productName: z.string().optional(),
  /** What to do, in the reader's language. */
  advice: z.string(),
});

export const Readiness = z.object({
  businessId: z.uuid(),
  score: z.number(),
  areas: z.array(z.object({ area: z.enum(READINESS_AREAS), score: z.number(), max: z.number() })),
  gaps: z.array(ReadinessGap),
  products: z.array(z.object({ id: z.uuid(), name: z.string(), score: z.number() })),
  trainingEvidence: z.boolean(),
});
export type Readiness = z.infer<typeof Readiness>;

export const BusinessParams = z.strictObject({ businessId: z.uuid() });

export const MakerProfile = z.object({
  businessId: z.uuid(),
  businessName: z.string(),
  slug: z.string(),
  story: z.object({ id: z.string(), en: z.string() }),
  updatedAt: z.string().nullable(),
});

export const UpdateMakerBody = z.strictObject({
  story: z.strictObject({ id: plainText(3000), en: plainText(3000) }),
});

export const HsHeadingList = z.object({ items: z.array(z.object({ code: z.string(), label: z.string() })) });

export const BusinessPickQuery = z.object({ q: z.string().trim().max(100).default('') });
export const BusinessPickList = z.object({
  items: z.array(z.object({ id: z.uuid(), name: z.string(), district: z.string().nullable() })),
});
