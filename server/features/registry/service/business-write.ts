import {
  type Business,
  CreateBusinessBody,
  type CreateBusinessInput,
  UpdateBusinessBody,
} from '#core/schemas/registry';
import type { Queryable, Tx } from '#server/db/client';
import { isSameVersion } from '#server/db/versions';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import {
  canCreateBusinessIn,
  canDeleteBusiness,
  canEditBusiness,
  canMoveBusiness,
  canReadBusiness,
} from '../policy';
import { businessFields } from '../present/businesses';
import {
  type BusinessInsert,
  certificationsOf,
  findBusiness,
  findLiveByNib,
  insertBusiness,
  lockBusiness,
  markBusinessDeleted,
  ownersOfBusiness,
  updateBusinessRow,
} from '../queries/businesses';
import { findRegion } from '../queries/regions';
import {
  checkLocation,
  isUniqueViolation,
  type LoadedBusiness,
  loadReadableBusiness,
  mergedError,
  regencyOf,
  requireRegistry,
  scopeFrom,
  scopeOfBusiness,
} from './access';
import { businessDetail, type DetailParts, presentDetail } from './business-read';
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

/** 403 naming the kecamatan as people know it ("Klojen"), its code when it is not one. */
async function outsideScope(db: Queryable, districtCode: string) {
  const region = await findRegion(db, districtCode);
  return forbidden('registry-api:errors.districtOutsideScope', { name: region?.name ?? districtCode });
}

/** Registers a business with its owners, first snapshot and certifications in one transaction. */
export async function createBusiness(
  ctx: ServiceContext,
  rawInput: CreateBusinessBody | CreateBusinessInput,
): Promise<Saved> {
  const actor = requireRegistry(ctx);
  const input = CreateBusinessBody.parse(rawInput);
  if (actor.role === 'ikm_owner') throw forbidden();
  if (!canCreateBusinessIn(actor, input.districtCode)) throw await outsideScope(ctx.db, input.districtCode);
  await checkLocation(ctx, input.districtCode, input.villageCode);
  if (input.nib) {
    const existing = await findLiveByNib(ctx.db, input.nib);
    if (existing) throw nibTaken(existing);
  }
  const { loaded, parts, warnings } = await saveOrNibConflict(
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
          products: input.products,
          source: input.source,
          sourceDetail: input.sourceDetail ?? null,
          createdBy: actor.id,
        });
        const linked = await linkOwners(tx, ctx, businessId, input.owners, 'owners', input.source, {
          newBusiness: true,
        });
        const snapshot = input.snapshot
          ? await insertSnapshot(tx, ctx, businessId, input.snapshot, { audit: false })
          : null;
        for (const c of input.certifications)
          await insertCertification(tx, ctx, businessId, c, { audit: false });
        // Read once, after the children (their triggers keep the latest figures on the row).
        const saved = (await findBusiness(tx, businessId))!;
        await recordAudit(tx, ctx, {
          action: 'business.create',
          entityType: 'business',
          entityId: businessId,
          after: {
            ...businessFields(saved),
            ownerIds: linked.ownerIds,
            snapshotYears: input.snapshot ? [input.snapshot.dataYear] : [],
            certificationTypes: input.certifications.map((c) => c.type),
          },
        });
        // The answer is what this transaction wrote: only the parts it wrote are read back, and
        // nothing can have been merged into a record that did not exist before it.
        const owners = input.owners.length > 0 ? await ownersOfBusiness(tx, businessId) : [];
        const parts: DetailParts = {
          snapshots: snapshot ? [snapshot] : [],
          certifications: input.certifications.length > 0 ? await certificationsOf(tx, [businessId]) : [],
          mergedFromIds: [],
        };
        const loaded: LoadedBusiness = { row: saved, owners, scope: scopeFrom(saved, owners) };
        return { loaded, parts, warnings: linked.warnings };
      }),
    input.nib,
  );
  if (!canReadBusiness(ctx.actor, loaded.scope)) throw notFound();
  return { business: presentDetail(ctx, loaded, parts), warnings };
}

