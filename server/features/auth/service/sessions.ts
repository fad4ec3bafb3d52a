import type { Queryable } from '#server/db/client';
import type { ServiceContext, SessionUser } from '#server/lib/context';
import { canSignIn } from '../policy';
import { toActor } from '../present';
import * as q from '../queries/sessions';
import { hashToken, newSessionToken } from './tokens';

export type NewSession = { token: string; tokenHash: string; expiresAt: Date };

// Writing last_seen_at on every request would turn each read into a write.
const TOUCH_EVERY_MS = 60_000;

export async function openSession(
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

/** The session a cookie's token stands for, or null when it is unknown, expired or its account inactive. */
export async function resolveSession(
  db: Queryable,
  token: string,
  idleMinutes: number,
): Promise<SessionUser | null> {
  const tokenHash = hashToken(token);
  const found = await q.findSessionWithUser(db, tokenHash);
  if (!found) return null;
  const now = Date.now();
  const expired =
    found.session.expiresAt.getTime() <= now ||
    now - found.session.lastSeenAt.getTime() > idleMinutes * 60_000;
  if (expired || !canSignIn(found.user)) {
    await q.deleteSessionByHash(db, tokenHash);
    return null;
  }
  if (now - found.session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await q.touchSession(db, found.session.id, new Date(now));
  }
  return { ...toActor(found.user), sessionId: found.session.id, tokenHash };
}

/** Ends every session of an account (deactivation, role change, password reset), or all but one. */
export function endSessionsOfUser(db: Queryable, userId: string, exceptSessionId?: string) {
  return q.deleteSessionsOfUser(db, userId, exceptSessionId);
}

/** Housekeeping: sessions past their absolute expiry or idle too long. */
export function sweepStaleSessions(db: Queryable, idleMinutes: number, now = new Date()) {
  return q.deleteStaleSessions(db, now, new Date(now.getTime() - idleMinutes * 60_000));
}
