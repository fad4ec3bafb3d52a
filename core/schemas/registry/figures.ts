import { z } from 'zod';
import {
  CERTIFICATION_TYPES,
  zCertificationType,
  zCount,
  zDateIso,
  zOptional,
  zRupiah,
  zYear,
} from '#core/domain/registry';
import { apiMsg as msg, RecordSource, zClearable, zClearableText, zOptionalText, zText } from './people';

/* The registry API contract: yearly snapshots (tahun data) and certifications. */

const nextYear = () => new Date().getUTCFullYear() + 1;
const nonNegative = (key: string) => z.number({ error: msg(key) }).min(0, { error: msg(key) });

// ── Snapshots (tahun data, Permenperin 13/2025 figures) ──────────────────────────────────────

/** The figures of one snapshot, wrapped per use: optional on create, clearable on update. */
function snapshotFigures(
  wrap: <T extends z.ZodType>(schema: T) => z.ZodType<z.output<T> | null | undefined>,
) {
  return {
    workersMale: wrap(zCount),
    workersFemale: wrap(zCount),
    /** The total; the split is optional. Given with both parts it must be their sum. */
    workersTotal: wrap(zCount),
    investmentIdr: wrap(zRupiah),
    capacity: wrap(nonNegative('fields.nonNegative')),
    capacityUnit: wrap(zText(40)),
    outputQuantity: wrap(nonNegative('fields.nonNegative')),
    outputValueIdr: wrap(zRupiah),
    rawMaterials: wrap(zText(300)),
    turnoverMonthlyIdr: wrap(zRupiah),
    turnoverYearlyIdr: wrap(zRupiah),
    sourceDetail: wrap(zText(200)),
  };
}

type Workers = {
  workersMale?: number | null;
  workersFemale?: number | null;
  workersTotal?: number | null;
};

/**
 * The workers total against its parts: the sum when all three are given, no part above the
 * total. The server checks the same on the merged record (`workersProblem` in core/domain).
 */
export function workersRule(v: Workers, ctx: z.RefinementCtx) {
  const problem = workersProblem(v);
  if (problem) ctx.addIssue({ code: 'custom', message: msg(problem), path: ['workersTotal'] });
}

/** The catalog key of what is wrong with these worker figures, or null. */
export function workersProblem(v: Workers): string | null {
  const { workersMale: m, workersFemale: f, workersTotal: t } = v;
  if (t === null || t === undefined) return null;
  if (m !== null && m !== undefined && f !== null && f !== undefined)
    return m + f === t ? null : 'fields.workersTotalMismatch';
  if ((m ?? 0) > t || (f ?? 0) > t) return 'fields.workersPartAboveTotal';
  return null;
}

/** The total to store: the given one, else the sum of both parts (or the one part known). */
export function workersTotalOf(v: Workers): number | null {
  if (v.workersTotal !== null && v.workersTotal !== undefined) return v.workersTotal;
  const { workersMale: m, workersFemale: f } = v;
  if ((m === null || m === undefined) && (f === null || f === undefined)) return null;
  return (m ?? 0) + (f ?? 0);
}

export const SnapshotBody = z
  .strictObject({
    dataYear: zYear({ min: 1990, max: nextYear() }),
    /** An ikm_owner's figures are always recorded as `owner_self_update`. */
    source: RecordSource.default('manual'),
    ...snapshotFigures(zOptional),
  })
  .superRefine(workersRule);
export type SnapshotBody = z.infer<typeof SnapshotBody>;

export const UpdateSnapshotBody = z
  .strictObject({
    dataYear: zYear({ min: 1990, max: nextYear() }).optional(),
    source: RecordSource.optional(),
    ...snapshotFigures(zClearable),
    /** Optimistic concurrency: the `recordedAt` the editor started from; a newer one → 409. */
    expectedRecordedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine(workersRule);
export type UpdateSnapshotBody = z.infer<typeof UpdateSnapshotBody>;

export const Snapshot = z.object({
  id: z.uuid(),
  businessId: z.uuid(),
  dataYear: z.number().int(),
  workersMale: z.number().int().nullable(),
  workersFemale: z.number().int().nullable(),
  workersTotal: z.number().int().nullable(),
  investmentIdr: z.number().nullable(),
  capacity: z.number().nullable(),
  capacityUnit: z.string().nullable(),
  outputQuantity: z.number().nullable(),
  outputValueIdr: z.number().nullable(),
  rawMaterials: z.string().nullable(),
  turnoverMonthlyIdr: z.number().nullable(),
  turnoverYearlyIdr: z.number().nullable(),
  /**
   * The figures recorded as approximations ("± 250", "sekitar 1.000", a range stored as its
   * middle), by field name (`workersTotal`, `capacity`, `turnoverYearlyIdr` …); a person's
   * correction of a figure takes it off this list.
   */
  estimatedFields: z.array(z.string()),
  source: z.string(),
  sourceDetail: z.string().nullable(),
  recordedAt: z.string(),
  recordedBy: z.string().nullable(),
});
export type Snapshot = z.infer<typeof Snapshot>;

export const SnapshotParams = z.strictObject({ id: z.uuid(), snapshotId: z.uuid() });

// ── Certifications ───────────────────────────────────────────────────────────────────────

const certificationShape = {
  type: zCertificationType,
  /** Free text; required for `lainnya` (ISO 9001, SVLK, BPOM…). */
  label: zOptionalText(120),
  number: zOptionalText(80),
  issuedAt: zOptional(zDateIso()),
  expiresAt: zOptional(zDateIso()),
};

function certificationRules(
  v: { type?: string; label?: string | null; issuedAt?: string | null; expiresAt?: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.type === 'lainnya' && !v.label)
    ctx.addIssue({ code: 'custom', message: msg('fields.certificationLabel'), path: ['label'] });
  if (v.issuedAt && v.expiresAt && v.expiresAt < v.issuedAt)
    ctx.addIssue({ code: 'custom', message: msg('fields.expiryBeforeIssue'), path: ['expiresAt'] });
}

export const CertificationBody = z.strictObject(certificationShape).superRefine(certificationRules);
export type CertificationBody = z.infer<typeof CertificationBody>;

export const UpdateCertificationBody = z
  .strictObject({
    type: zCertificationType.optional(),
    label: zClearableText(120),
    number: zClearableText(80),
    issuedAt: zClearable(zDateIso()),
    expiresAt: zClearable(zDateIso()),
  })
  .superRefine(certificationRules);
export type UpdateCertificationBody = z.infer<typeof UpdateCertificationBody>;

export const CERTIFICATION_STATUSES = ['valid', 'expiring', 'expired', 'no_expiry'] as const;

export const Certification = z.object({
  id: z.uuid(),
  businessId: z.uuid(),
  type: z.enum(CERTIFICATION_TYPES),
  label: z.string().nullable(),
  number: z.string().nullable(),
  issuedAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  /** `expiring`: within 90 days. */
  status: z.enum(CERTIFICATION_STATUSES),
  createdAt: z.string(),
});
export type Certification = z.infer<typeof Certification>;

export const CertificationParams = z.strictObject({ id: z.uuid(), certificationId: z.uuid() });
