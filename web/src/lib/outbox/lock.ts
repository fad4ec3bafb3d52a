import type { OutboxDb } from './db';
import { newClientId } from './id';

/**
 * Runs `fn` while holding an exclusive lock on `name` shared by every tab of this origin, or
 * returns `busy` at once when another tab holds it. One tab drains the outbox at a time.
 */
export type ExclusiveLock = <T>(name: string, fn: () => Promise<T>) => Promise<T | 'busy'>;

/** Web Locks: released by the browser when the holding tab closes or crashes. */
export function webLock(): ExclusiveLock | null {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  if (!locks?.request) return null;
  return (name, fn) =>
    locks.request(name, { ifAvailable: true }, async (lock) => (lock ? fn() : ('busy' as const)));
}

const LEASE_MS = 15_000;
const RENEW_MS = 5_000;

/**
 * For browsers without Web Locks (old WebViews, plain-HTTP origins): a lease row in IndexedDB,
 * taken in a transaction and renewed while held. A tab that dies stops renewing and its
 * lease lapses after LEASE_MS.
 */
export function leaseLock(db: OutboxDb, now: () => number = Date.now): ExclusiveLock {
  const holder = newClientId();
  const take = (name: string) =>
    db.transaction('rw', db.leases, async () => {
      const lease = await db.leases.get(name);
      if (lease && lease.holder !== holder && lease.expiresAt > now()) return false;
      await db.leases.put({ name, holder, expiresAt: now() + LEASE_MS });
      return true;
    });
  return async (name, fn) => {
    if (!(await take(name))) return 'busy';
    const renew = setInterval(() => {
      void db.transaction('rw', db.leases, async () => {
        const lease = await db.leases.get(name);
        if (lease?.holder === holder) await db.leases.put({ name, holder, expiresAt: now() + LEASE_MS });
      });
    }, RENEW_MS);
    try {
      return await fn();
    } finally {
      clearInterval(renew);
      await db.transaction('rw', db.leases, async () => {
        const lease = await db.leases.get(name);
        if (lease?.holder === holder) await db.leases.delete(name);
      });
    }
  };
}
