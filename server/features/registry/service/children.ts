import type {
  Certification,
  CertificationBody,
  Snapshot,
  SnapshotBody,
  UpdateCertificationBody,
  UpdateSnapshotBody,
} from '#core/schemas/registry';
import { isSameVersion } from '#server/db/versions';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, fieldError, forbidden, notFound } from '#server/lib/errors';
import { canEditBusiness } from '../policy';
import { certificationStatus, presentCertification, presentSnapshot } from '../present/businesses';
import { type SnapshotRow, touchBusiness } from '../queries/businesses';
import {
  deleteCertificationRow,
  deleteSnapshotRow,
  findCertificationOf,
  findSnapshotOf,
  updateCertificationRow,
  updateSnapshotRow,
} from '../queries/figures';
import { loadReadableBusiness } from './access';
import {
  certificationValues,
  insertCertification,
  insertSnapshot,
  snapshotSource,
  snapshotValues,
  workersAfter,
} from './children-records';

/* Yearly snapshots and certifications of one business: same access as editing the business. */

async function editable(ctx: ServiceContext, businessId: string) {
  const loaded = await loadReadableBusiness(ctx, businessId);
  if (!canEditBusiness(ctx.actor, loaded.scope)) throw forbidden();
  return loaded;
}

export async function createSnapshot(
  ctx: ServiceContext,
  businessId: string,
  input: SnapshotBody,
): Promise<Snapshot> {
  await editable(ctx, businessId);
  const row = await ctx.db.transaction((tx) => insertSnapshot(tx, ctx, businessId, input));
  return presentSnapshot(row);
}

async function findSnapshot(ctx: ServiceContext, businessId: string, snapshotId: string) {
  const row = await findSnapshotOf(ctx.db, businessId, snapshotId);
  if (!row) throw notFound();
  return row;
}

/**
 * Corrects a yearly snapshot: checked and written on the locked row, only the fields sent; with
 * `expectedRecordedAt` a newer version answers 409 with the current copy.
 */
export async function updateSnapshot(
  ctx: ServiceContext,
  businessId: string,
  snapshotId: string,
  input: UpdateSnapshotBody,
): Promise<Snapshot> {
  await editable(ctx, businessId);
  await findSnapshot(ctx, businessId, snapshotId);
  const { expectedRecordedAt, ...sent } = input;
  const values = snapshotValues({ ...sent, source: snapshotSource(ctx, input.source ?? undefined) });
  if (values.dataYear === null) throw fieldError('dataYear', 'registry-validation:common.empty');
  return ctx.db.transaction(async (tx) => {
    // The workers check reads the figures as they are at the write (row locked until commit).
    const before = await findSnapshotOf(tx, businessId, snapshotId, { lock: true });
    if (!before) throw notFound();
    if (expectedRecordedAt && !isSameVersion(before.recordedAt, expectedRecordedAt)) {
      const current = presentSnapshot(before);
      throw new AppError('conflict', 'registry-api:errors.stale', {
        details: { recordedAt: current.recordedAt, current },
      });
    }
    const set = { ...values, workersTotal: workersAfter(before, sent) };
    const row = await updateSnapshotRow(tx, snapshotId, {
      ...set,
      estimatedFields: estimatesAfterEdit(before, set),
      recordedBy: ctx.actor?.id ?? null,
    });
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.snapshot_update',
      entityType: 'business',
      entityId: businessId,
      before: presentSnapshot(before),
      after: presentSnapshot(row),
    });
    return presentSnapshot(row);
  });
}

/**
 * The estimate flags left once a person's correction is written: a figure they changed or
 * cleared is theirs now, not an estimate; one sent back as it was (a whole form saved again)
 * stays flagged.
 */
function estimatesAfterEdit(before: SnapshotRow, set: Record<string, unknown>): string[] {
  const had = before as unknown as Record<string, unknown>;
  const same = (a: unknown, b: unknown) =>
    (a ?? null) === (b ?? null) || (a != null && b != null && Number(a) === Number(b));
  return before.estimatedFields.filter((f) => !(f in set) || same(set[f], had[f]));
}

export async function deleteSnapshot(
  ctx: ServiceContext,
  businessId: string,
  snapshotId: string,
): Promise<void> {
  await editable(ctx, businessId);
  const before = await findSnapshot(ctx, businessId, snapshotId);
  await ctx.db.transaction(async (tx) => {
    await deleteSnapshotRow(tx, snapshotId);
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.snapshot_delete',
      entityType: 'business',
      entityId: businessId,
      before: presentSnapshot(before),
    });
  });
}

export async function createCertification(
  ctx: ServiceContext,
  businessId: string,
  input: CertificationBody,
): Promise<Certification> {
  await editable(ctx, businessId);
  const row = await ctx.db.transaction((tx) => insertCertification(tx, ctx, businessId, input));
  return presentCertification(row);
}

async function findCertification(ctx: ServiceContext, businessId: string, certificationId: string) {
  const row = await findCertificationOf(ctx.db, businessId, certificationId);
  if (!row) throw notFound();
  return row;
}

export async function updateCertification(
  ctx: ServiceContext,
  businessId: string,
  certificationId: string,
  input: UpdateCertificationBody,
): Promise<Certification> {
  await editable(ctx, businessId);
  const before = await findCertification(ctx, businessId, certificationId);
  const values = certificationValues(input);
  // The rules the schema checks within a body must also hold against what is stored.
  const type = values.type ?? before.type;
  const label = values.label === undefined ? before.label : values.label;
  const issuedAt = values.issuedAt === undefined ? before.issuedAt : values.issuedAt;
  const expiresAt = values.expiresAt === undefined ? before.expiresAt : values.expiresAt;
  if (type === 'lainnya' && !label) throw fieldError('label', 'registry-api:fields.certificationLabel');
  if (issuedAt && expiresAt && expiresAt < issuedAt)
    throw fieldError('expiresAt', 'registry-api:fields.expiryBeforeIssue');
  return ctx.db.transaction(async (tx) => {
    const row = await updateCertificationRow(tx, certificationId, values);
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.certification_update',
      entityType: 'business',
      entityId: businessId,
      before: presentCertification(before),
      after: presentCertification(row),
    });
    return presentCertification(row);
  });
}

export async function deleteCertification(
  ctx: ServiceContext,
  businessId: string,
  certificationId: string,
): Promise<void> {
  await editable(ctx, businessId);
  const before = await findCertification(ctx, businessId, certificationId);
  await ctx.db.transaction(async (tx) => {
    await deleteCertificationRow(tx, certificationId);
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.certification_delete',
      entityType: 'business',
      entityId: businessId,
      before: { ...presentCertification(before), status: certificationStatus(before.expiresAt) },
    });
  });
}
