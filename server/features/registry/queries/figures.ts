import { and, eq } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { businessSnapshots, certifications } from '#server/db/schema';
import { nextVersion } from '#server/db/versions';
import type { CertificationRow, SnapshotRow } from './businesses';

/* The yearly snapshots and certifications of businesses. */

export type SnapshotInsert = typeof businessSnapshots.$inferInsert;
export type CertificationInsert = typeof certifications.$inferInsert;

export async function insertSnapshotRow(db: Queryable, values: SnapshotInsert): Promise<SnapshotRow> {
  const [row] = await db.insert(businessSnapshots).values(values).returning();
  return row;
}

/** The snapshot, if it belongs to this business. */
export async function findSnapshotOf(
  db: Queryable,
  businessId: string,
  snapshotId: string,
  options: { lock?: boolean } = {},
) {
  const query = db
    .select()
    .from(businessSnapshots)
    .where(and(eq(businessSnapshots.id, snapshotId), eq(businessSnapshots.businessId, businessId)));
  const [row] = options.lock ? await query.for('update') : await query;
  return row as SnapshotRow | undefined;
}

export async function updateSnapshotRow(
  db: Queryable,
  id: string,
  values: Partial<SnapshotInsert>,
): Promise<SnapshotRow> {
  // recordedAt is the snapshot's version: always later than the one it replaces.
  const [row] = await db
    .update(businessSnapshots)
    .set({ ...values, recordedAt: nextVersion(businessSnapshots.recordedAt) })
    .where(eq(businessSnapshots.id, id))
    .returning();
  return row;
}

export async function deleteSnapshotRow(db: Queryable, id: string) {
  await db.delete(businessSnapshots).where(eq(businessSnapshots.id, id));
}

export async function insertCertificationRow(
  db: Queryable,
  values: CertificationInsert,
): Promise<CertificationRow> {
  const [row] = await db.insert(certifications).values(values).returning();
  return row;
}

/** The certification, if it belongs to this business. */
export async function findCertificationOf(db: Queryable, businessId: string, certificationId: string) {
  const [row] = await db
    .select()
    .from(certifications)
    .where(and(eq(certifications.id, certificationId), eq(certifications.businessId, businessId)));
  return row as CertificationRow | undefined;
}

export async function updateCertificationRow(
  db: Queryable,
  id: string,
  values: Partial<CertificationInsert>,
): Promise<CertificationRow> {
  const [row] = await db.update(certifications).set(values).where(eq(certifications.id, id)).returning();
  return row;
}

export async function deleteCertificationRow(db: Queryable, id: string) {
  await db.delete(certifications).where(eq(certifications.id, id));
}
