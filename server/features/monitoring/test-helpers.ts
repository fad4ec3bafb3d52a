import { randomUUID } from 'node:crypto';
import type { Client } from '#server/test/app';

/** Answers of the default form for a business that produces and sells in town. */
export function producingAnswers(overrides: Record<string, unknown> = {}) {
  return {
    producing: 'yes',
    piecesLastMonth: 40,
    turnoverLastMonth: 6_500_000,
    workers: 3,
    salesChannels: ['local_shop', 'social_media'],
    sellsOutsideCity: 'no',
    exporting: 'no',
    observedNeeds: ['packaging', 'marketing'],
    needsNote: 'Kemasan masih plastik polos.',
    ...overrides,
  };
}

export function visitBody(businessId: string, overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    businessId,
    visitedAt: new Date(Date.now() - 3_600_000).toISOString(),
    formVersion: 1,
    answers: producingAnswers(),
    ...overrides,
  };
}

/** Posts a visit with an Idempotency-Key (its id, as the phone's outbox does). */
export function postVisit(client: Client, body: { id: string } & Record<string, unknown>, key = body.id) {
  return client.post('/api/visits', body, { headers: { 'idempotency-key': key } });
}
