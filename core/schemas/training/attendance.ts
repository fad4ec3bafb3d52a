import { z } from 'zod';
import { msg } from './events';

export const ScanBody = z.strictObject({
  /** The phone's UUID for this scan: a replay of the same scan is the same attendance. */
  clientId: z.uuid({ error: msg('fields.clientId') }),
  code: z
    .string({ error: msg('fields.codeRequired') })
    .trim()
    .min(1, { error: msg('fields.codeRequired') })
    .max(40),
  sessionId: z.uuid({ error: msg('fields.sessionId') }),
  scannedAt: z.iso.datetime({ offset: true, error: msg('fields.datetime') }),
  method: z.enum(['qr', 'search']).default('qr'),
});
export type ScanBody = z.infer<typeof ScanBody>;

export const AttendanceRecord = z.object({
  id: z.uuid(),
  clientId: z.uuid(),
  registrationId: z.uuid(),
  sessionId: z.uuid(),
  scannedAt: z.string(),
  name: z.string(),
  code: z.string(),
});
export type AttendanceRecord = z.infer<typeof AttendanceRecord>;

/**
 * Many queued scans in one send (a phone coming back online). Each scan keeps its own
 * idempotency through its clientId: the answer per scan is what `POST …/attendance` would give.
 */
export const ScanBatchBody = z.strictObject({
  scans: z
    .array(ScanBody)
    .min(1, { error: msg('fields.scansRequired') })
    .max(100, { error: msg('fields.tooManyScans') }),
});
export type ScanBatchBody = z.infer<typeof ScanBatchBody>;

export const ScanBatchResult = z.object({
  items: z.array(
    z.object({
      clientId: z.string(),
      /** 201 recorded now, 200 already recorded (the same answer as before), else the refusal's status. */
      status: z.number().int(),
      record: AttendanceRecord.optional(),
      error: z
        .object({
          code: z.string(),
          message: z.string(),
          details: z.record(z.string(), z.unknown()).optional(),
        })
        .optional(),
    }),
  ),
});
export type ScanBatchResult = z.infer<typeof ScanBatchResult>;

export const AttendanceList = z.object({
  items: z.array(z.object({ registrationId: z.uuid(), sessionId: z.uuid(), scannedAt: z.string() })),
});
