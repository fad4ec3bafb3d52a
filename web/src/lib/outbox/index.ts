/*
 * Work done offline (attendance scans, visits) waits here until the server has it. Usage:
 *   outbox.registerSender('kind', (payload, { idempotencyKey, signal }) =>
 *     call(table.endpoint, { body: payload, idempotencyKey, signal }));
 *   const id = await outbox.enqueue('kind', payload);
 * See CONTRIBUTING.md "How to queue work offline".
 */
export { newClientId } from './id';
export { outbox } from './instance';
export { classify, type DrainResult, Outbox } from './outbox';
export type {
  BatchAnswer,
  BatchSender,
  OutboxCounts,
  OutboxError,
  OutboxItem,
  OutboxState,
  SendContext,
  Sender,
} from './types';
export { type OutboxView, useOutbox } from './use-outbox';
