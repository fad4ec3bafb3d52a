import type {
  CertificationBody,
  RecordSource,
  SnapshotBody,
  UpdateCertificationBody,
  UpdateSnapshotBody,
} from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { presentCertification, presentSnapshot } from '../present/businesses';
import { type CertificationRow, type SnapshotRow, touchBusiness } from '../queries/businesses';
import {
  type CertificationInsert,
  insertCertificationRow,
  insertSnapshotRow,
  type SnapshotInsert,
} from '../queries/figures';

/* Inserts shared by the business use cases; each audits on the business's history unless told not to. */

type Options = { audit?: boolean };

const numeric = (v: number | null | undefined) =>
  v === undefined ? undefined : v === null ? null : String(v);

/** Snapshot columns from a create or update body; `undefined` leaves a column as it is. */
export function snapshotValues(input: Partial<SnapshotBody> | UpdateSnapshotBody) {
  const values = {
    dataYear: input.dataYear,
    source: input.source,
    workersMale: input.workersMale,
    workersFemale: input.workersFemale,
    investmentIdr: input.investmentIdr,
    capacity: numeric(input.capacity),
    capacityUnit: input.capacityUnit,
    outputQuantity: numeric(input.outputQuantity),
    outputValueIdr: input.outputValueIdr,
    rawMaterials: input.rawMaterials,
    turnoverMonthlyIdr: input.turnoverMonthlyIdr,
    turnoverYearlyIdr: input.turnoverYearlyIdr,
    sourceDetail: input.sourceDetail,
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<SnapshotInsert>;
}

/** An IKM owner's own figures are always marked as a self-update, whatever the form said. */
export function snapshotSource(
  ctx: ServiceContext,
  requested: RecordSource | undefined,
): RecordSource | undefined {
  return ctx.actor?.role === 'ikm_owner' ? 'owner_self_update' : requested;
}

export async function insertSnapshot(
  tx: Queryable,
  ctx: ServiceContext,
  businessId: string,
  input: SnapshotBody,
  options: Options = {},
): Promise<SnapshotRow> {
  const row = await insertSnapshotRow(tx, {
    ...snapshotValues(input),
    businessId,
    dataYear: input.dataYear,
    source: snapshotSource(ctx, input.source) ?? 'manual',
    recordedBy: ctx.actor?.id ?? null,
  });
  if (options.audit !== false) {
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.snapshot_create',
      entityType: 'business',
      entityId: businessId,
      after: presentSnapshot(row),
    });
  }
  return row;
}

export function certificationValues(input: Partial<CertificationBody> | UpdateCertificationBody) {
  const values = {
    type: input.type,
    label: input.label,
    number: input.number,
    issuedAt: input.issuedAt,
    expiresAt: input.expiresAt,
  };
  return Object.fromEntries(
    Object.entries(values).filter(([, v]) => v !== undefined),
  ) as Partial<CertificationInsert>;
}

export async function insertCertification(
  tx: Queryable,
  ctx: ServiceContext,
  businessId: string,
  input: CertificationBody,
  options: Options = {},
): Promise<CertificationRow> {
  const row = await insertCertificationRow(tx, {
    ...certificationValues(input),
    businessId,
    type: input.type,
  });
  if (options.audit !== false) {
    await touchBusiness(tx, businessId);
    await recordAudit(tx, ctx, {
      action: 'business.certification_create',
      entityType: 'business',
      entityId: businessId,
      after: presentCertification(row),
    });
  }
  return row;
}
