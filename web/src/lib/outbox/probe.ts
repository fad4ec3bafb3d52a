import { testingApi } from '#core/api/testing';
import { call } from '#web/lib/client';
import { newClientId } from './id';
import type { Outbox } from './outbox';

export type ProbePayload = { id: string; note: string };

/**
 * The test-only kind `probe`: sent to the server's probe (mounted only with TEST_ROUTES=true),
 * which counts how often each item arrived. The end-to-end journey queues one offline and
 * checks it arrives exactly once. The item's id travels as key and as the probe's `id`.
 */
export function registerProbeSender(box: Outbox) {
  return box.registerSender<ProbePayload>('probe', (payload, { idempotencyKey, signal }) =>
    call(testingApi.probe, { body: payload, idempotencyKey, signal }),
  );
}

/** Queues a probe item (its id is both the Idempotency-Key and the probe's id). */
export function enqueueProbe(box: Outbox, note: string) {
  const id = newClientId();
  return box.enqueue('probe', { id, note }, { id });
}
