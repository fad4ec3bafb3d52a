import { z } from 'zod';
import { zNib, zNik, zOptional } from '#core/domain/registry';
import { AuditEntry } from '#core/schemas/audit';
import { PageQuery } from '#core/schemas/common';
import { Business } from './businesses';
import { DistrictCode, apiMsg as msg, Owner, VillageCode } from './people';

/* The registry API contract: duplicate search, merge, history and the personal-data export. */

// ── Duplicates and merge ─────────────────────────────────────────────────────────────────

export const DUPLICATE_REASONS = ['nib', 'nik', 'similar_name'] as const;

/**
 * Search before create. GET with a query string; the same fields as a JSON body to
 * `POST /api/businesses/duplicates` keep a NIK out of URLs (proxies log them).
 */
export const DuplicatesQuery = z
  .object({
    name: z.string().trim().max(200).optional(),
    villageCode: zOptional(VillageCode),
    districtCode: zOptional(DistrictCode),
    nib: zOptional(zNib),
    nik: zOptional(zNik),
    /** The record being edited, left out of its own candidates. */
    excludeId: z.uuid().optional(),
    limit: z.coerce.number().int().min(1).max(50).default(10),
  })
  .refine((v) => v.name || v.nib || v.nik, { error: msg('duplicates.needInput'), path: ['name'] });
export type DuplicatesQuery = z.input<typeof DuplicatesQuery>;

export const DuplicateCandidate = z.object({
  id: z.uuid(),
  name: z.string(),
  brand: z.string().nullable(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  nib: z.string().nullable(),
  ownerNames: z.array(z.string()),
  reasons: z.array(z.enum(DUPLICATE_REASONS)),
  /** Trigram similarity of the names, 0–1. */
  similarity: z.number(),
  /** Always true: records outside the asker's scope are only counted, in `elsewhere`. */
  inScope: z.boolean(),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;
/**
 * Matches the asker may open, and, for matches outside their kecamatan, only how many there
 * are and why: enough not to register the business twice and to ask the office, without
 * learning which business a NIK or a name belongs to.
 */
export const DuplicateList = z.object({
  items: z.array(DuplicateCandidate),
  elsewhere: z.object({ count: z.number().int(), reasons: z.array(z.enum(DUPLICATE_REASONS)) }),
});
export type DuplicateList = z.infer<typeof DuplicateList>;

/** `POST /api/businesses/:id/merge`: `otherId` is merged into `:id`, which survives. */
export const MergeBody = z.strictObject({ otherId: z.uuid() });
export type MergeBody = z.infer<typeof MergeBody>;
export const MergeResult = z.object({
  business: Business,
  mergedId: z.uuid(),
  moved: z.object({
    snapshots: z.number().int(),
    certifications: z.number().int(),
    ownerLinks: z.number().int(),
    ownersMerged: z.number().int(),
  }),
});
export type MergeResult = z.infer<typeof MergeResult>;

// ── History and personal-data export ─────────────────────────────────────────────────────

export const HistoryQuery = PageQuery;

/**
 * One field of a change as it was and as it became (values as stored; the web formats them).
 * A region code comes with its name; a NIK only ever as its masked form (`nikMasked`).
 */
export const HistoryChange = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown(),
  beforeName: z.string().nullable(),
  afterName: z.string().nullable(),
});
export type HistoryChange = z.infer<typeof HistoryChange>;

/** A business's history entry: the audit row with what changed, field by field. */
export const HistoryEntry = AuditEntry.extend({ changes: z.array(HistoryChange) });
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const BusinessHistory = z.object({
  items: z.array(HistoryEntry),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** Everything held about one person (UU PDP access request); the NIK stays masked. */
export const OwnerExport = z.object({
  exportedAt: z.string(),
  noticeToReader: z.string(),
  person: Owner,
  businesses: z.array(Business),
  history: z.array(AuditEntry),
});
export type OwnerExport = z.infer<typeof OwnerExport>;
