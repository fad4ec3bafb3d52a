import { ApiError } from '#web/lib/api';
import { i18n } from '#web/lib/i18n';
import type { OutboxDb } from './db';
import { newClientId } from './id';
import { type ExclusiveLock, leaseLock, webLock } from './lock';
import type { BatchSender, OutboxError, OutboxItem, Sender } from './types';

const LOCK_NAME = 'bina-kriya-outbox-drain';
/** Backoff after a transient failure: 2 s, 4 s, 8 s … up to 5 minutes, with jitter. */
const BACKOFF_BASE_MS = 2_000;
const BACKOFF_MAX_MS = 5 * 60_000;
/** How often a started outbox looks for due items (the backoff decides what is due). */
const TICK_MS = 15_000;
/** Sent items stay visible ("sent") this long, then are forgotten. */
const KEEP_SENT_MS = 3 * 24 * 3_600_000;
/**
 * A claimed item belongs to the tab that claimed it this long; its send is aborted (and the
 * item retried) before then, so no other tab can ever resend an item still in flight.
 */
const CLAIM_MS = 2 * 60_000;
const SEND_TIMEOUT_MS = 90_000;

export type OutboxOptions = {
  db: OutboxDb;
  /** The lock shared by the tabs; Web Locks when the browser has them, else a lease in IndexedDB. */
  lock?: ExclusiveLock;
  now?: () => number;
  random?: () => number;
  /** False when the device knows it is offline (navigator.onLine): no send is tried. */
  isOnline?: () => boolean;
};

export type DrainResult = { sent: number; failed: number; retrying: number; busy?: boolean };

type Outcome = 'retry' | 'offline' | 'paused' | 'failed';

/** How a refused or failed send is treated. */
export function classify(error: unknown): Outcome {
  if (!(error instanceof ApiError)) return 'failed';
  // Signed out or the session's CSRF token changed: wait for the person to sign in again.
  if (error.status === 401 || error.code === 'csrf_failed') return 'paused';
  // No answer at all: the network is down whatever navigator.onLine says.
  if (error.status === 0) return 'offline';
  if (error.status >= 500) return 'retry';
  // The same work is still running on the server, or the server asks us to slow down.
  if (error.status === 408 || error.status === 425 || error.status === 429) return 'retry';
  if (error.code === 'idempotency_in_progress') return 'retry';
  return 'failed';
}

/** Aborts a send that outlives its claim (well before another tab may take the item back). */
function sendTimeout() {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), SEND_TIMEOUT_MS);
  return { signal: controller.signal, clear: () => clearTimeout(timer) };
}

/** A send aborted at its time limit: tried again later (408 is retried with backoff). */
function timedOut() {
  return new ApiError(408, 'network', i18n.t('errors:network'));
}

function errorOf(error: unknown): OutboxError {
  if (error instanceof ApiError)
    return {
      status: error.status,
      code: error.code,
      message: error.message,
      fields: error.fields,
      details: error.details,
    };
  return {
    status: 0,
    code: 'internal',
    message: error instanceof Error ? error.message : String(error),
    fields: {},
  };
}

/**
 * The durable outbox: `enqueue` stores work in IndexedDB at once; `drain` sends what is due,
 * oldest first, one item at a time (or, for a kind registered with a batch sender, several of
 * that kind in one request), each with its id as Idempotency-Key. A permanent refusal
 * marks that item `failed` (with the server's error) and the rest still go; transient failures
 * back off; a lost session pauses sending until the person signs in again.
 */
export class Outbox {
  readonly db: OutboxDb;
  private readonly senders = new Map<string, Sender>();
  private readonly batchSenders = new Map<string, { send: BatchSender; size: number }>();
  private readonly lock: ExclusiveLock;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly isOnline: () => boolean;
  private userId: string | null = null;
  private running: Promise<DrainResult> | null = null;
  private again = false;
  private stopTriggers: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(options: OutboxOptions) {
    this.db = options.db;
    this.lock = options.lock ?? webLock() ?? leaseLock(options.db, options.now);
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.isOnline =
      options.isOnline ?? (() => typeof navigator === 'undefined' || navigator.onLine !== false);
  }

