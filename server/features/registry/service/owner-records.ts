import { nikRegionOutside, parseNik } from '#core/domain/registry';
import type { NewOwnerInput } from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import { piiFor } from '#server/lib/pii';
import type { OwnerRow } from '../queries/businesses';
import { findOwnerByNikHash, insertOwnerRow } from '../queries/owners';

/** A non-blocking note on saved data; `message` is a catalog key the route translates. */
export type ServiceWarning = {
  path: string;
  code: string;
  message: string;
  params?: Record<string, unknown>;
};

/** The three stored forms of a NIK. The digits themselves are never stored or logged. */
export function nikColumns(ctx: ServiceContext, nik: string) {
  const pii = piiFor(ctx.config.secrets.encryptionKey);
  return { nikCipher: pii.encryptNik(nik), nikHash: pii.hashNik(nik), nikMasked: pii.maskNik(nik) };
}

/** What a valid NIK says about its holder: gender and birth date (and so the birth year). */
export function nikFacts(nik: string | null | undefined) {
  const parsed = nik ? parseNik(nik) : null;
  if (!parsed?.ok) return null;
  const { gender, birthDate } = parsed.value;
  return { gender, birthDate, birthYear: Number(birthDate.slice(0, 4)) };
}

export function nikWarnings(
  ctx: ServiceContext,
  nik: string | null | undefined,
  path: string,
): ServiceWarning[] {
  if (!nik) return [];
  const outside = nikRegionOutside(nik, ctx.config.HOME_REGION_CODE);
  return outside ? [{ path, code: 'nik.regionOutside', message: outside.key, params: outside.params }] : [];
}

export function nikTakenError(path: string, ownerId: string) {
  return new AppError('conflict', 'registry-api:errors.nikTaken', {
    details: { fields: [{ path, code: 'conflict', message: 'registry-api:errors.nikTaken' }], ownerId },
  });
}

export async function findOwnerByNik(db: Queryable, ctx: ServiceContext, nik: string) {
  return findOwnerByNikHash(db, piiFor(ctx.config.secrets.encryptionKey).hashNik(nik));
}

/**
 * What an audit row may say about a person: the fields as they are, the NIK never — only its
 * masked form, as every reader of the person sees it (3573••••••••0001), so a history shows
 * which NIK replaced which. Erasure scrubs these rows too (personal-data.ts).
 */
export function ownerAuditView(row: OwnerRow) {
  return {
    name: row.name,
    hasNik: row.nikHash !== null,
    nikMasked: row.nikMasked,
    gender: row.gender,
    birthYear: row.birthYear,
    birthDate: row.birthDate,
    phone: row.phone,
    email: row.email,
    education: row.education,
    address: row.address,
    userId: row.userId,
    consentNoticeVersion: row.consentNoticeVersion,
    erasedAt: row.erasedAt,
  };
}

/** Inserts a new person (inside the caller's transaction) and audits it. */
export async function insertOwner(
  tx: Queryable,
  ctx: ServiceContext,
  input: NewOwnerInput,
  path: string,
  source = 'manual',
): Promise<{ row: OwnerRow; warnings: ServiceWarning[] }> {
  if (input.nik) {
    const existing = await findOwnerByNik(tx, ctx, input.nik);
    if (existing) throw nikTakenError(`${path}.nik`, existing.id);
  }
  const facts = nikFacts(input.nik);
  const row = await insertOwnerRow(tx, {
    name: input.name,
    ...(input.nik ? nikColumns(ctx, input.nik) : {}),
    gender: input.gender ?? facts?.gender ?? null,
    birthYear: input.birthYear ?? facts?.birthYear ?? null,
    birthDate: facts?.birthDate ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    education: input.education ?? null,
    address: input.address ?? null,
    consentAt: new Date(),
    consentNoticeVersion: input.consent.noticeVersion,
    consentRecordedBy: ctx.actor?.id ?? null,
    source,
  });
  await recordAudit(tx, ctx, {
    action: 'owner.create',
    entityType: 'owner',
    entityId: row.id,
    after: ownerAuditView(row),
  });
  return { row, warnings: nikWarnings(ctx, input.nik, `${path}.nik`) };
}
