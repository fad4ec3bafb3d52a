import { normalizeCode } from '#core/domain/training';
import type { AttendanceRecord, ScanBody } from '#core/schemas/training';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden } from '#server/lib/errors';
import { canRecordAttendance, canTakeAttendance, registrationScope } from '../policy';
import { presentAttendance } from '../present';
import * as q from '../queries/attendance';
import { sessionsOf } from '../queries/events';
import { findRegistration, findRegistrationByCode } from '../queries/registrations';
import { loadViewableEvent } from './access';

// Phones' clocks drift; a scan "from the future" beyond this is a typo or a broken clock.
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Records one scan. Idempotent: the same scan replayed (same client id) or the same person
 * scanned again for the session answers with the attendance already stored, never a second
 * row. `created` tells the route whether to answer 201 or 200.
 */
export async function recordAttendance(
  ctx: ServiceContext,
  eventId: string,
  input: ScanBody,
): Promise<{ created: boolean; record: AttendanceRecord }> {
  const event = await loadViewableEvent(ctx, eventId);
  if (!canTakeAttendance(ctx.actor, event)) throw forbidden();
  const replay = await q.findByClientId(ctx.db, input.clientId);
  if (replay) {
    if (replay.eventId !== eventId) throw fieldError('clientId', 'training:errors.clientIdReused');
    const reg = await findRegistration(ctx.db, replay.registrationId);
    return { created: false, record: presentAttendance(replay, reg!) };
  }
  const sessions = await sessionsOf(ctx.db, eventId);
  if (!sessions.some((s) => s.id === input.sessionId))
    throw fieldError('sessionId', 'training:errors.sessionOfOtherEvent');
  const reg = await findRegistrationByCode(ctx.db, normalizeCode(input.code));
  if (!reg || reg.eventId !== eventId) throw fieldError('code', 'training:errors.unknownCode');
  if (!canRecordAttendance(ctx.actor, event, reg.districtCode))
    throw forbidden('training:errors.districtOutsideScope');
  if (reg.status !== 'registered')
    throw fieldError('code', `training:errors.scan_${reg.status}`, { name: reg.name });
  const scannedAt = new Date(input.scannedAt);
  if (scannedAt.getTime() > Date.now() + CLOCK_SKEW_MS)
    throw fieldError('scannedAt', 'training:errors.scanInFuture');
  return ctx.db.transaction(async (tx) => {
    const row = await q.insertAttendance(tx, {
      eventId,
      sessionId: input.sessionId,
      registrationId: reg.id,
      clientId: input.clientId,
      method: input.method,
      scannedAt,
      recordedBy: ctx.actor?.id ?? null,
    });
    if (row) {
      await recordAudit(tx, ctx, {
        action: 'training.attendance',
        entityType: 'training_attendance',
        entityId: row.id,
        after: { registrationId: reg.id, sessionId: input.sessionId, method: input.method },
      });
      return { created: true, record: presentAttendance(row, reg) };
    }
    const stored =
      (await q.findByClientId(tx, input.clientId)) ??
      (await q.findBySessionAndRegistration(tx, input.sessionId, reg.id));
    if (!stored) throw new AppError('conflict');
    if (stored.clientId === input.clientId && stored.eventId !== eventId)
      throw fieldError('clientId', 'training:errors.clientIdReused');
    return { created: false, record: presentAttendance(stored, reg) };
  });
}

export async function listAttendance(ctx: ServiceContext, eventId: string) {
  const event = await loadViewableEvent(ctx, eventId);
  const scope = registrationScope(ctx.actor, event);
  if (!scope) throw forbidden();
  const rows = await q.listAttendance(ctx.db, eventId, scope.all ? null : scope.districtCodes);
  return {
    items: rows.map((r) => ({
      registrationId: r.registrationId,
      sessionId: r.sessionId,
      scannedAt: r.scannedAt.toISOString(),
    })),
  };
}
