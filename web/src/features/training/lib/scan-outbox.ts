import { trainingApi } from '#core/api/training';
import type { ErrorCode } from '#core/errors';
import type { ScanBody } from '#core/schemas/training';
import { ApiError } from '#web/lib/api';
import { call } from '#web/lib/client';
import { type BatchAnswer, type Outbox, type OutboxItem, outbox } from '#web/lib/outbox';

/*
 * Attendance scans go to the server only through the shared outbox: saved in IndexedDB the
 * moment the QR is read (no signal needed at the venue), sent with the scan's client UUID as
 * both `clientId` and Idempotency-Key, so a replay after a lost answer is the same attendance.
 * A queue goes up in batches (`…/attendance/batch`), each scan still idempotent by its clientId.
 */

export const SCAN = 'training.scan';
/** Scans per request when a phone comes back online with a queue (the server takes up to 100). */
export const SCAN_BATCH = 50;

export type ScanItem = {
  eventId: string;
  body: ScanBody;
  label: { name: string | null; sessionTopic: string };
};

let registered = false;

export function registerScanSender(box: Outbox = outbox) {
  if (registered && box === outbox) return;
  if (box === outbox) registered = true;
  const sendOne = (item: ScanItem, idempotencyKey: string, signal: AbortSignal) =>
    call(trainingApi.recordAttendance, {
      params: { id: item.eventId },
      body: item.body,
      idempotencyKey,
      signal,
    });
  box.registerSender<ScanItem>(
    SCAN,
    (item, { idempotencyKey, signal }) => sendOne(item, idempotencyKey, signal),
    {
      batchSize: SCAN_BATCH,
      batch: async (items, { signal }) => {
        const answers = new Map<string, BatchAnswer>();
        const byEvent = new Map<string, typeof items>();
        for (const i of items) byEvent.set(i.payload.eventId, [...(byEvent.get(i.payload.eventId) ?? []), i]);
        for (const [eventId, group] of byEvent) {
          try {
            const { items: results } = await call(trainingApi.recordAttendanceBatch, {
              params: { id: eventId },
              body: { scans: group.map((i) => i.payload.body) },
              signal,
            });
            for (const [n, r] of results.entries())
              answers.set(
                group[n].id,
                r.record
                  ? { ok: true, answer: r.record }
                  : {
                      ok: false,
                      error: new ApiError(
                        r.status,
                        (r.error?.code ?? 'internal') as ErrorCode,
                        r.error?.message ?? '',
                        r.error?.details,
                      ),
                    },
              );
          } catch (error) {
            // A scan the batch's own check refuses (malformed in storage) must not hold back the
            // others: one at a time, each gets its own answer.
            if (!(error instanceof ApiError) || error.status !== 400) throw error;
            for (const i of group)
              await sendOne(i.payload, i.id, signal).then(
                (answer) => answers.set(i.id, { ok: true, answer }),
                (e: unknown) => answers.set(i.id, { ok: false, error: e }),
              );
          }
        }
        return items.map((i) => answers.get(i.id) ?? { ok: false, error: new Error('no answer') });
      },
    },
  );
}

export function queueScan(item: ScanItem, box: Outbox = outbox) {
  return box.enqueue(SCAN, item, { id: item.body.clientId });
}

export const isScanItem = (item: OutboxItem): item is OutboxItem<ScanItem> => item.kind === SCAN;
