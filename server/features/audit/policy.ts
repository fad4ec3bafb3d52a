import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';

/** The audit trail holds who did what to personal data: the office's admins only. */
export const canReadAudit = (actor: Actor | null) => actor?.role === 'admin';

export const abilities = (actor: Actor): Permission[] => (canReadAudit(actor) ? ['audit.read'] : []);
