import { DEFAULT_EFFICIENCY, OPERATING_WINDOWS, type OperatingWindow } from '#core/domain/electroforming';
import type {
  Bath,
  BathStatus,
  CreateBathBody,
  CreateMaintenanceBody,
  MaintenanceEntry,
  UpdateBathBody,
} from '#core/schemas/electroforming';
import { officeDate } from '#core/time';
import { isSameVersion } from '#server/db/versions';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, notFound } from '#server/lib/errors';
import { readScope, writerId } from '../policy';
import { presentBath, presentMaintenance } from '../present';
import * as q from '../queries/baths';
import { recordKey } from './errors';
import { replanBatchesOfBath } from './replan-batches';

type Page = { page: number; pageSize: number };
type Overrides = CreateBathBody['operatingWindow'];

function windowFrom(base: OperatingWindow, overrides: Overrides): OperatingWindow {
  return { ...base, ...Object.fromEntries(Object.entries(overrides ?? {}).filter(([, v]) => v)) };
}

export async function listBaths(
  ctx: ServiceContext,
  query: Page & { status?: BathStatus; ownerId?: string },
) {
  const scope = readScope(ctx.actor, query.ownerId);
  const { items, total } = await q.listBaths(ctx.db, scope, query, query.page, query.pageSize);
  return { items: items.map(presentBath), total, page: query.page, pageSize: query.pageSize };
}

/** A bath the actor may read; others' ids answer 404 so their existence does not leak. */
export async function loadBath(ctx: ServiceContext, id: string) {
  const found = await q.findBath(ctx.db, id, readScope(ctx.actor));
  if (!found) throw notFound();
  return found;
}

/** A bath the actor may change: their own. */
export async function loadOwnBath(ctx: ServiceContext, id: string) {
  const found = await q.findBath(ctx.db, id, { ownerId: writerId(ctx.actor) });
  if (!found) throw notFound();
  return found;
}

export async function getBath(ctx: ServiceContext, id: string): Promise<Bath> {
  return presentBath(await loadBath(ctx, id));
}

export async function createBath(ctx: ServiceContext, input: CreateBathBody): Promise<Bath> {
  const ownerUserId = writerId(ctx.actor);
  return ctx.db.transaction(async (tx) => {
    const bath = await q.insertBath(tx, {
      ownerUserId,
      businessId: input.businessId ?? null,
      name: input.name,
      volumeL: input.volumeL,
      copperSulfateGL: input.composition.copperSulfateGL,
      sulfuricAcidGL: input.composition.sulfuricAcidGL,
      chloridePpm: input.composition.chloridePpm,
      temperatureC: input.composition.temperatureC ?? null,
      compositionMeasuredOn: officeDate(new Date()),
      anodeType: input.anodeType,
      operatingWindowPreset: input.operatingWindowPreset,
      operatingWindow: windowFrom(OPERATING_WINDOWS[input.operatingWindowPreset], input.operatingWindow),
      efficiency: input.efficiency,
      efficiencySource: input.efficiency === DEFAULT_EFFICIENCY ? 'default' : 'manual',
      status: input.status,
      notes: input.notes ?? null,
    });
    const after = presentBath({ bath, ownerName: ctx.actor?.name ?? '', lastMaintenanceOn: null });
    await recordAudit(tx, ctx, { action: 'ef_bath.create', entityType: 'ef_bath', entityId: bath.id, after });
    return after;
  });
}

/**
 * Changes a bath: read and written on the locked row, only the fields sent (the operating
 * window is rebuilt only when the preset or the window is sent, from the row as it is now).
 * With `expectedUpdatedAt` a newer version answers 409 with the current copy.
 */
