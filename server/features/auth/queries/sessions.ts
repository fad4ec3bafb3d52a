import { and, eq, lt, ne, or } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { sessions, users } from '#server/db/schema';

export async function findSessionWithUser(db: Queryable, tokenHash: string) {
  const rows = await db
    .select({ session: sessions, user: users })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, tokenHash))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertSession(
  db: Queryable,
  values: { tokenHash: string; userId: string; expiresAt: Date; ip: string | null; userAgent: string | null },
) {
  const [row] = await db.insert(sessions).values(values).returning();
  return row;
}

export async function deleteSessionByHash(db: Queryable, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: Queryable, userId: string, exceptSessionId?: string) {
  await db
    .delete(sessions)
    .where(
      exceptSessionId
        ? and(eq(sessions.userId, userId), ne(sessions.id, exceptSessionId))
        : eq(sessions.userId, userId),
    );
}

export async function touchSession(db: Queryable, sessionId: string, at: Date) {
  await db.update(sessions).set({ lastSeenAt: at }).where(eq(sessions.id, sessionId));
}

/** Removes sessions past their absolute expiry or idle for longer than `idleSince`. */
export async function deleteStaleSessions(db: Queryable, now: Date, idleSince: Date) {
  await db.delete(sessions).where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)));
}
