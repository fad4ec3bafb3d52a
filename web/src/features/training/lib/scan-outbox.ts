import { trainingApi } from '#core/api/training';
import type { ScanBody } from '#core/schemas/training';
import { call } from '#web/lib/client';
import { type Outbox, type OutboxItem, outbox } from '#web/lib/outbox';

/*
 * Attendance scans go to the server only through the shared outbox: saved in IndexedDB the
 * moment the QR is read (no signal needed at the venue), sent with the scan's client UUID as
 * both `clientId` and Idempotency-Key, so a replay after a lost answer is the same attendance.
 */

export const SCAN = 'training.scan';

export type ScanItem = {
  eventId: string;
  body: ScanBody;
  label: { name: string | null; sessionTopic: string };
};

let registered = false;

export function registerScanSender(box: Outbox = outbox) {
  if (registered && box === outbox) return;
  if (box === outbox) registered = true;
  box.registerSender<ScanItem>(SCAN, (item, { idempotencyKey, signal }) =>
    call(trainingApi.recordAttendance, {
      params: { id: item.eventId },
      body: item.body,
      idempotencyKey,
      signal,
    }),
  );
}

export function queueScan(item: ScanItem, box: Outbox = outbox) {
  return box.enqueue(SCAN, item, { id: item.body.clientId });
}

export const isScanItem = (item: OutboxItem): item is OutboxItem<ScanItem> => item.kind === SCAN;
