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

export const AttendanceList = z.object({
  items: z.array(z.object({ registrationId: z.uuid(), sessionId: z.uuid(), scannedAt: z.string() })),
});
