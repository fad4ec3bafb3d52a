import { z } from 'zod';
import {
  EXPORT_STATUSES,
  SUBSECTORS,
  splitProductWords,
  zExportStatus,
  zKbli,
  zLegalForm,
  zNib,
  zNpwp,
  zOptional,
  zSubsector,
  zYear,
} from '#core/domain/registry';
import { Certification, CertificationBody, Snapshot, SnapshotBody } from './figures';
import {
  BusinessLink,
  BusinessOwner,
  CountryCode,
  DistrictCode,
  Latitude,
  Longitude,
  apiMsg as msg,
  OwnerLinkInput,
  RecordSource,
  VillageCode,
  zClearable,
  zClearableText,
  zOptionalText,
  zText,
} from './people';

/* The registry API contract: businesses (their list, search and map: list.ts). */

// ── Businesses ───────────────────────────────────────────────────────────────────────────

/** What the business makes ("tas anyaman", "keranjang"): trimmed, blanks and repeats dropped. */
export const ProductWords = z
  .array(zText(80))
  .max(30, { error: msg('fields.tooManyProducts') })
  .transform((list) => splitProductWords(list));

export const CreateBusinessBody = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, { error: msg('fields.businessNameRequired') })
      .max(200),
    brand: zOptionalText(120),
    legalForm: zOptional(zLegalForm),
    nib: zOptional(zNib),
    npwp: zOptional(zNpwp),
    kbli: z.array(zKbli).max(10).default([]),
    subsector: zSubsector.default('lainnya'),
    address: zOptionalText(300),
    districtCode: DistrictCode,
    /** Must lie inside `districtCode` (checked here by prefix, by the server against the data). */
    villageCode: zOptional(VillageCode),
    lat: zOptional(Latitude),
    lng: zOptional(Longitude),
    yearFounded: zOptional(zYear({ min: 1900 })),
    sentra: zOptionalText(120),
    links: z.array(BusinessLink).max(20).default([]),
    exportStatus: zExportStatus.default('belum'),
    exportCountries: z.array(CountryCode).max(60).default([]),
    notes: zOptionalText(2000),
    products: ProductWords.default([]),
    source: RecordSource.default('manual'),
    sourceDetail: zOptionalText(200),
    owners: z.array(OwnerLinkInput).max(10).default([]),
    /** First yearly figures, optional. */
    snapshot: SnapshotBody.optional(),
    certifications: z.array(CertificationBody).max(20).default([]),
  })
  .superRefine((v, ctx) => locationRules(v, ctx));
export type CreateBusinessBody = z.infer<typeof CreateBusinessBody>;
export type CreateBusinessInput = z.input<typeof CreateBusinessBody>;

function locationRules(
  v: { districtCode?: string; villageCode?: string | null; lat?: number | null; lng?: number | null },
  ctx: z.RefinementCtx,
) {
  if (v.villageCode && v.districtCode && !v.villageCode.startsWith(`${v.districtCode}.`))
    ctx.addIssue({ code: 'custom', message: msg('fields.villageOutsideDistrict'), path: ['villageCode'] });
  const hasLat = v.lat !== undefined && v.lat !== null;
  const hasLng = v.lng !== undefined && v.lng !== null;
  if (hasLat !== hasLng)
    ctx.addIssue({ code: 'custom', message: msg('fields.latLngPair'), path: [hasLat ? 'lng' : 'lat'] });
}

export const UpdateBusinessBody = z
  .strictObject({
    name: z
      .string()
      .trim()
      .min(1, { error: msg('fields.businessNameRequired') })
      .max(200)
      .optional(),
    brand: zClearableText(120),
    legalForm: zClearable(zLegalForm),
    nib: zClearable(zNib),
    npwp: zClearable(zNpwp),
    kbli: z.array(zKbli).max(10).optional(),
    subsector: zSubsector.optional(),
    address: zClearableText(300),
    districtCode: DistrictCode.optional(),
    villageCode: zClearable(VillageCode),
    lat: zClearable(Latitude),
    lng: zClearable(Longitude),
    yearFounded: zClearable(zYear({ min: 1900 })),
    sentra: zClearableText(120),
    links: z.array(BusinessLink).max(20).optional(),
    exportStatus: zExportStatus.optional(),
    exportCountries: z.array(CountryCode).max(60).optional(),
    notes: zClearableText(2000),
    products: ProductWords.optional(),
    source: RecordSource.optional(),
    sourceDetail: zClearableText(200),
    /** Optimistic concurrency: the `updatedAt` the editor started from; a newer record → 409. */
    expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
  })
  .superRefine((v, ctx) => locationRules(v, ctx));
export type UpdateBusinessBody = z.infer<typeof UpdateBusinessBody>;

/** What the signed-in user may do with this record, so the UI hides what the API would refuse. */
export const BusinessPermissions = z.object({
  edit: z.boolean(),
  delete: z.boolean(),
  merge: z.boolean(),
  changeDistrict: z.boolean(),
  manageOwners: z.boolean(),
  revealNik: z.boolean(),
});

export const Business = z.object({
  id: z.uuid(),
  name: z.string(),
  brand: z.string().nullable(),
  legalForm: z.string().nullable(),
  nib: z.string().nullable(),
  npwp: z.string().nullable(),
  kbli: z.array(z.object({ code: z.string(), version: z.number().int() })),
  subsector: z.enum(SUBSECTORS),
  address: z.string().nullable(),
  regencyCode: z.string(),
  districtCode: z.string(),
  districtName: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  yearFounded: z.number().int().nullable(),
  sentra: z.string().nullable(),
  links: z.array(z.object({ kind: z.string(), url: z.string() })),
  exportStatus: z.enum(EXPORT_STATUSES),
  exportCountries: z.array(z.string()),
  notes: z.string().nullable(),
  /** Product words, as entered. */
  products: z.array(z.string()),
  source: z.string(),
  sourceDetail: z.string().nullable(),
  owners: z.array(BusinessOwner),
  latestSnapshot: Snapshot.nullable(),
  /** Every yearly snapshot, newest data year first. */
  snapshots: z.array(Snapshot),
  certifications: z.array(Certification),
  /** Records merged into this one. */
  mergedFromIds: z.array(z.uuid()),
  permissions: BusinessPermissions,
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Business = z.infer<typeof Business>;

/** Non-blocking notes on what was saved (e.g. a NIK registered outside the home city). */
export const SaveWarning = z.object({ path: z.string(), code: z.string(), message: z.string() });
export const BusinessSaved = Business.extend({ warnings: z.array(SaveWarning) });
export type BusinessSaved = z.infer<typeof BusinessSaved>;

/** `GET /api/businesses/:id` of a merged record answers 301 with this and a Location header. */
export const MergedPointer = z.object({ mergedIntoId: z.uuid(), location: z.string() });
