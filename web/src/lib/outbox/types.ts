/*
 * The outbox's vocabulary. An item is one piece of work done on the phone (a scan, a visit)
 * waiting to reach the server; its `id` is the client's UUID and the `Idempotency-Key` of
 * every send, so a send repeated after a lost answer is recognised by the server.
 */

export type OutboxState = 'pending' | 'sending' | 'sent' | 'failed';

/** The server's refusal, kept for the person to read, fix, retry or discard. */
export type OutboxError = {
  status: number;
  code: string;
  message: string;
  /** Field path → translated message. */
  fields: Record<string, string>;
  details?: Record<string, unknown>;
};

export type OutboxItem<P = unknown> = {
  id: string;
  kind: string;
  payload: P;
  /** Who queued it: it is sent only in that person's session. */
  userId: string;
  state: OutboxState;
  /** Sends tried so far (transient failures included). */
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** Not sent again before this time (backoff after a transient failure). */
  nextAttemptAt: number;
  sentAt?: number;
  /**
   * While `sending`: until when the tab that claimed it owns the send. Another drain puts the
   * item back to `pending` only after this (the tab closed or crashed mid-send).
   */
  claimedUntil?: number;
  /** The last failure: permanent when `state` is `failed`, transient while `pending`. */
  lastError?: OutboxError;
  /** The server's answer once sent. */
  result?: unknown;
};

export type SendContext = {
  /** The item's id: send it as `Idempotency-Key` (`call(endpoint, { …, idempotencyKey })`). */
  idempotencyKey: string;
  signal: AbortSignal;
};

/** Sends one item's payload; throws ApiError (from the typed client) when the server refuses. */
export type Sender<P = unknown> = (payload: P, context: SendContext) => Promise<unknown>;

export type OutboxCounts = Record<OutboxState, number>;

/** One item's fate in a batch send: its answer, or the error a single send would have thrown. */
export type BatchAnswer = { ok: true; answer: unknown } | { ok: false; error: unknown };

/**
 * Sends several items of one kind in one request (a phone coming back online with hundreds of
 * scans). Answers in the items' order; throws (like `Sender`) when the whole send failed.
 */
export type BatchSender<P = unknown> = (
  items: { id: string; payload: P }[],
  context: { signal: AbortSignal },
) => Promise<BatchAnswer[]>;