  /**
   * The function that sends items of `kind` (one per kind; a feature registers it at load).
   * With `batch`, due items of that kind go up to `batchSize` at a time through it instead
   * (independent, idempotent items only, like scans); each still settles on its own.
   */
  registerSender<P>(
    kind: string,
    sender: Sender<P>,
    options: { batch?: BatchSender<P>; batchSize?: number } = {},
  ) {
    this.senders.set(kind, sender as Sender);
    if (options.batch)
      this.batchSenders.set(kind, { send: options.batch as BatchSender, size: options.batchSize ?? 50 });
    else this.batchSenders.delete(kind);
    // Senders arrive with their feature's chunk, possibly after a drain skipped their items.
    if (this.stopTriggers) this.kick();
    return () => {
      if (this.senders.get(kind) === sender) {
        this.senders.delete(kind);
        this.batchSenders.delete(kind);
      }
    };
  }

  /** Whose items are listed and sent: the signed-in person (null when nobody is). */
  setUser(userId: string | null) {
    if (userId === this.userId) return;
    this.userId = userId;
    for (const listener of this.listeners) listener();
    if (userId) this.kick();
  }

  currentUser() {
    return this.userId;
  }

  /** Notified when the signed-in person changes (the hooks re-read the items). */
  subscribe(listener: () => void) {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  /** The signed-in person's items not yet on the server (waiting or refused). */
  async countUnsent(): Promise<number> {
    const userId = this.userId;
    if (!userId) return 0;
    return this.db.items
      .where('[userId+state]')
      .anyOf([
        [userId, 'pending'],
        [userId, 'sending'],
        [userId, 'failed'],
      ])
      .count();
  }

  /**
   * Stores a piece of work and tries to send it. `id` is the client's UUID (generated when not
   * given; pass your own when the payload must carry it too, like a visit's id).
   */
  async enqueue<P>(kind: string, payload: P, options: { id?: string } = {}): Promise<string> {
    const userId = this.userId;
    if (!userId) throw new Error('outbox: nobody is signed in');
    const id = options.id ?? newClientId();
    const at = this.now();
    await this.db.items.add({
      id,
      kind,
      payload,
      userId,
      state: 'pending',
      attempts: 0,
      createdAt: at,
      updatedAt: at,
      nextAttemptAt: at,
    });
    this.kick();
    return id;
  }

  /** Sends a failed (or waiting) item again now, with the same key. */
  async retry(id: string) {
    await this.db.transaction('rw', this.db.items, async () => {
      const item = await this.db.items.get(id);
      if (!item || (item.state !== 'failed' && item.state !== 'pending')) return;
      await this.db.items.update(id, { state: 'pending', nextAttemptAt: this.now(), updatedAt: this.now() });
    });
    return this.drain();
  }

  /** Replaces a failed item's payload (the person fixed what the server refused) and sends it again. */
  async update<P>(id: string, payload: P) {
    await this.db.transaction('rw', this.db.items, async () => {
      const item = await this.db.items.get(id);
      if (!item || item.state === 'sending' || item.state === 'sent')
        throw new Error('outbox: item is not editable');
      await this.db.items.update(id, {
        payload,
        state: 'pending',
        nextAttemptAt: this.now(),
        updatedAt: this.now(),
        lastError: undefined,
      });
    });
    return this.drain();
  }

  /** Drops an item that will not be sent (never one being sent right now). */
  async discard(id: string) {
    return this.db.transaction('rw', this.db.items, async () => {
      const item = await this.db.items.get(id);
      if (!item || item.state === 'sending') return false;
      await this.db.items.delete(id);
      return true;
    });
  }

  /** A drain nobody waits for: a failure (IndexedDB closed, quota) must not become an unhandled rejection. */
  private kick() {
    this.drain().catch(() => {});
  }

  /**
   * Sends every due item of the signed-in person. Calls made while a drain runs in this tab
   * join it (and make it look again at the end); another tab draining answers `busy`.
   */
  drain(): Promise<DrainResult> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async (): Promise<DrainResult> => {
      const total: DrainResult = { sent: 0, failed: 0, retrying: 0 };
      try {
        do {
          this.again = false;
          const result = await this.drainOnce();
          total.sent += result.sent;
          total.failed += result.failed;
          total.retrying += result.retrying;
          if (result.busy) total.busy = true;
        } while (this.again);
      } finally {
        // Cleared in the same step that decided to stop, so a later call starts a new drain.
        this.running = null;
      }
      return total;
    };
    this.running = run();
    return this.running;
  }

