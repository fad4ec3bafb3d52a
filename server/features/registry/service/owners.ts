import type { LinkOwnerAccountBody, Owner, UpdateOwnerBody } from '#core/schemas/registry';
import { isSameVersion } from '#server/db/versions';
import { createUser, getUser } from '#server/features/users/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden, notFound } from '#server/lib/errors';
import { canEditOwner, canLinkOwnerAccount, canReadBusiness, canReadOwner, type OwnerScope } from '../policy';
import { presentOwner } from '../present/businesses';
import { districtsOfOwner, type OwnerRow } from '../queries/businesses';
import {
  findOwner,
  liveBusinessesOfOwner,
  lockOwner,
  otherOwnerOfAccount,
  updateOwnerRow,
} from '../queries/owners';
import { isUniqueViolation, requireRegistry } from './access';
import {
  findOwnerByNik,
  nikColumns,
  nikFacts,
  nikTakenError,
  nikWarnings,
  ownerAuditView,
  type ServiceWarning,
} from './owner-records';

export type LoadedOwner = { row: OwnerRow; scope: OwnerScope };

/** A person the actor may see, or 404. */
export async function loadReadableOwner(ctx: ServiceContext, id: string): Promise<LoadedOwner> {
  requireRegistry(ctx);
  const row = await findOwner(ctx.db, id);
  if (!row) throw notFound('registry-api:errors.ownerNotFound');
  const scope: OwnerScope = { userId: row.userId, districtCodes: await districtsOfOwner(ctx.db, id) };
  if (!canReadOwner(ctx.actor, scope)) throw notFound('registry-api:errors.ownerNotFound');
  return { row, scope };
}

/** The owner as the actor may see it: an officer sees only the businesses in their kecamatan. */
export async function ownerDetail(ctx: ServiceContext, row: OwnerRow): Promise<Owner> {
  const linked = await liveBusinessesOfOwner(ctx.db, row.id);
  const visible = linked.filter((b) =>
    canReadBusiness(ctx.actor, {
      districtCode: b.districtCode,
      ownerUserIds: row.userId ? [row.userId] : [],
    }),
  );
  return presentOwner(row, ctx.config.HOME_REGION_CODE, visible);
}

export async function getOwner(ctx: ServiceContext, id: string): Promise<Owner> {
  return ownerDetail(ctx, (await loadReadableOwner(ctx, id)).row);
}

const PERSONAL_KEYS = ['nik', 'gender', 'birthYear', 'phone', 'email', 'education', 'address'] as const;

/**
 * Corrects a person. Everything is checked on the row as it is at the write (locked until
 * commit): scope, erasure, consent, the NIK's uniqueness and, when sent, the version the editor
 * started from (a newer one answers 409 with the current copy). Only the fields sent are written.
 */
export async function updateOwner(
  ctx: ServiceContext,
  id: string,
  input: UpdateOwnerBody,
): Promise<{ owner: Owner; warnings: ServiceWarning[] }> {
  // 404 for what the actor may not read, before anything is locked.
  await loadReadableOwner(ctx, id);
  // The NIK's gender and birth date are stored with it; a gender or year sent alongside wins.
  const facts = input.nik ? nikFacts(input.nik) : null;
  const nikSet = input.nik
    ? {
        ...nikColumns(ctx, input.nik),
        birthDate: facts?.birthDate ?? null,
        ...(facts && input.gender === undefined ? { gender: facts.gender } : {}),
        ...(facts && input.birthYear === undefined ? { birthYear: facts.birthYear } : {}),
      }
    : input.nik === null
      ? { nikCipher: null, nikHash: null, nikMasked: null, birthDate: null }
      : {};
  const { nik: _n, consent, expectedUpdatedAt, ...fields } = input;
  const set = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  let after: OwnerRow;
  try {
    after = await ctx.db.transaction(async (tx) => {
      const row = await lockOwner(tx, id);
      if (!row) throw notFound('registry-api:errors.ownerNotFound');
      const scope: OwnerScope = { userId: row.userId, districtCodes: await districtsOfOwner(tx, id) };
      if (!canReadOwner(ctx.actor, scope)) throw notFound('registry-api:errors.ownerNotFound');
      if (!canEditOwner(ctx.actor, scope)) throw forbidden();
      if (row.erasedAt) throw new AppError('conflict', 'registry-api:errors.ownerErased');
      if (expectedUpdatedAt && !isSameVersion(row.updatedAt, expectedUpdatedAt)) throw new StaleOwner();
      const addsPersonalData = PERSONAL_KEYS.some((k) => input[k] !== undefined && input[k] !== null);
      if (addsPersonalData && !row.consentAt && !consent)
        throw fieldError('consent', 'registry-api:fields.consentRequired');
      if (input.nik) {
        const other = await findOwnerByNik(tx, ctx, input.nik);
        if (other && other.id !== id) throw nikTakenError('nik', other.id);
      }
      const updated = await updateOwnerRow(tx, id, {
        ...set,
        ...nikSet,
        ...(consent
          ? {
              consentAt: new Date(),
              consentNoticeVersion: consent.noticeVersion,
              consentRecordedBy: ctx.actor!.id,
            }
          : {}),
      });
      await recordAudit(tx, ctx, {
        action: 'owner.update',
        entityType: 'owner',
        entityId: id,
        before: ownerAuditView(row),
        after: { ...ownerAuditView(updated), nikChanged: input.nik !== undefined },
      });
      return updated;
    });
  } catch (error) {
    if (error instanceof StaleOwner) throw await staleOwnerConflict(ctx, id);
    // Two writers giving the same NIK at once: the unique index answers as the check would.
    if (input.nik && isUniqueViolation(error, 'owners_nik_hash_key')) {
      const other = await findOwnerByNik(ctx.db, ctx, input.nik);
      throw nikTakenError('nik', other?.id ?? '');
    }
    throw error;
  }
  return { owner: await ownerDetail(ctx, after), warnings: nikWarnings(ctx, input.nik, 'nik') };
}

