import type { Queryable } from '#server/db/client';
import { AppError } from '#server/lib/errors';
import * as q from '../queries/throttle';

export type ThrottleLimits = {
  /** Failures for one account from one address before that pair is locked. */
  perAccountAddress: number;
  /** Failures from one address, whatever the accounts, before the address is locked. */
  perIp: number;
  /** Failures for one account from addresses it never signed in from (a spread-out attack). */
  perAccountUnknownAddresses: number;
  lockMinutes: number;
};

/** How long a successful sign-in makes an address "known" for that account. */
const KNOWN_ADDRESS_DAYS = 90;

const norm = (email: string) => email.trim().toLowerCase();
const accountKey = (email: string) => `account:${norm(email)}`;
const pairPrefix = (email: string) => `pair:${norm(email)}|`;
const pairKey = (email: string, ip: string | null) => `${pairPrefix(email)}${ip ?? 'unknown'}`;
const ipKey = (ip: string) => `ip:${ip}`;

type Claim = { key: string; limit: number };

/** The attempt's place in each counter; give it back with `releaseAttempt` when it succeeds. */
export type Attempt = { claims: Claim[] };

/**
 * Counts this attempt before the password is checked and refuses it (429 with when to retry)
 * once any counter is past its limit. Counting first keeps the limit exact when many tries
 * arrive together. The counters, from the narrowest:
 * - account + address: someone guessing from one place is stopped after a few tries, while
 *   the owner signing in from anywhere else is not locked out by them;
 * - address: one place trying many accounts;
 * - account, from addresses it never signed in from: a guess spread over many addresses is
 *   slowed too, but the owner's usual addresses stay open.
 */
export async function claimAttempt(
  db: Queryable,
  who: { email: string; ip: string | null; userId: string | null },
  limits: ThrottleLimits,
  now: Date,
): Promise<Attempt> {
  const claims: Claim[] = [{ key: pairKey(who.email, who.ip), limit: limits.perAccountAddress }];
  if (who.ip) claims.push({ key: ipKey(who.ip), limit: limits.perIp });
  const since = new Date(now.getTime() - KNOWN_ADDRESS_DAYS * 86_400_000);
  const known = who.userId && who.ip ? await q.hasSignedInFrom(db, who.userId, who.ip, since) : false;
  if (!known) claims.push({ key: accountKey(who.email), limit: limits.perAccountUnknownAddresses });

  const windowStart = new Date(now.getTime() - limits.lockMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + limits.lockMinutes * 60_000);
  let refusedUntil: Date | null = null;
  for (const claim of claims) {
    const row = await q.claimAttempt(db, claim.key, claim.limit, now, windowStart, lockUntil);
    if (row.failures > claim.limit) {
      const until = row.lockedUntil ?? lockUntil;
      if (!refusedUntil || until > refusedUntil) refusedUntil = until;
    }
  }
  if (refusedUntil) {
    const seconds = Math.max(1, Math.ceil((refusedUntil.getTime() - now.getTime()) / 1000));
    throw new AppError('too_many_attempts', 'errors:codes.too_many_attempts', {
      params: { minutes: Math.max(1, Math.ceil(seconds / 60)) },
      details: { retryAfterSeconds: seconds },
    });
  }
  return { claims };
}

/**
 * A successful sign-in: the account+address pair starts over, the other counters give the
 * attempt back (an address or an account under attack keeps the history of its failures).
 */
export async function releaseAttempt(db: Queryable, attempt: Attempt) {
  const [pair, ...others] = attempt.claims;
  await q.deleteThrottles(db, [pair.key]);
  for (const claim of others) await q.releaseAttempt(db, claim.key, claim.limit);
}

/**
 * For each of `emails`, until when its sign-in is locked from at least one address (the
 * account-wide counter or an account+address pair); accounts without a lock are absent.
 */
export async function signInLocksOf(db: Queryable, emails: string[], now = new Date()) {
  const wanted = new Map(emails.map((e) => [norm(e), e]));
  const locks = new Map<string, Date>();
  for (const row of await q.findLockedKeys(db, now)) {
    const match = /^(?:account:(.*)|pair:(.*)\|[^|]*)$/.exec(row.key);
    const email = wanted.get(match?.[1] ?? match?.[2] ?? '');
    if (!email || !row.lockedUntil) continue;
    const current = locks.get(email);
    if (!current || row.lockedUntil > current) locks.set(email, row.lockedUntil);
  }
  return locks;
}

/** An admin's unlock: every counter of the account, from every address, starts over. */
export async function clearSignInLocks(db: Queryable, email: string) {
  const removed = await q.deleteAccountThrottles(db, accountKey(email), pairPrefix(email));
  return removed.length;
}