  private async drainOnce(): Promise<DrainResult> {
    const result: DrainResult = { sent: 0, failed: 0, retrying: 0 };
    const userId = this.userId;
    if (!userId || !this.isOnline()) return result;
    const outcome = await this.lock(LOCK_NAME, async () => {
      await this.recoverAbandoned(userId);
      await this.forgetOldSent(userId);
      const tried = new Set<string>();
      for (;;) {
        if (this.userId !== userId || !this.isOnline()) break;
        const items = await this.claimNext(userId, tried);
        if (items.length === 0) break;
        for (const item of items) tried.add(item.id);
        const outcomes =
          items.length === 1 && !this.batchSenders.has(items[0].kind)
            ? [await this.send(items[0])]
            : await this.sendBatch(items);
        for (const outcome of outcomes) {
          if (outcome === 'sent') result.sent += 1;
          else if (outcome === 'failed') result.failed += 1;
          else result.retrying += 1;
        }
        if (outcomes.some((o) => o === 'paused' || o === 'offline')) break;
      }
      return result;
    });
    return outcome === 'busy' ? { ...result, busy: true } : outcome;
  }

  /**
   * Items left `sending` by a tab that closed mid-send. Only claims that have lapsed: holding
   * the lock is not proof enough (a lease can lapse under a slow send, and a browser without
   * any lock runs drains side by side), while a lapsed claim's send was aborted by its tab.
   */
  private async recoverAbandoned(userId: string) {
    const at = this.now();
    await this.db.items
      .where('[userId+state]')
      .equals([userId, 'sending'])
      .filter((item) => (item.claimedUntil ?? 0) <= at)
      .modify({ state: 'pending', nextAttemptAt: at, claimedUntil: undefined });
  }

  private async forgetOldSent(userId: string) {
    const before = this.now() - KEEP_SENT_MS;
    await this.db.items
      .where('[userId+state]')
      .equals([userId, 'sent'])
      .filter((item) => (item.sentAt ?? 0) < before)
      .delete();
  }

  /**
   * The oldest due item with a sender, marked `sending` in the same transaction that read it;
   * for a kind sent in batches, with the next due items of that kind up to the batch size.
   */
  private claimNext(userId: string, tried: Set<string>): Promise<OutboxItem[]> {
    return this.db.transaction('rw', this.db.items, async () => {
      const due = await this.db.items
        .where('[userId+state]')
        .equals([userId, 'pending'])
        .filter(
          (item) => item.nextAttemptAt <= this.now() && this.senders.has(item.kind) && !tried.has(item.id),
        )
        .sortBy('createdAt');
      const first = due[0];
      if (!first) return [];
      const size = this.batchSenders.get(first.kind)?.size ?? 1;
      const items = due.filter((item) => item.kind === first.kind).slice(0, size);
      const at = this.now();
      await this.db.items.bulkUpdate(
        items.map((item) => ({
          key: item.id,
          changes: { state: 'sending', updatedAt: at, claimedUntil: at + CLAIM_MS },
        })),
      );
      return items.map((item) => ({ ...item, state: 'sending' as const, claimedUntil: at + CLAIM_MS }));
    });
  }

