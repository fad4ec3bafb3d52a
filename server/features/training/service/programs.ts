import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { forbidden, notFound } from '#server/lib/errors';
import { canManageEvents, canViewEvent } from '../policy';
import * as q from '../queries/events';
import { requireActor } from './access';

const present = (row: q.ProgramRow, eventCount: number) => ({
  id: row.id,
  name: row.name,
  description: row.description,
  followupOffsets: row.followupOffsets,
  eventCount,
});

export async function listPrograms(ctx: ServiceContext) {
  const actor = requireActor(ctx);
  if (!canManageEvents(actor) && !canViewEvent(actor, { trainerIds: [] }) && actor.role !== 'trainer')
    throw forbidden();
  const rows = await q.listPrograms(ctx.db);
  return { items: rows.map((r) => ({ ...r, eventCount: Number(r.eventCount) })) };
}

export async function createProgram(
  ctx: ServiceContext,
  input: { name: string; description?: string; followupOffsets: number[] },
) {
  if (!canManageEvents(requireActor(ctx))) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const row = await q.insertProgram(tx, {
      name: input.name,
      description: input.description ?? null,
      followupOffsets: input.followupOffsets,
    });
    const after = present(row, 0);
    await recordAudit(tx, ctx, {
      action: 'training.program_create',
      entityType: 'training_program',
      entityId: row.id,
      after,
    });
    return after;
  });
}

export async function updateProgram(
  ctx: ServiceContext,
  id: string,
  input: { name?: string; description?: string; followupOffsets?: number[] },
) {
  if (!canManageEvents(requireActor(ctx))) throw forbidden();
  return ctx.db.transaction(async (tx) => {
    const current = await q.findProgram(tx, id);
    if (!current) throw notFound('training:errors.programNotFound');
    const row = await q.updateProgram(tx, id, {
      ...(input.name ? { name: input.name } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.followupOffsets ? { followupOffsets: input.followupOffsets } : {}),
    });
    const count = await q.countEventsOfProgram(tx, id);
    const after = present(row, count);
    await recordAudit(tx, ctx, {
      action: 'training.program_update',
      entityType: 'training_program',
      entityId: id,
      before: present(current, count),
      after,
    });
    return after;
  });
}

/** Who an event may be given as trainers: active trainer accounts, id and name only. */
export async function listTrainers(ctx: ServiceContext) {
  if (!canManageEvents(requireActor(ctx))) throw forbidden();
  return { items: await q.listTrainers(ctx.db) };
}
