import Dexie, { type EntityTable } from 'dexie';
import { ApiError } from '#web/lib/api';

/*
 * What an officer needs with no signal — the visit form, their businesses (with each one's last
 * visit, for "copy last visit") and the follow-up lists — kept in IndexedDB per person. A read
 * goes to the server first; when the network is down it answers from here.
 */

type Entry = { key: string; userId: string; value: unknown; savedAt: number };
type FieldDb = Dexie & { entries: EntityTable<Entry, 'key'> };

let db: FieldDb | null = null;
function open(): FieldDb {
  if (!db) {
    db = new Dexie('bina-kriya-field') as FieldDb;
    db.version(1).stores({ entries: 'key, userId' });
  }
  return db;
}

export type Cached<T> = T & { cachedAt?: number };

const isOffline = (error: unknown) => error instanceof ApiError && error.status === 0;

/** Loads fresh data and keeps a copy; offline, answers the copy (marked with `cachedAt`). */
export async function cachedRead<T extends object>(
  userId: string,
  name: string,
  load: () => Promise<T>,
): Promise<Cached<T>> {
  const key = `${userId}:${name}`;
  try {
    const value = await load();
    void open()
      .entries.put({ key, userId, value, savedAt: Date.now() })
      .catch(() => undefined);
    return value;
  } catch (error) {
    if (!isOffline(error)) throw error;
    const entry = await open()
      .entries.get(key)
      .catch(() => undefined);
    if (!entry) throw error;
    return { ...(entry.value as T), cachedAt: entry.savedAt };
  }
}

/** Forgets one person's copies (sign-out). */
export async function forgetFieldData(userId: string) {
  await open().entries.where('userId').equals(userId).delete();
}