const present = <T>(value: T | undefined, map: (v: NonNullable<T>) => unknown = (v) => v) =>
  value === undefined ? undefined : value === null ? null : map(value as NonNullable<T>);

export async function updateBusiness(
  ctx: ServiceContext,
  id: string,
  rawInput: UpdateBusinessBody | Record<string, unknown>,
): Promise<Saved> {
  const input = UpdateBusinessBody.parse(rawInput);
  // 404 for what the actor may not read, before anything is locked.
  await loadReadableBusiness(ctx, id);
  try {
    await saveOrNibConflict(
      () => ctx.db.transaction((tx) => writeBusinessEdit(ctx, tx, id, input)),
      input.nib,
    );
  } catch (error) {
    // A stale edit answers with the record as it is now, so the editor can merge and retry.
    if (error instanceof StaleEdit) throw await staleConflict(ctx, id);
    throw error;
  }
  return { business: await businessDetail(ctx, await loadReadableBusiness(ctx, id)), warnings: [] };
}

class StaleEdit extends Error {}

async function staleConflict(ctx: ServiceContext, id: string) {
  const current = await businessDetail(ctx, await loadReadableBusiness(ctx, id));
  return new AppError('conflict', 'registry-api:errors.stale', {
    details: { updatedAt: current.updatedAt, current },
  });
}

/**
 * The edit on the locked record: every check reads the record as it is at the write, and
 * only the fields sent are written (a PATCH of the notes never writes back the location).
 */
async function writeBusinessEdit(ctx: ServiceContext, tx: Tx, id: string, input: UpdateBusinessBody) {
  const row = await lockBusiness(tx, id);
  if (!row) throw notFound();
  if (row.mergedIntoId) throw mergedError(row.mergedIntoId);
  const scope = await scopeOfBusiness(tx, row);
  if (!canReadBusiness(ctx.actor, scope)) throw notFound();
  if (!canEditBusiness(ctx.actor, scope)) throw forbidden();
  if (input.expectedUpdatedAt && !isSameVersion(row.updatedAt, input.expectedUpdatedAt))
    throw new StaleEdit();

  const location: Partial<BusinessInsert> = {};
  const districtCode = input.districtCode ?? row.districtCode;
  const moving = districtCode !== row.districtCode;
  if (moving && !canMoveBusiness(ctx.actor, scope, districtCode)) throw await outsideScope(tx, districtCode);
  if (moving) Object.assign(location, { districtCode, regencyCode: regencyOf(districtCode) });
  if (input.villageCode !== undefined) location.villageCode = input.villageCode;
  // Moving to another kecamatan drops a kelurahan that no longer fits, unless a new one is given.
  else if (moving && row.villageCode && !row.villageCode.startsWith(`${districtCode}.`))
    location.villageCode = null;
  const villageCode = location.villageCode === undefined ? row.villageCode : location.villageCode;
  if (moving || input.villageCode) await checkLocation({ ...ctx, db: tx }, districtCode, villageCode);

  if (input.lat !== undefined) location.lat = present(input.lat, String) as string | null;
  if (input.lng !== undefined) location.lng = present(input.lng, String) as string | null;
  const lat = location.lat === undefined ? row.lat : location.lat;
  const lng = location.lng === undefined ? row.lng : location.lng;
  if ((lat === null) !== (lng === null)) throw latLngPair(lat === null ? 'lat' : 'lng');

  if (input.nib && input.nib !== row.nib) {
    const existing = await findLiveByNib(tx, input.nib, id);
    if (existing) throw nibTaken(existing);
  }
  const { expectedUpdatedAt, districtCode: _d, villageCode: _v, lat: _a, lng: _o, ...rest } = input;
  const set = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (set.exportCountries) set.exportCountries = [...new Set(set.exportCountries as string[])];
  const written = await updateBusinessRow(tx, id, { ...set, ...location }, expectedUpdatedAt);
  if (!written) throw new StaleEdit();
  const after = await findBusiness(tx, id);
  await recordAudit(tx, ctx, {
    action: 'business.update',
    entityType: 'business',
    entityId: id,
    before: businessFields(row),
    after: businessFields(after!),
  });
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
