import type { Outbox } from './outbox';

/**
 * The app's outbox, loaded on first use. IndexedDB through Dexie is a chunk of its own (≈ 30 KB
 * gzip), so a page that queues work (the visit form, the scanner) shows without waiting for it:
 * import this and the types, not `#web/lib/outbox`, in anything a page imports statically.
 */
export const loadOutbox = (): Promise<Outbox> => import('./instance').then((m) => m.outbox);
