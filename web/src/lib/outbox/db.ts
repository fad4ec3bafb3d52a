import Dexie, { type EntityTable } from 'dexie';
import type { OutboxItem } from './types';

/** A lease on a name, for browsers without Web Locks (see lock.ts). */
export type Lease = { name: string; holder: string; expiresAt: number };

export type OutboxDb = Dexie & {
  items: EntityTable<OutboxItem, 'id'>;
  leases: EntityTable<Lease, 'name'>;
};

/** The phone's durable queue (IndexedDB): survives reloads, restarts and days offline. */
export function openOutboxDb(
  name = 'bina-kriya-outbox',
  /** Another IndexedDB (tests pass fake-indexeddb's). */
  engine?: { indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange },
): OutboxDb {
  const db = new Dexie(name, engine) as OutboxDb;
  db.version(1).stores({
    items: 'id, [userId+state], [userId+createdAt], createdAt',
    leases: 'name',
  });
  return db;
}
