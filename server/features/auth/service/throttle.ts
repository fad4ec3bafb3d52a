import type { Queryable } from '#server/db/client';
import { AppError } from '#server/lib/errors';
import * as q from '../queries/throttle';

export type ThrottleLimits = { perAccount: number; perIp: number; lockMinutes: number };

const accountKey = (email: string) => `account:${email.toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

function keysFor(email: string, ip: string | null): string[] {
  return ip ? [accountKey(email), ipKey(ip)] : [accountKey(email)];
}

/** Refuses the attempt while the account or the address is locked. */
export async function assertNotThrottled(db: Queryable, email: string, ip: string | null, now: Date) {
  const rows = await q.findThrottles(db, keysFor(email, ip));
  const lockedUntil = rows
    .map((r) => r.lockedUntil)
    .filter((d): d is Date => d !== null && d > now)
    .sort((a, b) => b.getTime() - a.getTime())[0];
  if (lockedUntil) {
    const seconds = Math.ceil((lockedUntil.getTime() - now.getTime()) / 1000);
    throw new AppError('too_many_attempts', 'errors:codes.too_many_attempts', {
      params: { minutes: Math.max(1, Math.ceil(seconds / 60)) },
      details: { retryAfterSeconds: seconds },
    });
  }
}

/**
 * Counts a failure for the account and the address within a rolling window of `lockMinutes`;
 * reaching the limit locks the key for `lockMinutes`.
 */
export async function recordFailure(
  db: Queryable,
  email: string,
  ip: string | null,
  limits: ThrottleLimits,
  now: Date,
) {
  const windowStart = new Date(now.getTime() - limits.lockMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + limits.lockMinutes * 60_000);
  const entries: [string, number][] = [[accountKey(email), limits.perAccount]];
  if (ip) entries.push([ipKey(ip), limits.perIp]);
  for (const [key, limit] of entries) await q.countFailure(db, key, limit, now, windowStart, lockUntil);
}

/** A successful sign-in clears the account's counter (the address keeps its history). */
export async function clearAccountFailures(db: Queryable, email: string) {
  await q.deleteThrottle(db, accountKey(email));
}
