import { z } from 'zod';
import { KecamatanCode, LocaleSchema, RoleSchema } from '../common';
import { PermissionSchema } from './permissions';

export * from './permissions';

export const PASSWORD_MIN = 8;

export const Email = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('errors:fields.invalid_email'))
  .transform((e) => e.toLowerCase());

export const NewPassword = z.string().min(PASSWORD_MIN, 'errors:fields.password_too_short').max(200);

export const LoginBody = z.strictObject({
  email: Email,
  password: z.string().min(1, 'errors:fields.required').max(200),
});

export const SetupBody = z.strictObject({
  name: z.string().trim().min(1, 'errors:fields.name_required').max(120),
  email: Email,
  password: NewPassword,
  locale: LocaleSchema.optional(),
});

/** The setup page's form: the body plus the password typed again, which must match. */
export const SetupFormBody = SetupBody.extend({ confirm: z.string().min(1) }).refine(
  (v) => v.confirm === '' || v.confirm === v.password,
  { path: ['confirm'], message: 'auth:setup.mismatch' },
);

export const ChangePasswordBody = z.strictObject({
  currentPassword: z.string().min(1, 'errors:fields.required').max(200),
  newPassword: NewPassword,
});

export const UpdateMeBody = z.strictObject({
  name: z.string().trim().min(1, 'errors:fields.name_required').max(120).optional(),
  locale: LocaleSchema.optional(),
});

export const Me = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  kecamatanCodes: z.array(KecamatanCode),
  locale: LocaleSchema,
});
export type Me = z.infer<typeof Me>;

/** The session as the web needs it: who, what they may do, and the office's calendar. */
export const MeResponse = z.object({
  user: Me,
  csrfToken: z.string(),
  permissions: z.array(PermissionSchema),
  office: z.object({ timeZone: z.string() }),
});
export type MeResponse = z.infer<typeof MeResponse>;

export const SetupStatus = z.object({ setupRequired: z.boolean() });
