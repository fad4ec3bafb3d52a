import { z } from 'zod';

export const ROLES = ['admin', 'officer', 'trainer', 'ikm_owner'] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

export const LocaleSchema = z.enum(['id', 'en']);

export const IdParams = z.strictObject({ id: z.uuid() });

export const PageQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(25),
});

export const pageOf = <T extends z.ZodType>(item: T) =>
  z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });

export const OkResponse = z.object({ ok: z.literal(true) });

/** Kemendagri district (kecamatan) code, e.g. 35.73.05. */
export const KecamatanCode = z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/, 'errors:fields.kecamatan_code_format');

export const ErrorResponse = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});
