import type { z } from 'zod';
import type { SetupBody } from '#core/schemas/auth';
import { recordAudit } from '#server/lib/audit';
import type { Actor, ServiceContext } from '#server/lib/context';
import { AppError, fieldError } from '#server/lib/errors';
import { toActor } from '../present';
import * as accounts from '../queries/accounts';
import { hashPassword } from './passwords';
import { type NewSession, openSession } from './sessions';

export async function getSetupStatus(ctx: ServiceContext) {
  return { setupRequired: !(await accounts.isSetupCompleted(ctx.db)) };
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
    if (!(await accounts.claimSetup(tx, new Date()))) throw new AppError('setup_already_done');
    const created = await accounts.insertAccount(tx, {
      email: input.email,
      name: input.name,
      passwordHash,
      role: 'admin',
      locale: input.locale ?? 'id',
    });
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
