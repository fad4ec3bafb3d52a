import { openOutboxDb } from './db';
import { Outbox } from './outbox';

/** The app's one outbox (IndexedDB `bina-kriya-outbox`). Features register their senders on it. */
export const outbox = new Outbox({ db: openOutboxDb() });
