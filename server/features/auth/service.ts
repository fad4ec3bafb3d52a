import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { Locale } from '#core/i18n/locales';
import type { ChangePasswordBody, LoginBody, SetupBody, UpdateMeBody } from '#core/schemas/auth';
import { settings, users } from '#server/db/schema';
import { recordAudit } from '#server/lib/audit';
import type { Actor, ServiceContext } from '#server/lib/context';
import { AppError, fieldError } from '#server/lib/errors';
import { hashPassword, verifyPassword } from './passwords';
import * as q from './queries';
import { assertNotThrottled, clearAccountFailures, recordFailure } from './throttle';
import { hashToken, newSessionToken } from './tokens';

export type NewSession = { token: string; tokenHash: string; expiresAt: Date };

type UserRow = typeof users.$inferSelect;

export function toActor(user: UserRow): Actor {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    kecamatanCodes: user.kecamatanCodes,
    locale: user.locale as Locale,
  };
}

async function openSession(
  ctx: ServiceContext,
  userId: string,
  userAgent: string | null,
): Promise<NewSession> {
  const token = newSessionToken();
  const tokenHash = hashToken(token);
  const expiresAt = new Date(Date.now() + ctx.config.SESSION_ABSOLUTE_HOURS * 3_600_000);
  await q.insertSession(ctx.db, { tokenHash, userId, expiresAt, ip: ctx.ip, userAgent });
  return { token, tokenHash, expiresAt };
}

export async function getSetupStatus(ctx: ServiceContext) {
  return { setupRequired: !(await q.isSetupCompleted(ctx.db)) };
}

/** Creates the first admin; afterwards the flag makes setup refuse for good. */
export async function completeSetup(
  ctx: ServiceContext,
  input: z.infer<typeof SetupBody>,
  userAgent: string | null,
): Promise<{ user: Actor; session: NewSession }> {
  if (input.password.toLowerCase() === input.email)
    throw fieldError('password', 'errors:fields.password_same_as_email');
  const passwordHash = await hashPassword(input.password);
  const user = await ctx.db.transaction(async (tx) => {
    const claimed = await tx
      .insert(settings)
      .values({ key: 'setup_completed', value: { at: new Date().toISOString() } })
      .onConflictDoNothing()
      .returning();
    if (claimed.length === 0) throw new AppError('setup_already_done');
    const [created] = await tx
      .insert(users)
      .values({
        email: input.email,
        name: input.name,
        passwordHash,
        role: 'admin',
        locale: input.locale ?? 'id',
      })
      .returning();
    const actor = toActor(created);
    await recordAudit(
      tx,
      { actor, ip: ctx.ip },
      { action: 'setup.complete', entityType: 'user', entityId: created.id, after: actor },
    );
    return actor;
  });
  const session = await openSession(ctx, user.id, userAgent);
  return { user, session };
}

export async function login(
  ctx: ServiceContext,
  input: z.infer<typeof LoginBody>,
  userAgent: string | null,
  previousTokenHash: string | null,
): Promise<{ user: Actor; session: NewSession }> {
  const now = new Date();
  await assertNotThrottled(ctx.db, input.email, ctx.ip, now);
  const user = await q.findUserByEmail(ctx.db, input.email);
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
    await recordFailure(ctx.db, input.email, ctx.ip, limitsOf(ctx), now);
    await recordAudit(
      ctx.db,
      { actor: null, ip: ctx.ip },
      {
        action: 'auth.login_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        after: { email: input.email },
      },
    );
    throw new AppError('invalid_credentials');
  }
  if (!user.active) throw new AppError('account_inactive');
  await clearAccountFailures(ctx.db, input.email);
  // Rotation: the session a browser held before signing in never survives it.
  if (previousTokenHash) await q.deleteSessionByHash(ctx.db, previousTokenHash);
  const session = await openSession(ctx, user.id, userAgent);
  await ctx.db.update(users).set({ lastLoginAt: now }).where(eq(users.id, user.id));
  const actor = toActor(user);
  await recordAudit(
    ctx.db,
    { actor, ip: ctx.ip },
    { action: 'auth.login', entityType: 'user', entityId: user.id },
  );
  return { user: actor, session };
}

function limitsOf(ctx: ServiceContext) {
  return {
    perAccount: ctx.config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perIp: ctx.config.LOGIN_MAX_FAILURES_PER_IP,
    lockMinutes: ctx.config.LOGIN_LOCK_MINUTES,
  };
}

export async function logout(ctx: ServiceContext, tokenHash: string) {
  await q.deleteSessionByHash(ctx.db, tokenHash);
  if (ctx.actor) {
    await recordAudit(ctx.db, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.id });
  }
}

/** Changing one's password signs out every other session of the account. */
export async function changePassword(
  ctx: ServiceContext,
  sessionId: string,
  input: z.infer<typeof ChangePasswordBody>,
) {
  const actor = requireActor(ctx);
  const user = await q.findUserById(ctx.db, actor.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'errors:fields.current_password_wrong');
  }
  if (input.newPassword.toLowerCase() === user.email.toLowerCase()) {
    throw fieldError('newPassword', 'errors:fields.password_same_as_email');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await tx
      .update(users)
      .set({ passwordHash, passwordChangedAt: new Date(), updatedAt: new Date() })
      .where(eq(users.id, actor.id));
    await q.deleteSessionsOfUser(tx, actor.id, sessionId);
    await recordAudit(tx, ctx, { action: 'auth.password_change', entityType: 'user', entityId: actor.id });
  });
}

export async function updateMe(ctx: ServiceContext, input: z.infer<typeof UpdateMeBody>): Promise<Actor> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const [updated] = await tx
      .update(users)
      .set({ ...input, updatedAt: new Date() })
      .where(eq(users.id, actor.id))
      .returning();
    const after = toActor(updated);
    await recordAudit(tx, ctx, {
      action: 'user.update_self',
      entityType: 'user',
      entityId: actor.id,
      before: actor,
      after,
    });
    return after;
  });
}

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}