  private async send(item: OutboxItem): Promise<'sent' | Outcome> {
    const sender = this.senders.get(item.kind);
    const timeout = sendTimeout();
    try {
      if (!sender) throw new Error(`outbox: no sender for ${item.kind}`);
      const answer = await sender(item.payload, { idempotencyKey: item.id, signal: timeout.signal });
      return await this.settleSent(item, answer);
    } catch (error) {
      return this.settleError(item, timeout.signal.aborted ? timedOut() : error);
    } finally {
      timeout.clear();
    }
  }

  /** Items of one kind in one request; each settles with its own answer or refusal. */
  private async sendBatch(items: OutboxItem[]): Promise<('sent' | Outcome)[]> {
    const batch = this.batchSenders.get(items[0].kind);
    const timeout = sendTimeout();
    let answers: Awaited<ReturnType<BatchSender>>;
    try {
      if (!batch) throw new Error(`outbox: no batch sender for ${items[0].kind}`);
      answers = await batch.send(
        items.map((item) => ({ id: item.id, payload: item.payload })),
        { signal: timeout.signal },
      );
    } catch (error) {
      // The whole send failed (no network, signed out, server error): every item alike.
      const cause = timeout.signal.aborted ? timedOut() : error;
      return Promise.all(items.map((item) => this.settleError(item, cause)));
    } finally {
      timeout.clear();
    }
    const outcomes: ('sent' | Outcome)[] = [];
    for (const [i, item] of items.entries()) {
      const answer = answers[i];
      if (!answer) outcomes.push(await this.settleError(item, new Error('outbox: no answer for item')));
      else if (answer.ok) outcomes.push(await this.settleSent(item, answer.answer));
      else outcomes.push(await this.settleError(item, answer.error));
    }
    return outcomes;
  }

  private async settleSent(item: OutboxItem, answer: unknown): Promise<'sent'> {
    const at = this.now();
    await this.db.items.update(item.id, {
      state: 'sent',
      sentAt: at,
      updatedAt: at,
      attempts: item.attempts + 1,
      result: answer ?? null,
      lastError: undefined,
      claimedUntil: undefined,
    });
    return 'sent';
  }

  private async settleError(item: OutboxItem, error: unknown): Promise<Outcome> {
    const outcome = classify(error);
    const at = this.now();
    if (outcome === 'failed') {
      await this.db.items.update(item.id, {
        claimedUntil: undefined,
        state: 'failed',
        updatedAt: at,
        attempts: item.attempts + 1,
        lastError: errorOf(error),
      });
    } else if (outcome === 'paused') {
      await this.db.items.update(item.id, {
        state: 'pending',
        updatedAt: at,
        claimedUntil: undefined,
        lastError: errorOf(error),
      });
    } else {
      const attempts = item.attempts + 1;
      const delay = Math.min(BACKOFF_BASE_MS * 2 ** (attempts - 1), BACKOFF_MAX_MS);
      await this.db.items.update(item.id, {
        state: 'pending',
        updatedAt: at,
        attempts,
        nextAttemptAt: at + Math.round(delay * (0.5 + this.random() / 2)),
        claimedUntil: undefined,
        lastError: errorOf(error),
      });
    }
    return outcome;
  }

  /**
   * Drains now, when the network comes back, when the app is shown again and every TICK_MS
   * (the backoff decides what is due). Returns the function that stops it.
   */
  start(): () => void {
    if (this.stopTriggers) return this.stopTriggers;
    const kick = () => this.kick();
    const onVisible = () => {
      if (document.visibilityState === 'visible') kick();
    };
    window.addEventListener('online', kick);
    document.addEventListener('visibilitychange', onVisible);
    const timer = setInterval(kick, TICK_MS);
    kick();
    this.stopTriggers = () => {
      window.removeEventListener('online', kick);
      document.removeEventListener('visibilitychange', onVisible);
      clearInterval(timer);
      this.stopTriggers = null;
    };
    return this.stopTriggers;
  }
}
