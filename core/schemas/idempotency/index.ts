import { z } from 'zod';

/**
 * The header a client sends to make a request to an `idempotent` endpoint safe to repeat:
 * a UUID it generated once for that piece of work (the web's outbox uses the item's id).
 */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Set on an answer replayed from an earlier request with the same key. */
export const IDEMPOTENT_REPLAY_HEADER = 'Idempotent-Replayed';

/** Headers of an idempotent endpoint: the key is optional, and a UUID when present. */
export const IdempotencyHeaders = z.looseObject({
  'idempotency-key': z.uuid({ message: 'errors:fields.idempotency_key' }).optional(),
});
