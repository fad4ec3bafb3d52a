import { and, eq, gt, inArray, or, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { auditLog, loginThrottle } from '#server/db/schema';

/**
 * Claims one sign-in attempt for `key` BEFORE the password is checked, in one statement, so
 * parallel tries are counted exactly: the attempt may go ahead only while the returned count
 * is within `limit`. Reaching the limit locks the key until `lockUntil`; the counting window
 * restarts once the key is unlocked and the window has passed.
 */
export async function claimAttempt(
  db: Queryable,
  key: string,
  limit: number,
  now: Date,
  windowStart: Date,
  lockUntil: Date,
): Promise<{ failures: number; lockedUntil: Date | null }> {
  const t = loginThrottle;
  const restart = sql`((${t.lockedUntil} IS NULL OR ${t.lockedUntil} <= ${now}) AND ${t.windowStartedAt} < ${windowStart})`;
  const next = sql`(CASE WHEN ${restart} THEN 1 ELSE ${t.failures} + 1 END)`;
  const [row] = await db
    .insert(t)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: t.key,
      set: {
        failures: next,
        windowStartedAt: sql`CASE WHEN ${restart} THEN ${now}::timestamptz ELSE ${t.windowStartedAt} END`,
        lockedUntil: sql`CASE
          WHEN ${t.lockedUntil} > ${now} THEN ${t.lockedUntil}
          WHEN ${next} >= ${limit} THEN ${lockUntil}::timestamptz
          ELSE NULL END`,
      },
    })
    .returning({ failures: t.failures, lockedUntil: t.lockedUntil });
  return row;
}

/** Gives back a claimed attempt that turned out to be a success. */
export async function releaseAttempt(db: Queryable, key: string, limit: number) {
  const t = loginThrottle;
  await db
    .update(t)
    .set({
      failures: sql`GREATEST(${t.failures} - 1, 0)`,
      lockedUntil: sql`CASE WHEN ${t.failures} - 1 < ${limit} THEN NULL ELSE ${t.lockedUntil} END`,
    })
    .where(eq(t.key, key));
}

export async function deleteThrottles(db: Queryable, keys: string[]) {
  if (keys.length > 0) await db.delete(loginThrottle).where(inArray(loginThrottle.key, keys));
}

/** Every counter of one account: the account-wide one and one per address it was tried from. */
function ofAccount(accountKey: string, pairPrefix: string) {
  return or(eq(loginThrottle.key, accountKey), sql`starts_with(${loginThrottle.key}, ${pairPrefix})`);
}

export async function deleteAccountThrottles(db: Queryable, accountKey: string, pairPrefix: string) {
  return db
    .delete(loginThrottle)
    .where(ofAccount(accountKey, pairPrefix))
    .returning({ key: loginThrottle.key });
}

/** Every key still locked at `now` (few: a lock lasts minutes). */
export function findLockedKeys(db: Queryable, now: Date) {
  return db
    .select({ key: loginThrottle.key, lockedUntil: loginThrottle.lockedUntil })
    .from(loginThrottle)
    .where(gt(loginThrottle.lockedUntil, now));
}

/** Whether the account has signed in successfully from `ip` since `since` (its audit trail). */
export async function hasSignedInFrom(db: Queryable, userId: string, ip: string, since: Date) {
  const rows = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(
      and(
        eq(auditLog.entityType, 'user'),
        eq(auditLog.entityId, userId),
        eq(auditLog.action, 'auth.login'),
        eq(auditLog.ip, ip),
        gt(auditLog.at, since),
      ),
    )
    .limit(1);
  return rows.length > 0;
}
