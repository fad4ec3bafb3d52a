import Dexie, { liveQuery } from 'dexie';
import { useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { outbox as appOutbox } from './instance';
import type { Outbox } from './outbox';
import type { OutboxCounts, OutboxItem } from './types';

export type OutboxView = {
  loading: boolean;
  /** The signed-in person's items, newest first. */
  items: OutboxItem[];
  counts: OutboxCounts;
  /** Items still to reach the server (pending + sending). */
  waiting: number;
  retry: (id: string) => Promise<unknown>;
  discard: (id: string) => Promise<boolean>;
  drain: () => Promise<unknown>;
};

/** The outbox's items and counts, live across tabs (Dexie liveQuery). */
export function useOutbox(box: Outbox = appOutbox): OutboxView {
  const userId = useSyncExternalStore(
    (listener) => box.subscribe(listener),
    () => box.currentUser(),
  );
  const [items, setItems] = useState<OutboxItem[] | undefined>(undefined);

  useEffect(() => {
    if (!userId) {
      setItems([]);
      return;
    }
    const subscription = liveQuery(() =>
      box.db.items
        .where('[userId+createdAt]')
        .between([userId, Dexie.minKey], [userId, Dexie.maxKey])
        .reverse()
        .toArray(),
    ).subscribe({ next: setItems, error: () => setItems([]) });
    return () => subscription.unsubscribe();
  }, [box, userId]);

  return useMemo(() => {
    const list = items ?? [];
    const counts: OutboxCounts = { pending: 0, sending: 0, sent: 0, failed: 0 };
    for (const item of list) counts[item.state] += 1;
    return {
      loading: items === undefined,
      items: list,
      counts,
      waiting: counts.pending + counts.sending,
      retry: (id) => box.retry(id),
      discard: (id) => box.discard(id),
      drain: () => box.drain(),
    };
  }, [box, items]);
}
