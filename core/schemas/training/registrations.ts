import { z } from 'zod';
import { zNib, zNik, zPhoneId } from '#core/domain/registry';
import { KecamatanCode } from '#core/schemas/common';
import { msg } from './events';

/** A registration, from the public page or by an officer on the person's behalf. */
export const RegistrationBody = z
  .strictObject({
    name: z
      .string({ error: msg('fields.nameRequired') })
      .trim()
      .min(1, { error: msg('fields.nameRequired') })
      .max(120, { error: msg('fields.tooLong') }),
    phone: z.preprocess((v) => (v === undefined || v === null ? '' : v), zPhoneId),
    businessName: z
      .string()
      .trim()
      .max(200, { error: msg('fields.tooLong') })
      .optional()
      .transform((v) => v || undefined),
    districtCode: z.preprocess((v) => (v === '' ? undefined : v), KecamatanCode.optional()),
    nib: z.preprocess((v) => (v === '' || v === null ? undefined : v), zNib.optional()),
    nik: z.preprocess((v) => (v === '' || v === null ? undefined : v), zNik.optional()),
    email: z.preprocess(
      (v) => (v === '' || v === null ? undefined : v),
      z
        .string()
        .trim()
        .max(254)
        .pipe(z.email({ error: 'errors:fields.invalid_email' }))
        .optional(),
    ),
    consent: z.literal(true, { error: msg('fields.consentRequired') }),
  })
  .refine((v) => !v.businessName || v.districtCode, {
    error: msg('fields.districtForBusiness'),
    path: ['districtCode'],
  });
export type RegistrationBody = z.infer<typeof RegistrationBody>;

export const REGISTRATION_STATUSES = ['registered', 'waitlisted', 'cancelled'] as const;
export const RegistrationStatus = z.enum(REGISTRATION_STATUSES);

export const RegistrationAnswer = z.object({
  id: z.uuid(),
  code: z.string(),
  status: RegistrationStatus,
});
export type RegistrationAnswer = z.infer<typeof RegistrationAnswer>;

/**
 * The public answer when the same person registers again: the same registration's id, but not
 * its code (the code opens the person's ticket, so whoever types a phone number must not get
 * it). The code goes again to the e-mail given at the first registration, when there is one.
 */
export const RepeatRegistrationAnswer = z.object({
  id: z.uuid(),
  status: RegistrationStatus,
  alreadyRegistered: z.literal(true),
  /** Whether the code was e-mailed again to the address given at the first registration. */
  codeSent: z.boolean(),
});
export type RepeatRegistrationAnswer = z.infer<typeof RepeatRegistrationAnswer>;

export const CodeParams = z.strictObject({ code: z.string().trim().min(4).max(40) });
export const EventCodeParams = z.strictObject({ id: z.uuid() });

/** What the holder of a code sees: their ticket. */
export const PublicRegistration = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  status: RegistrationStatus,
  /** 1 for the first person waiting; null unless waitlisted. */
  waitlistPosition: z.number().int().nullable(),
  event: z.object({
    id: z.uuid(),
    title: z.object({ id: z.string(), en: z.string() }),
    startDate: z.string(),
    endDate: z.string(),
    venue: z.string(),
  }),
  feedbackGiven: z.boolean(),
  finished: z.boolean(),
});

export const CancelAnswer = z.object({
  id: z.uuid(),
  code: z.string(),
  status: RegistrationStatus,
  /** The registration that got the freed seat, if any. */
  promotedId: z.string().nullable(),
});

export const Registration = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  status: RegistrationStatus,
  /** Masked for viewers who do not need to call the person (trainers). */
  phone: z.string().nullable(),
  email: z.string().nullable(),
  businessName: z.string().nullable(),
  businessId: z.string().nullable(),
  districtCode: z.string().nullable(),
  source: z.enum(['public', 'office']),
  createdAt: z.string(),
  waitlistPosition: z.number().int().nullable(),
  attended: z.number().int(),
  meetsRule: z.boolean(),
  preScore: z.number().nullable(),
  postScore: z.number().nullable(),
  certificate: z.object({ code: z.string(), status: z.enum(['valid', 'revoked']) }).nullable(),
});
export type Registration = z.infer<typeof Registration>;
export const RegistrationList = z.object({ items: z.array(Registration) });

/** An IKM owner's own registrations. */
export const MyRegistration = z.object({
  id: z.uuid(),
  code: z.string(),
  status: RegistrationStatus,
  event: PublicRegistration.shape.event,
  attended: z.number().int(),
  sessions: z.number().int(),
  certificate: z.object({ code: z.string(), status: z.enum(['valid', 'revoked']) }).nullable(),
});
export const MyRegistrationList = z.object({ items: z.array(MyRegistration) });

export const DistrictList = z.object({ items: z.array(z.object({ code: z.string(), name: z.string() })) });
