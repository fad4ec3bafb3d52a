import { z } from 'zod';
import {
  DELIVERER_KINDS,
  NEED_CATEGORIES,
  NEED_CHANGE_SOURCES,
  NEED_EVIDENCE_SOURCES,
  NEED_PRIORITIES,
  NEED_STATUSES,
  SUPPORT_TYPES,
} from '#core/domain/needs';
import { KecamatanCode, PageQuery, pageOf } from '../common';

export const NeedCategorySchema = z.enum(NEED_CATEGORIES);
export const NeedPrioritySchema = z.enum(NEED_PRIORITIES);
export const NeedStatusSchema = z.enum(NEED_STATUSES);
export const NeedEvidenceSourceSchema = z.enum(NEED_EVIDENCE_SOURCES);
export const SupportTypeSchema = z.enum(SUPPORT_TYPES);
export const DelivererKindSchema = z.enum(DELIVERER_KINDS);

const Description = z.string().trim().min(1).max(2000);
const Note = z.string().trim().max(2000);

// ---------------------------------------------------------------- needs

export const CreateNeedBody = z.strictObject({
  businessId: z.uuid(),
  category: NeedCategorySchema,
  priority: NeedPrioritySchema,
  description: Description,
  /** Where it was seen; typed in by hand when not given. */
  evidenceSource: z.enum(['survey', 'manual']).optional(),
  /** The survey's name or number, a document reference. */
  evidenceRef: z.string().trim().max(200).optional(),
});
export type CreateNeedBody = z.infer<typeof CreateNeedBody>;

export const CreateNeedResponse = z.object({ id: z.uuid(), status: NeedStatusSchema });

export const UpdateNeedStatusBody = z.strictObject({
  status: NeedStatusSchema,
  note: Note.optional(),
});
export type UpdateNeedStatusBody = z.infer<typeof UpdateNeedStatusBody>;

export const NeedsQuery = PageQuery.extend({
  businessId: z.uuid().optional(),
  category: NeedCategorySchema.optional(),
  districtCode: KecamatanCode.optional(),
  status: z.union([NeedStatusSchema, z.literal('open'), z.literal('closed')]).optional(),
  priority: NeedPrioritySchema.optional(),
});
export type NeedsQuery = z.infer<typeof NeedsQuery>;

export const NeedEvidence = z.object({
  source: NeedEvidenceSourceSchema,
  ref: z.string().nullable(),
  visitId: z.uuid().nullable(),
  observedOn: z.string(),
  note: z.string().nullable(),
});

export const NeedChange = z.object({
  fromStatus: NeedStatusSchema.nullable(),
  toStatus: NeedStatusSchema,
  note: z.string().nullable(),
  source: z.enum(NEED_CHANGE_SOURCES),
  actorId: z.uuid().nullable(),
  actorName: z.string().nullable(),
  supportId: z.uuid().nullable(),
  at: z.string(),
});

export const Need = z.object({
  id: z.uuid(),
  businessId: z.uuid(),
  businessName: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  category: NeedCategorySchema,
  priority: NeedPrioritySchema,
  description: z.string(),
  status: NeedStatusSchema,
  evidenceSource: NeedEvidenceSourceSchema,
  evidenceRef: z.string().nullable(),
  identifiedOn: z.string(),
  updatedAt: z.string(),
});
export type Need = z.infer<typeof Need>;

export const NeedsPage = pageOf(Need);

export const SupportBrief = z.object({
  id: z.uuid(),
  type: SupportTypeSchema,
  date: z.string(),
  valueIdr: z.number().int(),
  deliveredBy: z.object({ kind: DelivererKindSchema, name: z.string() }),
});

export const NeedDetail = Need.extend({
  history: z.array(NeedChange),
  evidence: z.array(NeedEvidence),
  support: z.array(SupportBrief),
  /** The statuses this need may move to now (NEED_TRANSITIONS), for the person's buttons. */
  nextStatuses: z.array(NeedStatusSchema),
  canChange: z.boolean(),
});
export type NeedDetail = z.infer<typeof NeedDetail>;

export const NeedsFromReadinessBody = z.strictObject({ businessId: z.uuid() });

export const NeedsFromGapsResponse = z.object({
  created: z.array(z.uuid()),
  updated: z.array(z.uuid()),
  score: z.number(),
});

// ---------------------------------------------------------------- support

export const DeliveredBy = z.strictObject({
  kind: DelivererKindSchema,
  name: z.string().trim().min(1).max(200),
});

export const ValueIdr = z.number().int().min(0).max(1_000_000_000_000);

export const CreateSupportBody = z.strictObject({
  type: SupportTypeSchema,
  date: z.iso.date(),
  valueIdr: ValueIdr,
  deliveredBy: DeliveredBy,
  title: z.string().trim().max(200).optional(),
  note: Note.optional(),
  businessIds: z.array(z.uuid()).min(1).max(500),
  needIds: z.array(z.uuid()).max(500).default([]),
});
export type CreateSupportBody = z.input<typeof CreateSupportBody>;

export const SupportQuery = PageQuery.extend({
  businessId: z.uuid().optional(),
  type: SupportTypeSchema.optional(),
  districtCode: KecamatanCode.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});
export type SupportQuery = z.infer<typeof SupportQuery>;

export const Support = SupportBrief.extend({
  title: z.string().nullable(),
  note: z.string().nullable(),
  trainingEventId: z.uuid().nullable(),
  /** Businesses the reader may see (an officer: those in their kecamatan). */
  businessCount: z.number().int(),
  needCount: z.number().int(),
  createdAt: z.string(),
});
export type Support = z.infer<typeof Support>;

export const SupportPage = pageOf(Support);

export const SupportDetail = Support.extend({
  businesses: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      districtCode: z.string(),
      districtName: z.string().nullable(),
    }),
  ),
  needs: z.array(Need),
  /** Businesses reached outside the reader's kecamatan (not listed). */
  hiddenBusinesses: z.number().int(),
});
export type SupportDetail = z.infer<typeof SupportDetail>;

export const CreateSupportResponse = z.object({ id: z.uuid(), needsMoved: z.array(z.uuid()) });
