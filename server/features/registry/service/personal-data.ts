import type { Business, Owner, OwnerExport } from '#core/schemas/registry';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { forbidden, notFound } from '#server/lib/errors';
import { piiFor } from '#server/lib/pii';
import { canEraseOwner, canExportOwner, canRevealNik } from '../policy';
import { presentAuditEntry } from '../present/history';
import { ownerAuditRows, rewriteAuditRow } from '../queries/history';
import { businessIdsOfOwner, updateOwnerRow } from '../queries/owners';
import { loadReadableBusiness } from './access';
import { businessDetail } from './business-read';
import { loadReadableOwner, ownerDetail } from './owners';

/* UU PDP: the audited NIK reveal, the person's access request (export) and erasure. */

export const ERASED_NAME = '(dihapus)';

/** The one place a full NIK leaves the server; the audit row says who and why, never the number. */
export async function revealNik(
  ctx: ServiceContext,
  ownerId: string,
  reason?: string,
): Promise<{ nik: string }> {
  if (!canRevealNik(ctx.actor)) throw forbidden();
  const { row } = await loadReadableOwner(ctx, ownerId);
  if (!row.nikCipher) throw notFound('registry-api:errors.noNik');
  const nik = piiFor(ctx.config.secrets.encryptionKey).decryptNik(row.nikCipher);
  await ctx.db.transaction(async (tx) => {
    await recordAudit(tx, ctx, {
      action: 'owner.reveal_nik',
      entityType: 'owner',
      entityId: ownerId,
      after: { reason: reason ?? null },
    });
  });
  return { nik };
}

/** Everything held about one person and their businesses, for that person or the office. */
export async function exportOwner(ctx: ServiceContext, ownerId: string): Promise<OwnerExport> {
  const { row, scope } = await loadReadableOwner(ctx, ownerId);
  if (!canExportOwner(ctx.actor, scope)) throw forbidden();
  const list: Business[] = [];
  for (const id of await businessIdsOfOwner(ctx.db, ownerId)) {
    const loaded = await loadReadableBusiness(ctx, id).catch(() => null);
    if (loaded) list.push(await businessDetail(ctx, loaded));
  }
  const history = await ownerAuditRows(ctx.db, ownerId);
  await ctx.db.transaction((tx) =>
    recordAudit(tx, ctx, { action: 'owner.export', entityType: 'owner', entityId: ownerId }),
  );
  const person: Owner = await ownerDetail(ctx, row);
  return {
    exportedAt: new Date().toISOString(),
    noticeToReader: 'registry-api:export.notice',
    person,
    businesses: list,
    history: history.map((h) => presentAuditEntry(h, ctx.actor)),
  };
}

const SCRUBBED_KEYS = new Set([
  'name',
  'nikMasked',
  'phone',
  'email',
  'address',
  'birthYear',
  'birthDate',
  'gender',
  'education',
]);

function scrub(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(scrub);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [
        k,
        SCRUBBED_KEYS.has(k) && v !== null ? '[erased]' : scrub(v),
      ]),
    );
  return value;
}

/**
 * Erasure on request: the person becomes "(dihapus)" without NIK, contact data, address or
 * birth year, and loses the account link; gender and education stay as anonymous statistics,
 * businesses and snapshots stay. Earlier audit rows about the person are scrubbed the same way.
 */
export async function eraseOwner(ctx: ServiceContext, ownerId: string, reason?: string): Promise<Owner> {
  if (!canEraseOwner(ctx.actor)) throw forbidden();
  const { row } = await loadReadableOwner(ctx, ownerId);
  if (row.erasedAt) return ownerDetail(ctx, row);
  const after = await ctx.db.transaction(async (tx) => {
    const updated = await updateOwnerRow(tx, ownerId, {
      name: ERASED_NAME,
      nikCipher: null,
      nikHash: null,
      nikMasked: null,
      phone: null,
      email: null,
      address: null,
      birthYear: null,
      birthDate: null,
      userId: null,
      erasedAt: new Date(),
    });
    for (const entry of await ownerAuditRows(tx, ownerId))
      await rewriteAuditRow(tx, entry.id, scrub(entry.before), scrub(entry.after));
    await recordAudit(tx, ctx, {
      action: 'owner.erase',
      entityType: 'owner',
      entityId: ownerId,
      after: { erasedAt: updated.erasedAt, reason: reason ?? null },
    });
    return updated;
  });
  return ownerDetail(ctx, after);
}