class StaleOwner extends Error {}

/** A stale edit answers with the person as they are now, so the editor can merge and retry. */
async function staleOwnerConflict(ctx: ServiceContext, id: string) {
  const current = await getOwner(ctx, id);
  return new AppError('conflict', 'registry-api:errors.stale', {
    details: { updatedAt: current.updatedAt, current },
  });
}

/** Gives an ikm_owner account access to this person's businesses (existing or new account). */
export async function linkOwnerAccount(
  ctx: ServiceContext,
  id: string,
  input: LinkOwnerAccountBody,
): Promise<Owner> {
  requireRegistry(ctx);
  if (!canLinkOwnerAccount(ctx.actor)) throw forbidden();
  const { row } = await loadReadableOwner(ctx, id);
  if (row.erasedAt) throw new AppError('conflict', 'registry-api:errors.ownerErased');
  let userId: string;
  if (input.userId) {
    const user = await getUser(ctx, input.userId).catch(() => {
      throw fieldError('userId', 'registry-api:errors.userNotFound');
    });
    if (user.role !== 'ikm_owner') throw fieldError('userId', 'registry-api:errors.userNotIkmOwner');
    // One account, one person: a second link would show one person another's businesses.
    if (await otherOwnerOfAccount(ctx.db, user.id, id))
      throw new AppError('conflict', 'registry-api:errors.userAlreadyLinked', {
        details: {
          fields: [{ path: 'userId', code: 'conflict', message: 'registry-api:errors.userAlreadyLinked' }],
        },
      });
    userId = user.id;
  } else {
    const account = input.newAccount!;
    const user = await createUser(ctx, {
      email: account.email,
      name: row.name,
      role: 'ikm_owner',
      password: account.password,
      kecamatanCodes: [],
      locale: account.locale,
    });
    userId = user.id;
  }
  const after = await ctx.db.transaction(async (tx) => {
    const updated = await updateOwnerRow(tx, id, { userId });
    await recordAudit(tx, ctx, {
      action: 'owner.account_link',
      entityType: 'owner',
      entityId: id,
      before: { userId: row.userId },
      after: { userId },
    });
    return updated;
  });
  return ownerDetail(ctx, after);
}

export async function unlinkOwnerAccount(ctx: ServiceContext, id: string): Promise<Owner> {
  requireRegistry(ctx);
  if (!canLinkOwnerAccount(ctx.actor)) throw forbidden();
  const { row } = await loadReadableOwner(ctx, id);
  const after = await ctx.db.transaction(async (tx) => {
    const updated = await updateOwnerRow(tx, id, { userId: null });
    await recordAudit(tx, ctx, {
      action: 'owner.account_unlink',
      entityType: 'owner',
      entityId: id,
      before: { userId: row.userId },
      after: { userId: null },
    });
    return updated;
  });
  return ownerDetail(ctx, after);
}
