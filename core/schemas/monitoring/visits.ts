import { z } from 'zod';
import { PageQuery } from '../common';

export const VISIT_STATUSES = ['submitted', 'approved', 'returned'] as const;
export const VisitStatusSchema = z.enum(VISIT_STATUSES);
export type VisitStatus = z.infer<typeof VisitStatusSchema>;

/** Answers as sent: checked against the form version by the server (core/domain/monitoring). */
export const AnswersInput = z
  .record(z.string().max(40), z.unknown())
  .refine((a) => Object.keys(a).length <= 100, 'monitoring:answers.tooManyAnswers');

const VisitedAt = z.union([z.iso.datetime({ offset: true }), z.iso.date()], {
  error: 'monitoring:visit.visitedAtFormat',
});

export const CreateVisitBody = z.strictObject({
  /** Made on the phone, so a resend is recognised as the same visit. */
  id: z.uuid(),
  businessId: z.uuid(),
  visitedAt: VisitedAt,
  formVersion: z.number().int().min(1),
  answers: AnswersInput,
});
export type CreateVisitBody = z.infer<typeof CreateVisitBody>;

export const UpdateVisitBody = z.strictObject({
  version: z.number().int().min(1),
  answers: AnswersInput,
  visitedAt: VisitedAt.optional(),
});
export type UpdateVisitBody = z.infer<typeof UpdateVisitBody>;

export const ReviewVisitBody = z.strictObject({
  version: z.number().int().min(1),
  decision: z.enum(['approve', 'return']),
  comment: z.string().trim().max(2000).optional(),
});
export type ReviewVisitBody = z.infer<typeof ReviewVisitBody>;

export const PhotoOut = z.object({ id: z.uuid(), url: z.string() });
export const LocationOut = z.object({ lat: z.number(), lng: z.number(), accuracy: z.number().optional() });
export const AnswerOut = z.union([
  z.number(),
  z.string(),
  z.array(z.string()),
  LocationOut,
  z.array(PhotoOut),
]);
export const AnswersOut = z.record(z.string(), AnswerOut);
export type AnswersOut = z.infer<typeof AnswersOut>;

export const Visit = z.object({
  id: z.uuid(),
  businessId: z.uuid(),
  businessName: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  officerId: z.uuid(),
  officerName: z.string().nullable(),
  visitedAt: z.string(),
  /** The office calendar day of the visit. */
  visitedOn: z.string(),
  formId: z.uuid(),
  formVersion: z.number().int(),
  answers: AnswersOut,
  version: z.number().int(),
  status: VisitStatusSchema,
  reviewComment: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  /** Set once the visit's figures went into the registry's yearly figures. */
  registrySnapshotId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: z.object({ edit: z.boolean(), review: z.boolean(), toRegistry: z.boolean() }),
});
export type Visit = z.infer<typeof Visit>;

export const VisitList = z.object({
  items: z.array(Visit),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

const Day = z.iso.date({ error: 'monitoring:visit.dayFormat' });
export const ListVisitsQuery = PageQuery.extend({
  businessId: z.uuid().optional(),
  officerId: z.uuid().optional(),
  from: Day.optional(),
  to: Day.optional(),
  status: VisitStatusSchema.optional(),
});
export type ListVisitsQuery = z.infer<typeof ListVisitsQuery>;

export const LastVisitQuery = z.strictObject({ businessId: z.uuid() });
export const LastVisit = z.object({ visit: Visit.nullable() });

export const VisitVersion = z.object({
  version: z.number().int(),
  change: z.enum(['created', 'edited', 'approved', 'returned']),
  visitedAt: z.string(),
  formVersion: z.number().int(),
  answers: AnswersOut,
  status: VisitStatusSchema,
  comment: z.string().nullable(),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  at: z.string(),
});
export const VisitHistory = z.object({ items: z.array(VisitVersion) });

export const PhotoParams = z.strictObject({ id: z.uuid(), photoId: z.uuid() });

/** A visit's observed needs, in the shape the needs inventory takes over. */
export type ObservedNeed = {
  visitId: string;
  businessId: string;
  category: string;
  description: string | null;
  observedOn: string;
  officerId: string;
};

export const ToRegistryResult = z.object({ snapshotId: z.uuid(), dataYear: z.number().int() });
