import { eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { loginThrottle } from '#server/db/schema';

export function findThrottles(db: Queryable, keys: string[]) {
  return db.select().from(loginThrottle).where(inArray(loginThrottle.key, keys));
}

/**
 * Counts one failure for `key` within a rolling window starting at `windowStart`; reaching
 * `limit` locks the key until `lockUntil`. One statement, so parallel tries count exactly.
 */
export async function countFailure(
  db: Queryable,
  key: string,
  limit: number,
  now: Date,
  windowStart: Date,
  lockUntil: Date,
) {
  await db
    .insert(loginThrottle)
    .values({ key, failures: 1, windowStartedAt: now, lockedUntil: limit <= 1 ? lockUntil : null })
    .onConflictDoUpdate({
      target: loginThrottle.key,
      set: {
        failures: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END`,
        windowStartedAt: sql`CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN ${now} ELSE ${loginThrottle.windowStartedAt} END`,
        lockedUntil: sql`CASE WHEN (CASE WHEN ${loginThrottle.windowStartedAt} < ${windowStart} THEN 1 ELSE ${loginThrottle.failures} + 1 END) >= ${limit} THEN ${lockUntil}::timestamptz ELSE ${loginThrottle.lockedUntil} END`,
      },
    });
}

export async function deleteThrottle(db: Queryable, key: string) {
  await db.delete(loginThrottle).where(eq(loginThrottle.key, key));
}
