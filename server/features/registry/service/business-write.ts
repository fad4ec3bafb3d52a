import {
  type Business,
  CreateBusinessBody,
  type CreateBusinessInput,
  UpdateBusinessBody,
} from '#core/schemas/registry';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden } from '#server/lib/errors';
import { canCreateBusinessIn, canDeleteBusiness, canEditBusiness, canMoveBusiness } from '../policy';
import { businessFields } from '../present/businesses';
import {
  findBusiness,
  findLiveByNib,
  insertBusiness,
  markBusinessDeleted,
  updateBusinessRow,
} from '../queries/businesses';
import { checkLocation, isUniqueViolation, loadReadableBusiness, regencyOf, requireRegistry } from './access';
import { businessDetail } from './business-read';
import { insertCertification, insertSnapshot } from './children-records';
import { linkOwners } from './owner-links';
import type { ServiceWarning } from './owner-records';

export type Saved = { business: Business; warnings: ServiceWarning[] };

const nibTaken = (existingId: string) =>
  new AppError('conflict', 'registry-api:errors.nibTaken', {
    details: {
      fields: [{ path: 'nib', code: 'conflict', message: 'registry-api:errors.nibTaken' }],
      existingId,
    },
  });

async function saveOrNibConflict<T>(work: () => Promise<T>, nib: string | null | undefined): Promise<T> {
  try {
    return await work();
  } catch (error) {
    // Two writers racing past the pre-check meet the unique index; answer as the pre-check would.
    if (nib && isUniqueViolation(error, 'businesses_nib_key')) throw nibTaken('');
    throw error;
  }
}

/** Registers a business with its owners, first snapshot and certifications in one transaction. */
export async function createBusiness(
  ctx: ServiceContext,
  rawInput: CreateBusinessBody | CreateBusinessInput,
): Promise<Saved> {
  const actor = requireRegistry(ctx);
  const input = CreateBusinessBody.parse(rawInput);
  if (actor.role === 'ikm_owner') throw forbidden();
  if (!canCreateBusinessIn(actor, input.districtCode))
    throw forbidden('registry-api:errors.districtOutsideScope');
  await checkLocation(ctx, input.districtCode, input.villageCode);
  if (input.nib) {
    const existing = await findLiveByNib(ctx.db, input.nib);
    if (existing) throw nibTaken(existing);
  }
  const { id, warnings } = await saveOrNibConflict(
    () =>
      ctx.db.transaction(async (tx) => {
        const businessId = await insertBusiness(tx, {
          name: input.name,
          brand: input.brand ?? null,
          legalForm: input.legalForm ?? null,
          nib: input.nib ?? null,
          npwp: input.npwp ?? null,
          kbli: input.kbli,
          subsector: input.subsector,
          address: input.address ?? null,
          districtCode: input.districtCode,
          villageCode: input.villageCode ?? null,
          regencyCode: regencyOf(input.districtCode),
          lat: input.lat === undefined ? null : String(input.lat),
          lng: input.lng === undefined ? null : String(input.lng),
          yearFounded: input.yearFounded ?? null,
          sentra: input.sentra ?? null,
          links: input.links,
          exportStatus: input.exportStatus,
          exportCountries: [...new Set(input.exportCountries)],
          notes: input.notes ?? null,
          source: input.source,
          sourceDetail: input.sourceDetail ?? null,
          createdBy: actor.id,
        });
        const row = { id: businessId };
        const linked = await linkOwners(tx, ctx, row.id, input.owners, 'owners', input.source);
        if (input.snapshot) await insertSnapshot(tx, ctx, row.id, input.snapshot, { audit: false });
        for (const c of input.certifications) await insertCertification(tx, ctx, row.id, c, { audit: false });
        const saved = await findBusiness(tx, row.id);
        await recordAudit(tx, ctx, {
          action: 'business.create',
          entityType: 'business',
          entityId: row.id,
          after: {
            ...businessFields(saved!),
            ownerIds: linked.ownerIds,
            snapshotYears: input.snapshot ? [input.snapshot.dataYear] : [],
            certificationTypes: input.certifications.map((c) => c.type),
          },
        });
        return { id: row.id, warnings: linked.warnings };
      }),
    input.nib,
  );
  return { business: await businessDetail(ctx, await loadReadableBusiness(ctx, id)), warnings };
}

