import type { Permission } from '#core/schemas/auth';
import type { Actor } from '#server/lib/context';
import { AppError } from '#server/lib/errors';

/**
 * Who may do what in the electroforming workbench. Deny by default:
 * - any signed-in user may calculate;
 * - an IKM owner reads and writes only their own baths, batches and price sheets;
 * - an admin reads every record (never writes them) and sets the office rates;
 * - an officer sees summaries only, of the owners whose account is linked (in the registry)
 *   to a live business in one of the officer's kecamatan;
 * - a trainer only calculates.
 */

/** Whose records a reader sees: one owner, or everyone (admins). */
export type ReadScope = { ownerId: string } | { ownerId: undefined };

/** Whose summaries a reader sees: a record scope, or the owners of businesses in some kecamatan. */
export type SummaryScope = ReadScope | { kecamatanCodes: string[] };

export const canCalculate = (actor: Actor | null) => actor !== null;

export const canWriteRecords = (actor: Actor | null) => actor?.role === 'ikm_owner';

export const canReadRecords = (actor: Actor | null) => actor?.role === 'ikm_owner' || actor?.role === 'admin';

export const canReadSummary = (actor: Actor | null) =>
  actor?.role === 'admin' || actor?.role === 'officer' || actor?.role === 'ikm_owner';

export const canReadSettings = (actor: Actor | null) =>
  actor?.role === 'admin' || actor?.role === 'ikm_owner';

export const canWriteSettings = (actor: Actor | null) => actor?.role === 'admin';

/** The scope of a record read; an admin may narrow it to one owner. Throws 403 for others. */
export function readScope(actor: Actor | null, requestedOwnerId?: string): ReadScope {
  if (actor?.role === 'ikm_owner') return { ownerId: actor.id };
  if (actor?.role === 'admin') return { ownerId: requestedOwnerId };
  throw new AppError('forbidden');
}

/** Summaries: owners see their own line, officers their kecamatan's owners, admins everyone. */
export function summaryScope(actor: Actor | null): SummaryScope {
  if (!actor || !canReadSummary(actor)) throw new AppError('forbidden');
  if (actor.role === 'ikm_owner') return { ownerId: actor.id };
  if (actor.role === 'officer') return { kecamatanCodes: actor.kecamatanCodes };
  return { ownerId: undefined };
}

/** The owner a mutation acts for: only IKM owners change records, and only their own. */
export function writerId(actor: Actor | null): string {
  if (!actor || !canWriteRecords(actor)) throw new AppError('forbidden');
  return actor.id;
}

export function authorize(allowed: boolean): void {
  if (!allowed) throw new AppError('forbidden');
}

/** What the workbench lets this person do beyond calculating, sent to the web with the session. */
export function abilities(actor: Actor): Permission[] {
  const granted: [Permission, boolean][] = [
    ['electroforming.records', canReadRecords(actor)],
    ['electroforming.records_write', canWriteRecords(actor)],
    ['electroforming.summary', actor.role === 'admin' || actor.role === 'officer'],
    ['electroforming.settings', canWriteSettings(actor)],
  ];
  return granted.filter(([, ok]) => ok).map(([p]) => p);
}
