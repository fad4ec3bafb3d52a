import { z } from 'zod';
import {
  isBlankCell,
  PRIVACY_NOTICE_VERSION,
  zEducation,
  zGender,
  zNik,
  zOptional,
  zPhoneId,
  zYear,
} from '#core/domain/registry';
import { Email, NewPassword } from '#core/schemas/auth';
import { KecamatanCode, LocaleSchema } from '#core/schemas/common';
import { apiMsg } from './regions';

/*
 * The registry API contract, part 1 (businesses, owners, regions). Field validators come from
 * core/domain/registry so a web form refuses exactly what the API refuses, with the same
 * `registry-validation:*` keys; rules of this API use `registry-api:*` keys.
 */

const msg = apiMsg;

/** PATCH fields: absent = unchanged, '' / '-' / null = clear, anything else must be valid. */
export function zClearable<T extends z.ZodType>(schema: T) {
  return z.preprocess((v) => (v !== undefined && isBlankCell(v) ? null : v), schema.nullable().optional());
}

export const zText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: msg('fields.tooLong') });
export const zOptionalText = (max: number) => zOptional(zText(max));
export const zClearableText = (max: number) => zClearable(zText(max));

// ── Regions (regions.ts: the pickers load them without the rest of the contract) ─────────

export * from './regions';
export const DistrictCode = KecamatanCode;

// ── Shared enumerations ────────────────────────────────────────────────────────────────────

export const RECORD_SOURCES = ['manual', 'survey', 'import', 'officer_visit', 'owner_self_update'] as const;
export const RecordSource = z.enum(RECORD_SOURCES, { error: msg('fields.source') });
export type RecordSource = z.infer<typeof RecordSource>;

export const LINK_KINDS = [
  'marketplace',
  'instagram',
  'facebook',
  'tiktok',
  'website',
  'whatsapp',
  'other',
] as const;
export const BusinessLink = z.strictObject({
  kind: z.enum(LINK_KINDS, { error: msg('fields.linkKind') }),
  url: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ error: msg('fields.url') })),
});

/** ISO 3166-1 alpha-2, upper-cased. */
export const CountryCode = z
  .string()
  .trim()
  .regex(/^[a-zA-Z]{2}$/, { error: msg('fields.country') })
  .transform((c) => c.toUpperCase());

// Indonesia's bounding box: catches swapped or mistyped coordinates without assuming the city.
export const Latitude = z
  .number({ error: msg('fields.lat') })
  .min(-11.5, { error: msg('fields.lat') })
  .max(6.5, {
    error: msg('fields.lat'),
  });
export const Longitude = z
  .number({ error: msg('fields.lng') })
  .min(94, { error: msg('fields.lng') })
  .max(141.5, {
    error: msg('fields.lng'),
  });

// ── Owners (people) ───────────────────────────────────────────────────────────────────────

export const ConsentInput = z.strictObject(
  {
    /** Version of the privacy notice the person was shown: the current one. */
    noticeVersion: z
      .string()
      .trim()
      .min(1, { error: msg('fields.consentRequired') })
      .max(40)
      .refine((v): boolean => v === PRIVACY_NOTICE_VERSION, { error: msg('fields.noticeOutdated') }),
  },
  { error: msg('fields.consentRequired') },
);

const personFields = {
  nik: zOptional(zNik),
  gender: zOptional(zGender),
  birthYear: zOptional(zYear({ min: 1900 })),
  phone: zOptional(zPhoneId),
  email: zOptional(
    z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ error: 'errors:fields.invalid_email' })),
  ),
  education: zOptional(zEducation),
  address: zOptionalText(300),
};

/** A new person entered with a business; personal data always comes with consent. */
export const NewOwnerInput = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: msg('fields.ownerNameRequired') })
    .max(120),
  ...personFields,
  consent: ConsentInput,
});
export type NewOwnerInput = z.infer<typeof NewOwnerInput>;

/** Either an existing owner (`ownerId`) or a new `person`. */
export const OwnerLinkInput = z
  .strictObject({
    ownerId: z.uuid().optional(),
    person: NewOwnerInput.optional(),
    isPrimary: z.boolean().optional(),
  })
  .refine((v) => (v.ownerId === undefined) !== (v.person === undefined), {
    error: msg('fields.ownerOrPerson'),
    path: ['ownerId'],
  });
export type OwnerLinkInput = z.infer<typeof OwnerLinkInput>;

export const UpdateOwnerBody = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, { error: msg('fields.ownerNameRequired') })
    .max(120)
    .optional(),
  nik: zClearable(zNik),
  gender: zClearable(zGender),
  birthYear: zClearable(zYear({ min: 1900 })),
  phone: zClearable(zPhoneId),
  email: zClearable(
    z
      .string()
      .trim()
      .max(254)
      .pipe(z.email({ error: 'errors:fields.invalid_email' })),
  ),
  education: zClearable(zEducation),
  address: zClearableText(300),
  /** Required when the owner has no consent on record yet and personal data is added. */
  consent: ConsentInput.optional(),
  /** Optimistic concurrency: the `updatedAt` the editor started from; a newer record → 409. */
  expectedUpdatedAt: z.iso.datetime({ offset: true }).optional(),
});
export type UpdateOwnerBody = z.infer<typeof UpdateOwnerBody>;

export const Consent = z.object({
  noticeVersion: z.string(),
  at: z.string(),
  recordedBy: z.string().nullable(),
});

/** An owner as linked to a business. `nikMasked` is the only form of the NIK any response has. */
export const BusinessOwner = z.object({
  id: z.uuid(),
  name: z.string(),
  nikMasked: z.string().nullable(),
  /** The NIK was registered outside the home city: worth a check, not an error. */
  nikOutsideHome: z.boolean(),
  gender: z.string().nullable(),
  birthYear: z.number().int().nullable(),
  /** Decoded from the NIK (ISO date); null without a valid NIK. */
  birthDate: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  education: z.string().nullable(),
  isPrimary: z.boolean(),
  hasAccount: z.boolean(),
  erased: z.boolean(),
});
export type BusinessOwner = z.infer<typeof BusinessOwner>;

export const Owner = BusinessOwner.omit({ isPrimary: true }).extend({
  address: z.string().nullable(),
  userId: z.string().nullable(),
  consent: Consent.nullable(),
  erasedAt: z.string().nullable(),
  source: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  businesses: z.array(
    z.object({
      id: z.uuid(),
      name: z.string(),
      districtCode: z.string(),
      districtName: z.string().nullable(),
      isPrimary: z.boolean(),
    }),
  ),
});
export type Owner = z.infer<typeof Owner>;

export const OwnerBusinessParams = z.strictObject({ id: z.uuid(), ownerId: z.uuid() });

/** Link an `ikm_owner` account: an existing user, or a new account created here. */
export const LinkOwnerAccountBody = z
  .strictObject({
    userId: z.uuid().optional(),
    newAccount: z
      .strictObject({ email: Email, password: NewPassword, locale: LocaleSchema.default('id') })
      .optional(),
  })
  .refine((v) => (v.userId === undefined) !== (v.newAccount === undefined), {
    error: msg('fields.userOrNewAccount'),
    path: ['userId'],
  });
export type LinkOwnerAccountBody = z.infer<typeof LinkOwnerAccountBody>;

/** A bodiless POST is fine: the reason is optional and goes to the audit row. */
const ReasonBody = z.preprocess((v) => v ?? {}, z.strictObject({ reason: zOptionalText(200) }));
export const RevealNikBody = ReasonBody;
export const RevealNikResponse = z.object({ nik: z.string() });

export const EraseOwnerBody = ReasonBody;
