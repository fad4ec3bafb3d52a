import { and, eq } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { efBatchFinishing, efBatchPieces, efBatchReadings } from '#server/db/schema';

/** The children of a running batch: readings, finishing steps and the QC of its pieces. */

export type NewReading = Omit<typeof efBatchReadings.$inferInsert, 'batchId'>;
export type NewFinishing = Omit<typeof efBatchFinishing.$inferInsert, 'batchId'>;
export type QcUpdate = Pick<
  typeof efBatchPieces.$inferInsert,
  'qcOutcome' | 'qcDefects' | 'qcNote' | 'qcAt' | 'measuredMassG'
>;

const reading = (batchId: string, id: string) =>
  and(eq(efBatchReadings.id, id), eq(efBatchReadings.batchId, batchId));
const finishing = (batchId: string, id: string) =>
  and(eq(efBatchFinishing.id, id), eq(efBatchFinishing.batchId, batchId));
const piece = (batchId: string, id: string) =>
  and(eq(efBatchPieces.id, id), eq(efBatchPieces.batchId, batchId));

export async function insertReading(db: Queryable, batchId: string, values: NewReading) {
  await db.insert(efBatchReadings).values({ ...values, batchId });
}

/** Deletes a reading of this batch; false when there is none with that id. */
export async function deleteReading(db: Queryable, batchId: string, id: string): Promise<boolean> {
  const gone = await db
    .delete(efBatchReadings)
    .where(reading(batchId, id))
    .returning({ id: efBatchReadings.id });
  return gone.length > 0;
}

export async function insertFinishing(db: Queryable, batchId: string, values: NewFinishing) {
  await db.insert(efBatchFinishing).values({ ...values, batchId });
}

/** Deletes a finishing step of this batch; false when there is none with that id. */
export async function deleteFinishing(db: Queryable, batchId: string, id: string): Promise<boolean> {
  const gone = await db
    .delete(efBatchFinishing)
    .where(finishing(batchId, id))
    .returning({ id: efBatchFinishing.id });
  return gone.length > 0;
}

/** Records the QC of a piece of this batch; false when there is none with that id. */
export async function updatePieceQc(
  db: Queryable,
  batchId: string,
  id: string,
  set: QcUpdate,
): Promise<boolean> {
  const changed = await db
    .update(efBatchPieces)
    .set(set)
    .where(piece(batchId, id))
    .returning({ id: efBatchPieces.id });
  return changed.length > 0;
}
