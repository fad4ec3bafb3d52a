import { z } from 'zod';
import { msg } from './events';

const reason = z
  .string({ error: msg('fields.reasonRequired') })
  .trim()
  .min(3, { error: msg('fields.reasonRequired') })
  .max(500, { error: msg('fields.tooLong') });

export const IssueCertificatesBody = z.strictObject({
  /** Only these participants; all who meet the rule when absent. */
  registrationIds: z.array(z.uuid()).max(5000).optional(),
  /** Admins only: issue to participants below the attendance rule, with the reason recorded. */
  override: z.strictObject({ reason }).optional(),
});

export const CERTIFICATE_STATUSES = ['valid', 'revoked'] as const;

export const Certificate = z.object({
  code: z.string(),
  registrationId: z.uuid(),
  name: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  issuedAt: z.string(),
  overrideReason: z.string().nullable(),
  revokedReason: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type Certificate = z.infer<typeof Certificate>;

export const IssueResult = z.object({
  issued: z.number().int(),
  items: z.array(Certificate),
  skipped: z.array(
    z.object({
      registrationId: z.uuid(),
      /** `revoked`: the person's certificate was revoked; an admin re-issues it by naming them. */
      reason: z.enum(['below_rule', 'already_issued', 'not_registered', 'revoked']),
    }),
  ),
});
export const CertificateList = z.object({ items: z.array(Certificate) });

export const RevokeBody = z.strictObject({ reason });

export const CertificateFileParams = z.strictObject({
  code: z.string().regex(/^[A-Za-z0-9-]{4,40}\.pdf$/, { error: msg('fields.codeRequired') }),
});

/** The public verification answer: nothing beyond name, event, dates, issuer and status. */
export const PublicCertificate = z.object({
  code: z.string(),
  name: z.string(),
  event: z.object({ id: z.string(), en: z.string() }),
  dates: z.object({ start: z.string(), end: z.string() }),
  issuer: z.string(),
  status: z.enum(CERTIFICATE_STATUSES),
  signatureValid: z.boolean(),
  payload: z.string(),
  signature: z.string(),
});
export type PublicCertificate = z.infer<typeof PublicCertificate>;

export const PublicKeyAnswer = z.object({ publicKey: z.string(), algorithm: z.literal('Ed25519') });