const present = <T>(value: T | undefined, map: (v: NonNullable<T>) => unknown = (v) => v) =>
  value === undefined ? undefined : value === null ? null : map(value as NonNullable<T>);

export async function updateBusiness(
  ctx: ServiceContext,
  id: string,
  rawInput: UpdateBusinessBody | Record<string, unknown>,
): Promise<Saved> {
  const input = UpdateBusinessBody.parse(rawInput);
  const loaded = await loadReadableBusiness(ctx, id);
  const { row, scope } = loaded;
  if (!canEditBusiness(ctx.actor, scope)) throw forbidden();
  const districtCode = input.districtCode ?? row.districtCode;
  const moving = districtCode !== row.districtCode;
  if (moving && !canMoveBusiness(ctx.actor, scope, districtCode))
    throw forbidden('registry-api:errors.districtOutsideScope');
  // Moving to another kecamatan drops a kelurahan that no longer fits, unless a new one is given.
  let villageCode = input.villageCode === undefined ? row.villageCode : input.villageCode;
  if (moving && input.villageCode === undefined && villageCode && !villageCode.startsWith(`${districtCode}.`))
    villageCode = null;
  if (moving || input.villageCode) await checkLocation(ctx, districtCode, villageCode);
  if (input.expectedUpdatedAt && new Date(input.expectedUpdatedAt).getTime() !== row.updatedAt.getTime())
    throw new AppError('conflict', 'registry-api:errors.stale', {
      details: { updatedAt: row.updatedAt.toISOString() },
    });
  if (input.nib && input.nib !== row.nib) {
    const existing = await findLiveByNib(ctx.db, input.nib, id);
    if (existing) throw nibTaken(existing);
  }
  const lat = input.lat === undefined ? row.lat : present(input.lat, String);
  const lng = input.lng === undefined ? row.lng : present(input.lng, String);
  if ((lat === null) !== (lng === null)) throw latLngPair(lat === null ? 'lat' : 'lng');
  await saveOrNibConflict(
    () =>
      ctx.db.transaction(async (tx) => {
        const { expectedUpdatedAt: _e, districtCode: _d, villageCode: _v, lat: _a, lng: _o, ...rest } = input;
        const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
        if (set.exportCountries) set.exportCountries = [...new Set(set.exportCountries as string[])];
        await updateBusinessRow(tx, id, {
          ...set,
          districtCode,
          regencyCode: regencyOf(districtCode),
          villageCode,
          lat: lat as string | null,
          lng: lng as string | null,
          updatedAt: new Date(),
        });
        const after = await findBusiness(tx, id);
        await recordAudit(tx, ctx, {
          action: 'business.update',
          entityType: 'business',
          entityId: id,
          before: businessFields(row),
          after: businessFields(after!),
        });
      }),
    input.nib,
  );
  return { business: await businessDetail(ctx, await loadReadableBusiness(ctx, id)), warnings: [] };
}

function latLngPair(path: 'lat' | 'lng') {
  return new AppError('validation_failed', 'errors:codes.validation_failed', {
    details: { fields: [{ path, code: 'custom', message: 'registry-api:fields.latLngPair' }] },
  });
}

/** Soft delete: the record leaves every list and frees its NIB; snapshots and history stay. */
export async function deleteBusiness(ctx: ServiceContext, id: string): Promise<void> {
  const { row, scope } = await loadReadableBusiness(ctx, id);
  if (!canDeleteBusiness(ctx.actor, scope)) throw forbidden();
  await ctx.db.transaction(async (tx) => {
    await markBusinessDeleted(tx, id);
    await recordAudit(tx, ctx, {
      action: 'business.delete',
      entityType: 'business',
      entityId: id,
      before: businessFields(row),
    });
  });
}
