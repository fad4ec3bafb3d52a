import { normalizeCode } from '#core/domain/training';
import type { AttendanceRecord, ScanBody } from '#core/schemas/training';
import { recordAudits } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden } from '#server/lib/errors';
import { canRecordAttendance, canTakeAttendance, registrationScope } from '../policy';
import { presentAttendance } from '../present';
import * as q from '../queries/attendance';
import { sessionsOf } from '../queries/events';
import { findRegistrationsByCodesOrIds, type RegistrationRow } from '../queries/registrations';
import { loadViewableEvent } from './access';

// Phones' clocks drift; a scan "from the future" beyond this is a typo or a broken clock.
const CLOCK_SKEW_MS = 10 * 60_000;

export type ScanOutcome =
  | { clientId: string; created: boolean; record: AttendanceRecord; error?: undefined }
  | { clientId: string; error: AppError };

/**
 * Records scans of one event, in order. Idempotent per scan: the same scan replayed (same
 * client id) or the same person scanned again for the session answers with the attendance
 * already stored, never a second row. Each scan gets its own answer (`created` → 201, else
 * 200) or its own refusal; the good ones are written together in one transaction, each
 * checked against the unique indexes in the insert itself.
 */
export async function recordScans(
  ctx: ServiceContext,
  eventId: string,
  inputs: readonly ScanBody[],
): Promise<ScanOutcome[]> {
  const event = await loadViewableEvent(ctx, eventId);
  if (!canTakeAttendance(ctx.actor, event)) throw forbidden();
  const replays = new Map(
    (
      await q.findByClientIds(
        ctx.db,
        inputs.map((i) => i.clientId),
      )
    ).map((r) => [r.clientId, r]),
  );
  const sessionIds = new Set((await sessionsOf(ctx.db, eventId)).map((s) => s.id));
  const regRows = await findRegistrationsByCodesOrIds(
    ctx.db,
    inputs.map((i) => normalizeCode(i.code)),
    [...replays.values()].map((r) => r.registrationId),
  );
  const byCode = new Map(regRows.map((r) => [r.code, r]));
  const byId = new Map(regRows.map((r) => [r.id, r]));
  const now = Date.now();

  const outcomes: (ScanOutcome | { pending: ScanBody; reg: RegistrationRow })[] = inputs.map((input) => {
    const clientId = input.clientId;
    const replay = replays.get(clientId);
    if (replay) {
      if (replay.eventId !== eventId)
        return { clientId, error: fieldError('clientId', 'training:errors.clientIdReused') };
      return {
        clientId,
        created: false,
        record: presentAttendance(replay, byId.get(replay.registrationId)!),
      };
    }
    if (!sessionIds.has(input.sessionId))
      return { clientId, error: fieldError('sessionId', 'training:errors.sessionOfOtherEvent') };
    const reg = byCode.get(normalizeCode(input.code));
    if (!reg || reg.eventId !== eventId)
      return { clientId, error: fieldError('code', 'training:errors.unknownCode') };
    if (!canRecordAttendance(ctx.actor, event, reg.districtCode))
      return { clientId, error: forbidden('training:errors.districtOutsideScope') };
    if (reg.status !== 'registered')
      return {
        clientId,
        error: fieldError('code', `training:errors.scan_${reg.status}`, { name: reg.name }),
      };
    if (new Date(input.scannedAt).getTime() > now + CLOCK_SKEW_MS)
      return { clientId, error: fieldError('scannedAt', 'training:errors.scanInFuture') };
    return { pending: input, reg };
  });

  const pending = outcomes.flatMap((o) => ('pending' in o ? [o] : []));
  if (pending.length === 0) return outcomes as ScanOutcome[];
  const written = await ctx.db.transaction(async (tx) => {
    const inserted = await q.insertAttendance(
      tx,
      pending.map(({ pending: input, reg }) => ({
        eventId,
        sessionId: input.sessionId,
        registrationId: reg.id,
        clientId: input.clientId,
        method: input.method,
        scannedAt: new Date(input.scannedAt),
        recordedBy: ctx.actor?.id ?? null,
      })),
    );
    await recordAudits(
      tx,
      ctx,
      inserted.map((row) => ({
        action: 'training.attendance',
        entityType: 'training_attendance',
        entityId: row.id,
        after: { registrationId: row.registrationId, sessionId: row.sessionId, method: row.method },
      })),
    );
    // Scans that met a stored row (replayed meanwhile, or the person already scanned): that row.
    const skipped = pending.filter((p) => !inserted.some((r) => r.clientId === p.pending.clientId));
    const stored =
      skipped.length === 0
        ? []
        : [
            ...(await q.findByClientIds(
              tx,
              skipped.map((p) => p.pending.clientId),
            )),
            ...(await q.findByRegistrations(
              tx,
              skipped.map((p) => p.reg.id),
            )),
          ];
    return { inserted, stored };
  });
  const created = new Set<string>();
  return outcomes.map((o) => {
    if (!('pending' in o)) return o;
    const { pending: input, reg } = o;
    const clientId = input.clientId;
    const mine = written.inserted.find((r) => r.clientId === clientId);
    // The first of equal scans in one send is the one created; the rest answer with it.
    if (mine && !created.has(clientId)) {
      created.add(clientId);
      return { clientId, created: true, record: presentAttendance(mine, reg) };
    }
    const same =
      mine ??
      written.stored.find((r) => r.clientId === clientId) ??
      written.inserted.find((r) => r.sessionId === input.sessionId && r.registrationId === reg.id) ??
      written.stored.find((r) => r.sessionId === input.sessionId && r.registrationId === reg.id);
    if (!same) return { clientId, error: new AppError('conflict') };
    if (same.clientId === clientId && same.eventId !== eventId)
      return { clientId, error: fieldError('clientId', 'training:errors.clientIdReused') };
    return { clientId, created: false, record: presentAttendance(same, reg) };
  });
}

/** Records one scan (the contract's single send): the batch of one, its refusal thrown. */
export async function recordAttendance(
  ctx: ServiceContext,
  eventId: string,
  input: ScanBody,
): Promise<{ created: boolean; record: AttendanceRecord }> {
  const [outcome] = await recordScans(ctx, eventId, [input]);
  if (outcome.error) throw outcome.error;
  return { created: outcome.created, record: outcome.record };
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