export async function updateBath(ctx: ServiceContext, id: string, input: UpdateBathBody): Promise<Bath> {
  const current = await loadOwnBath(ctx, id);
  const c = input.composition;
  return ctx.db.transaction(async (tx) => {
    const bath = await q.lockBath(tx, id, 'update');
    if (!bath) throw notFound();
    const before = { ...current, bath };
    if (input.expectedUpdatedAt && !isSameVersion(bath.updatedAt, input.expectedUpdatedAt)) {
      const now = presentBath(before);
      throw new AppError('conflict', recordKey('stale'), {
        details: { updatedAt: now.updatedAt, current: now },
      });
    }
    const windowChanged = input.operatingWindowPreset !== undefined || input.operatingWindow !== undefined;
    const base = input.operatingWindowPreset
      ? OPERATING_WINDOWS[input.operatingWindowPreset]
      : (bath.operatingWindow as OperatingWindow);
    const row = await q.updateBath(tx, id, {
      ...(input.name === undefined ? {} : { name: input.name }),
      ...(input.volumeL === undefined ? {} : { volumeL: input.volumeL }),
      ...(c
        ? {
            copperSulfateGL: c.copperSulfateGL,
            sulfuricAcidGL: c.sulfuricAcidGL,
            chloridePpm: c.chloridePpm,
            temperatureC: c.temperatureC ?? null,
            compositionMeasuredOn: officeDate(new Date()),
          }
        : {}),
      ...(input.anodeType ? { anodeType: input.anodeType } : {}),
      ...(input.operatingWindowPreset ? { operatingWindowPreset: input.operatingWindowPreset } : {}),
      ...(windowChanged ? { operatingWindow: windowFrom(base, input.operatingWindow) } : {}),
      ...(input.efficiency === undefined ? {} : { efficiency: input.efficiency, efficiencySource: 'manual' }),
      ...(input.status ? { status: input.status } : {}),
      ...(input.notes === undefined ? {} : { notes: input.notes }),
      ...(input.businessId === undefined ? {} : { businessId: input.businessId }),
    });
    if (windowChanged || input.efficiency !== undefined) await replanBatchesOfBath(tx, row);
    const after = presentBath({ ...current, bath: row });
    await recordAudit(tx, ctx, {
      action: 'ef_bath.update',
      entityType: 'ef_bath',
      entityId: id,
      before: presentBath(before),
      after,
    });
    return after;
  });
}

/** Only a bath that never ran a batch can go; one with history is retired instead. */
export async function deleteBath(ctx: ServiceContext, id: string): Promise<void> {
  const current = await loadOwnBath(ctx, id);
  await ctx.db.transaction(async (tx) => {
    // Held against batches being added to it while it goes.
    await q.lockBath(tx, id, 'update');
    if ((await q.countBatchesOfBath(tx, id)) > 0) throw new AppError('conflict', recordKey('bathHasBatches'));
    await q.deleteBath(tx, id);
    await recordAudit(tx, ctx, {
      action: 'ef_bath.delete',
      entityType: 'ef_bath',
      entityId: id,
      before: presentBath(current),
    });
  });
}

export async function listMaintenance(ctx: ServiceContext, bathId: string, query: Page) {
  const { bath } = await loadBath(ctx, bathId);
  const { items, total } = await q.listMaintenance(ctx.db, bathId, query.page, query.pageSize);
  return {
    items: items.map((row) => presentMaintenance(row, bath)),
    total,
    page: query.page,
    pageSize: query.pageSize,
  };
}

/**
 * Logs maintenance. An analysis also becomes the bath's current composition, field by
 * field, unless a later analysis is already on record (entries may be typed in late).
 */
export async function addMaintenance(
  ctx: ServiceContext,
  bathId: string,
  input: CreateMaintenanceBody,
): Promise<MaintenanceEntry> {
  await loadOwnBath(ctx, bathId);
  const analysis = input.analysis
    ? Object.fromEntries(Object.entries(input.analysis).filter(([, v]) => v !== undefined))
    : null;
  return ctx.db.transaction(async (tx) => {
    // Whether this analysis is the latest is decided on the bath as it is at the write.
    const bath = await q.lockBath(tx, bathId, 'update');
    if (!bath) throw notFound();
    const latest = analysis !== null && input.performedOn >= bath.compositionMeasuredOn;
    const row = await q.insertMaintenance(tx, {
      bathId,
      kind: input.kind,
      performedOn: input.performedOn,
      analysis,
      additions: input.additions,
      note: input.note ?? null,
      createdBy: ctx.actor?.id ?? null,
    });
    let current = bath;
    if (latest) {
      current = await q.updateBath(tx, bathId, { ...analysis, compositionMeasuredOn: input.performedOn });
    }
    const after = presentMaintenance(row, current);
    await recordAudit(tx, ctx, {
      action: 'ef_bath.maintenance_add',
      entityType: 'ef_bath',
      entityId: bathId,
      // An analysis may have moved the bath's current composition too.
      before: latest ? presentBath({ bath, ownerName: '', lastMaintenanceOn: null }).composition : undefined,
      after: latest
        ? {
            entry: after,
            composition: presentBath({ bath: current, ownerName: '', lastMaintenanceOn: null }).composition,
          }
        : { entry: after },
    });
    return after;
  });
}
