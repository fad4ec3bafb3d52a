import type { imports } from '#server/db/schema';
import type { Actor } from '#server/lib/context';

/** The office imports; field officers too, for their own kecamatan (rows elsewhere are refused). */
export const canImport = (actor: Actor | null) =>
  actor?.role === 'admin' || (actor?.role === 'officer' && actor.kecamatanCodes.length > 0);

/** An import's report holds row data: admins see all, an officer only their own. */
export const canReadImport = (actor: Actor | null, row: Pick<typeof imports.$inferSelect, 'createdBy'>) =>
  actor?.role === 'admin' || (canImport(actor) && row.createdBy === actor?.id);
