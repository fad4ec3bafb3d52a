import { z } from 'zod';
import { Email, NewPassword } from '../auth';
import { KecamatanCode, LocaleSchema, PageQuery, pageOf, RoleSchema } from '../common';

export const User = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  role: RoleSchema,
  kecamatanCodes: z.array(z.string()),
  locale: LocaleSchema,
  active: z.boolean(),
  lastLoginAt: z.string().nullable(),
  /** Until when sign-in is locked after failed tries (from at least one address); null when open. */
  signInLockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type User = z.infer<typeof User>;

export const UserList = pageOf(User);

export const ListUsersQuery = PageQuery.extend({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  active: z.enum(['true', 'false']).optional(),
});

export const CreateUserBody = z.strictObject({
  email: Email,
  name: z.string().trim().min(1, 'errors:fields.name_required').max(120),
  role: RoleSchema,
  password: NewPassword,
  kecamatanCodes: z.array(KecamatanCode).max(50).default([]),
  locale: LocaleSchema.default('id'),
});
export type CreateUserBody = z.infer<typeof CreateUserBody>;

export const UpdateUserBody = z.strictObject({
  email: Email.optional(),
  name: z.string().trim().min(1, 'errors:fields.name_required').max(120).optional(),
  role: RoleSchema.optional(),
  kecamatanCodes: z.array(KecamatanCode).max(50).optional(),
  locale: LocaleSchema.optional(),
  active: z.boolean().optional(),
  /** Admin reset: sets a new password and signs the user out everywhere. */
  password: NewPassword.optional(),
});
export type UpdateUserBody = z.infer<typeof UpdateUserBody>;
