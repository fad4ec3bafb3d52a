import type { z } from 'zod';
import { monitoringApi } from '#core/api/monitoring';
import type { CreateVisitBody, UpdateVisitBody } from '#core/schemas/monitoring';
import { officeDate } from '#core/time';
import { call } from '#web/lib/client';
import type { Outbox, OutboxItem } from '#web/lib/outbox';
import { loadOutbox } from '#web/lib/outbox/load';

/*
 * Visits go to the server only through the shared outbox: saved in IndexedDB first, sent with
 * the item's id as Idempotency-Key (a new visit's item id is the visit's own id), so nothing
 * recorded offline is lost or arrives twice.
 */

export const VISIT_CREATE = 'monitoring.visit';
export const VISIT_UPDATE = 'monitoring.visit-edit';

/** What the outbox list shows about a queued visit without reading the payload's answers. */
export type VisitLabel = { businessId: string; businessName: string };

export type VisitCreateItem = { body: z.input<typeof CreateVisitBody>; label: VisitLabel };
export type VisitUpdateItem = { visitId: string; body: z.input<typeof UpdateVisitBody>; label: VisitLabel };

let registering: Promise<void> | null = null;

/**
 * Teaches an outbox to send visits: the app's once, when the signed-in shell loads the senders.
 * Should the outbox's chunk fail to load, the next attempt tries again (senders.ts retries).
 */
export function registerVisitSenders(box?: Outbox): Promise<void> {
  if (box) {
    register(box);
    return Promise.resolve();
  }
  registering ??= loadOutbox().then(register, (error: unknown) => {
    registering = null;
    throw error;
  });
  return registering;
}

function register(box: Outbox) {
  box.registerSender<VisitCreateItem>(VISIT_CREATE, (item, { idempotencyKey, signal }) =>
    call(monitoringApi.createVisit, { body: item.body, idempotencyKey, signal }),
  );
  box.registerSender<VisitUpdateItem>(VISIT_UPDATE, (item, { idempotencyKey, signal }) =>
    call(monitoringApi.updateVisit, {
      params: { id: item.visitId },
      body: item.body,
      idempotencyKey,
      signal,
    }),
  );
}

export async function queueNewVisit(item: VisitCreateItem, box?: Outbox) {
  return (box ?? (await loadOutbox())).enqueue(VISIT_CREATE, item, { id: item.body.id });
}

export async function queueVisitEdit(item: VisitUpdateItem, box?: Outbox) {
  return (box ?? (await loadOutbox())).enqueue(VISIT_UPDATE, item);
}

export const isVisitItem = (item: OutboxItem): item is OutboxItem<VisitCreateItem | VisitUpdateItem> =>
  item.kind === VISIT_CREATE || item.kind === VISIT_UPDATE;

/** The visit time to send: now for today, else the chosen day (the server takes its noon). */
export const visitedAtFor = (day: string) => (day === officeDate() ? new Date().toISOString() : day);
