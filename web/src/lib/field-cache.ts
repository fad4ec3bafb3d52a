import type { Dexie, EntityTable } from 'dexie';
import { ApiError } from '#web/lib/api';

/*
 * What a person needs with no signal — the visit form, an officer's businesses (with each one's
 * last visit, for "copy last visit"), the follow-up lists, and for check-in at a venue an event's
 * title and sessions with each registration's code, name and status (nothing more: see
 * features/training/hooks/queries.ts) — kept in IndexedDB per person. A read goes to the server
 * first; when the network is down it answers from here. Keep only what a page needs offline.
 */

type Entry = { key: string; userId: string; value: unknown; savedAt: number };
type FieldDb = Dexie & { entries: EntityTable<Entry, 'key'> };

// Dexie comes with its own chunk on the first read: the pages that list follow-ups (home) do not
// wait for it.
let db: Promise<FieldDb> | null = null;
function open(): Promise<FieldDb> {
  db ??= import('dexie').then(({ Dexie }) => {
    const opened = new Dexie('bina-kriya-field') as FieldDb;
    opened.version(1).stores({ entries: 'key, userId' });
    return opened;
  });
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
      .then((opened) => opened.entries.put({ key, userId, value, savedAt: Date.now() }))
      .catch(() => undefined);
    return value;
  } catch (error) {
    if (!isOffline(error)) throw error;
    const entry = await open()
      .then((opened) => opened.entries.get(key))
      .catch(() => undefined);
    if (!entry) throw error;
    return { ...(entry.value as T), cachedAt: entry.savedAt };
  }
}

/** Forgets one person's copies (sign-out). */
export async function forgetFieldData(userId: string) {
  await (await open()).entries.where('userId').equals(userId).delete();
}
