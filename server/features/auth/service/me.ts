import type { z } from 'zod';
import type { ChangePasswordBody, UpdateMeBody } from '#core/schemas/auth';
import { recordAudit } from '#server/lib/audit';
import type { Actor, ServiceContext } from '#server/lib/context';
import { AppError, fieldError } from '#server/lib/errors';
import { toActor } from '../present';
import * as accounts from '../queries/accounts';
import { hashPassword, verifyPassword } from './passwords';
import { endSessionsOfUser } from './sessions';

function requireActor(ctx: ServiceContext): Actor {
  if (!ctx.actor) throw new AppError('unauthenticated');
  return ctx.actor;
}

/** Changing one's password signs out every other session of the account. */
export async function changePassword(
  ctx: ServiceContext,
  sessionId: string,
  input: z.infer<typeof ChangePasswordBody>,
) {
  const actor = requireActor(ctx);
  const user = await accounts.findUserById(ctx.db, actor.id);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw fieldError('currentPassword', 'errors:fields.current_password_wrong');
  }
  if (input.newPassword.toLowerCase() === user.email.toLowerCase()) {
    throw fieldError('newPassword', 'errors:fields.password_same_as_email');
  }
  const passwordHash = await hashPassword(input.newPassword);
  await ctx.db.transaction(async (tx) => {
    await accounts.updateAccount(tx, actor.id, { passwordHash, passwordChangedAt: new Date() });
    await endSessionsOfUser(tx, actor.id, sessionId);
    await recordAudit(tx, ctx, { action: 'auth.password_change', entityType: 'user', entityId: actor.id });
  });
}

export async function updateMe(ctx: ServiceContext, input: z.infer<typeof UpdateMeBody>): Promise<Actor> {
  const actor = requireActor(ctx);
  return ctx.db.transaction(async (tx) => {
    const after = toActor(await accounts.updateAccount(tx, actor.id, input));
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
