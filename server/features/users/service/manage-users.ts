import type { Role } from '#core/schemas/common';
import type { CreateUserBody, UpdateUserBody } from '#core/schemas/users';
import {
  clearSignInLocks,
  countActiveAdmins,
  endSessionsOfUser,
  findUserByEmail,
  findUserById,
  hashPassword,
  signInLocksOf,
} from '#server/features/auth/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, notFound } from '#server/lib/errors';
import { canManageUsers } from '../policy';
import { presentUser } from '../present';
import * as q from '../queries/users';

function authorize(ctx: ServiceContext) {
  if (!canManageUsers(ctx.actor)) throw new AppError('forbidden');
}

function checkKecamatan(role: Role, codes: string[]) {
  if (role === 'officer' && codes.length === 0) {
    throw fieldError('kecamatanCodes', 'errors:fields.kecamatan_required_for_officer');
  }
}

export async function listUsers(
  ctx: ServiceContext,
  query: { q?: string; role?: Role; active?: 'true' | 'false'; page: number; pageSize: number },
) {
  authorize(ctx);
  const active = query.active === undefined ? undefined : query.active === 'true';
  const { items, total } = await q.listUsers(
    ctx.db,
    { q: query.q, role: query.role, active },
    query.page,
    query.pageSize,
  );
  const locks = await signInLocksOf(
    ctx.db,
    items.map((u) => u.email),
  );
  return {
    items: items.map((u) => presentUser(u, locks.get(u.email) ?? null)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

export async function getUser(ctx: ServiceContext, id: string) {
  authorize(ctx);
  const row = await findUserById(ctx.db, id);
  if (!row) throw notFound();
  const locks = await signInLocksOf(ctx.db, [row.email]);
  return presentUser(row, locks.get(row.email) ?? null);
}

/** Lifts the sign-in locks of an account (every address), recording who did it. */
export async function unlockSignIn(ctx: ServiceContext, id: string) {
  authorize(ctx);
  return ctx.db.transaction(async (tx) => {
    const row = await findUserById(tx, id);
    if (!row) throw notFound();
    const before = (await signInLocksOf(tx, [row.email])).get(row.email) ?? null;
    const cleared = await clearSignInLocks(tx, row.email);
    await recordAudit(tx, ctx, {
      action: 'user.unlock_sign_in',
      entityType: 'user',
      entityId: id,
      before: { signInLockedUntil: before?.toISOString() ?? null },
      after: { signInLockedUntil: null, countersCleared: cleared },
    });
    return presentUser(row, null);
  });
}

export async function createUser(ctx: ServiceContext, input: CreateUserBody) {
  authorize(ctx);
  const codes = input.role === 'officer' ? [...new Set(input.kecamatanCodes)] : [];
  checkKecamatan(input.role, codes);
  if (await findUserByEmail(ctx.db, input.email)) throw fieldError('email', 'errors:fields.email_taken');
  if (input.password.toLowerCase() === input.email)
    throw fieldError('password', 'errors:fields.password_same_as_email');
  const passwordHash = await hashPassword(input.password);
  return ctx.db.transaction(async (tx) => {
    const row = await q.insertUser(tx, {
      email: input.email,
      name: input.name,
      role: input.role,
      passwordHash,
      kecamatanCodes: codes,
      locale: input.locale,
    });
    const after = presentUser(row);
    await recordAudit(tx, ctx, { action: 'user.create', entityType: 'user', entityId: row.id, after });
    return after;
  });
}

export async function updateUser(ctx: ServiceContext, id: string, input: UpdateUserBody) {
  authorize(ctx);
  const current = await findUserById(ctx.db, id);
  if (!current) throw notFound();
  const role = input.role ?? current.role;
  const codes = role === 'officer' ? [...new Set(input.kecamatanCodes ?? current.kecamatanCodes)] : [];
  checkKecamatan(role, codes);
  const deactivating = input.active === false && current.active;
  if (deactivating && id === ctx.actor?.id)
    throw fieldError('active', 'errors:fields.cannot_deactivate_self');
  const losingAdmin =
    current.role === 'admin' && current.active && (role !== 'admin' || input.active === false);
  if (losingAdmin && (await countActiveAdmins(ctx.db, id)) === 0)
    throw fieldError('role', 'errors:fields.last_admin');
  if (input.email && input.email !== current.email.toLowerCase()) {
    const other = await findUserByEmail(ctx.db, input.email);
    if (other && other.id !== id) throw fieldError('email', 'errors:fields.email_taken');
  }
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;
  return ctx.db.transaction(async (tx) => {
    const row = await q.updateUser(tx, id, {
      ...(input.email ? { email: input.email } : {}),
      ...(input.name ? { name: input.name } : {}),
      ...(input.locale ? { locale: input.locale } : {}),
      ...(input.active === undefined ? {} : { active: input.active }),
      role,
      kecamatanCodes: codes,
      ...(passwordHash ? { passwordHash, passwordChangedAt: new Date() } : {}),
    });
    // Deactivation, a role change or a password reset must take effect now, not at next idle timeout.
    if (deactivating || passwordHash || role !== current.role) await endSessionsOfUser(tx, id);
    const after = presentUser(row);
    await recordAudit(tx, ctx, {
      action: passwordHash ? 'user.update_password_reset' : 'user.update',
      entityType: 'user',
      entityId: id,
      before: presentUser(current),
      after,
    });
    return after;
  });
}
