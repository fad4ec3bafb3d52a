import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';

/** Managing accounts is the office's job: admins only. */
export const canManageUsers = (actor: Actor | null) => actor?.role === 'admin';

export const abilities = (actor: Actor): Permission[] => (canManageUsers(actor) ? ['users.manage'] : []);
