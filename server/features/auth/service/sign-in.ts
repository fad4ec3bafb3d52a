import type { z } from 'zod';
import type { LoginBody } from '#core/schemas/auth';
import { recordAudit } from '#server/lib/audit';
import type { Actor, ServiceContext } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import { canSignIn } from '../policy';
import { toActor } from '../present';
import * as accounts from '../queries/accounts';
import * as sessions from '../queries/sessions';
import { verifyPassword } from './passwords';
import { type NewSession, openSession } from './sessions';
import { claimAttempt, releaseAttempt } from './throttle';

export async function login(
  ctx: ServiceContext,
  input: z.infer<typeof LoginBody>,
  userAgent: string | null,
  previousTokenHash: string | null,
): Promise<{ user: Actor; session: NewSession }> {
  const now = new Date();
  const user = await accounts.findUserByEmail(ctx.db, input.email);
  const attempt = await claimAttempt(
    ctx.db,
    { email: input.email, ip: ctx.ip, userId: user?.id ?? null },
    limitsOf(ctx),
    now,
  );
  const ok = await verifyPassword(user?.passwordHash ?? null, input.password);
  if (!user || !ok) {
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
  await releaseAttempt(ctx.db, attempt);
  if (!canSignIn(user)) throw new AppError('account_inactive');
  // Rotation: the session a browser held before signing in never survives it.
  if (previousTokenHash) await sessions.deleteSessionByHash(ctx.db, previousTokenHash);
  const session = await openSession(ctx, user.id, userAgent);
  await accounts.setLastLogin(ctx.db, user.id, now);
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
    perAccountAddress: ctx.config.LOGIN_MAX_FAILURES_PER_ACCOUNT,
    perIp: ctx.config.LOGIN_MAX_FAILURES_PER_IP,
    perAccountUnknownAddresses: ctx.config.LOGIN_MAX_FAILURES_PER_ACCOUNT_UNKNOWN_ADDRESSES,
    lockMinutes: ctx.config.LOGIN_LOCK_MINUTES,
  };
}

export async function logout(ctx: ServiceContext, tokenHash: string) {
  await sessions.deleteSessionByHash(ctx.db, tokenHash);
  if (ctx.actor) {
    await recordAudit(ctx.db, ctx, { action: 'auth.logout', entityType: 'user', entityId: ctx.actor.id });
  }
}
