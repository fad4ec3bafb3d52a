import { z } from 'zod';
import { FOLLOW_UP_STATUSES, FUNNEL_STAGES } from '#core/domain/monitoring';
import { LabelSchema } from './forms';
import { AnswersOut } from './visits';

export const FollowUpStatusSchema = z.enum(FOLLOW_UP_STATUSES);

export const FollowUpQuery = z.strictObject({
  status: z.enum(['due', 'overdue', 'never', 'all']).default('all'),
  eventId: z.uuid().optional(),
});
export type FollowUpQuery = z.infer<typeof FollowUpQuery>;

export const FollowUpItem = z.object({
  businessId: z.uuid(),
  businessName: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  eventId: z.string(),
  eventTitle: LabelSchema,
  offsetMonths: z.number().int(),
  dueDate: z.string(),
  windowStart: z.string(),
  windowEnd: z.string(),
  status: FollowUpStatusSchema,
  lastVisitedOn: z.string().nullable(),
  /** The visit that fulfilled it, if any. */
  visitedOn: z.string().nullable(),
});
export type FollowUpItem = z.infer<typeof FollowUpItem>;

export const FollowUpList = z.object({ items: z.array(FollowUpItem), today: z.string() });

export const EventParams = z.strictObject({ eventId: z.uuid() });

const Counts = z.object({
  trained: z.number().int(),
  producing: z.number().int(),
  selling: z.number().int(),
  beyondCity: z.number().int(),
  exporting: z.number().int(),
  active: z.number().int(),
  unknown: z.number().int(),
  visited: z.number().int(),
});

export const Funnel = z.object({
  eventId: z.string(),
  eventTitle: LabelSchema,
  eventEndDate: z.string(),
  stages: z.array(z.enum(FUNNEL_STAGES)),
  cohortSize: z.number().int(),
  /** Per month offset: counts from each member's latest visit in that offset's window. */
  windows: z.array(
    z.object({ offsetMonths: z.number().int(), state: z.enum(['future', 'open', 'closed']), counts: Counts }),
  ),
  /** From each member's latest visit since the training. */
  latest: Counts,
  today: z.string(),
});
export type Funnel = z.infer<typeof Funnel>;

export const MyBusinessesQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(100),
});

export const MyBusiness = z.object({
  businessId: z.uuid(),
  name: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  villageName: z.string().nullable(),
  ownerNames: z.array(z.string()),
  lastVisit: z
    .object({ id: z.uuid(), visitedAt: z.string(), formVersion: z.number().int(), answers: AnswersOut })
    .nullable(),
  /** The most pressing follow-up (overdue, then due, then upcoming), if the business is in a cohort. */
  followUp: FollowUpItem.nullable(),
});
export type MyBusiness = z.infer<typeof MyBusiness>;

export const MyBusinessList = z.object({
  items: z.array(MyBusiness),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
