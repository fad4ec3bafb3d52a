import {
  type CertificationBody,
  type RecordSource,
  type SnapshotBody,
  type UpdateCertificationBody,
  type UpdateSnapshotBody,
  workersProblem,
  workersTotalOf,
} from '#core/schemas/registry';
import type { Queryable } from '#server/db/client';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError } from '#server/lib/errors';
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
    workersTotal: input.workersTotal,
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

type Workers = { workersMale: number | null; workersFemale: number | null; workersTotal: number | null };

/**
 * The workers total a snapshot stores once `input` is applied to `before` (nothing for a new
 * one): the total sent, else L + P when both parts are known, else the total it had. A total
 * that disagrees with its parts is refused naming `workersTotal`.
 */
export function workersAfter(before: Workers | null, input: Partial<Workers>): number | null {
  const pick = (k: keyof Workers) => (input[k] === undefined ? (before?.[k] ?? null) : input[k]);
  const male = pick('workersMale');
  const female = pick('workersFemale');
  // A total that was only ever the sum of the parts follows them; one given on its own stays.
  const derivedBefore = before
    ? workersTotalOf({ workersMale: before.workersMale, workersFemale: before.workersFemale })
    : null;
  const ownTotal = before?.workersTotal !== null && before?.workersTotal !== derivedBefore;
  let total: number | null;
  if (input.workersTotal !== undefined) total = input.workersTotal;
  else if (male !== null && female !== null) total = male + female;
  else if (ownTotal) total = before?.workersTotal ?? null;
  else total = workersTotalOf({ workersMale: male, workersFemale: female });
  const problem = workersProblem({ workersMale: male, workersFemale: female, workersTotal: total });
  if (problem) throw fieldError('workersTotal', `registry-api:${problem}`);
  return total;
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
    workersTotal: workersAfter(null, input),
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
