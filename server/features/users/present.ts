import type { User } from '#core/schemas/users';
import type { users } from '#server/db/schema';
import { toIso } from '#server/lib/http';

type UserRow = typeof users.$inferSelect;

export function presentUser(row: UserRow, signInLockedUntil: Date | null = null): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    kecamatanCodes: row.kecamatanCodes,
    locale: row.locale as User['locale'],
    active: row.active,
    lastLoginAt: toIso(row.lastLoginAt),
    signInLockedUntil: toIso(signInLockedUntil),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
