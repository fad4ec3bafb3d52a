import { and, asc, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { BatchStatus } from '#core/schemas/electroforming';
import type { Queryable } from '#server/db/client';
import {
  efBatches,
  efBatchFinishing,
  efBatchPieces,
  efBatchReadings,
  efBaths,
  users,
} from '#server/db/schema';
import type { ReadScope } from '../policy';
import { ownedBy } from './scope';

export type BatchRow = typeof efBatches.$inferSelect;
export type PieceRow = typeof efBatchPieces.$inferSelect;
export type ReadingRow = typeof efBatchReadings.$inferSelect;
export type FinishingRow = typeof efBatchFinishing.$inferSelect;
export type QcCounts = { pieces: number; pass: number; rework: number; reject: number };
export type BatchWithNames = { batch: BatchRow; bathName: string; ownerName: string } & QcCounts;

const outcome = (value: string) =>
  sql<number>`(count(*) filter (where ${efBatchPieces.qcOutcome} = ${value}))::int`;

function pieceCounts(db: Queryable) {
  return db
    .select({
      batchId: efBatchPieces.batchId,
      pieces: sql<number>`count(*)::int`.as('pieces'),
      pass: outcome('pass').as('pass'),
      rework: outcome('rework').as('rework'),
      reject: outcome('reject').as('reject'),
    })
    .from(efBatchPieces)
    .groupBy(efBatchPieces.batchId)
    .as('piece_counts');
}

function selectBatches(db: Queryable) {
  const pc = pieceCounts(db);
  return db
    .select({
      batch: efBatches,
      bathName: efBaths.name,
      ownerName: users.name,
      pieces: sql<number>`coalesce(${pc.pieces}, 0)::int`,
      pass: sql<number>`coalesce(${pc.pass}, 0)::int`,
      rework: sql<number>`coalesce(${pc.rework}, 0)::int`,
      reject: sql<number>`coalesce(${pc.reject}, 0)::int`,
    })
    .from(efBatches)
    .innerJoin(efBaths, eq(efBaths.id, efBatches.bathId))
    .innerJoin(users, eq(users.id, efBatches.ownerUserId))
    .leftJoin(pc, eq(pc.batchId, efBatches.id));
}

export type BatchFilter = { bathId?: string; status?: BatchStatus };

export async function listBatches(
  db: Queryable,
  scope: ReadScope,
  filter: BatchFilter,
  page: number,
  pageSize: number,
): Promise<{ items: BatchWithNames[]; total: number }> {
  const where: SQL | undefined = and(
    ownedBy(efBatches.ownerUserId, scope),
    filter.bathId ? eq(efBatches.bathId, filter.bathId) : undefined,
    filter.status ? eq(efBatches.status, filter.status) : undefined,
  );
  const items = await selectBatches(db)
    .where(where)
    .orderBy(desc(efBatches.createdAt), efBatches.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(efBatches).where(where);
  return { items, total };
}

export async function findBatch(
  db: Queryable,
  id: string,
  scope: ReadScope,
): Promise<BatchWithNames | undefined> {
  const [row] = await selectBatches(db).where(
    and(eq(efBatches.id, id), ownedBy(efBatches.ownerUserId, scope)),
  );
  return row;
}

export type BatchChildren = { pieces: PieceRow[]; readings: ReadingRow[]; finishing: FinishingRow[] };

export async function batchChildren(db: Queryable, batchId: string): Promise<BatchChildren> {
  const pieces = await db
    .select()
    .from(efBatchPieces)
    .where(eq(efBatchPieces.batchId, batchId))
    .orderBy(asc(efBatchPieces.position));
  const readings = await db
    .select()
    .from(efBatchReadings)
    .where(eq(efBatchReadings.batchId, batchId))
    .orderBy(asc(efBatchReadings.at), asc(efBatchReadings.createdAt));
  const finishing = await db
    .select()
    .from(efBatchFinishing)
    .where(eq(efBatchFinishing.batchId, batchId))
    .orderBy(asc(efBatchFinishing.performedOn), asc(efBatchFinishing.createdAt));
  return { pieces, readings, finishing };
}

/** Batches still `planned` in a bath: their plan follows the bath's efficiency and window. */
export async function plannedBatchesOfBath(db: Queryable, bathId: string): Promise<BatchRow[]> {
  return db
    .select()
    .from(efBatches)
    .where(and(eq(efBatches.bathId, bathId), eq(efBatches.status, 'planned')));
}

export async function piecesOf(db: Queryable, batchId: string): Promise<PieceRow[]> {
  return db
    .select()
    .from(efBatchPieces)
    .where(eq(efBatchPieces.batchId, batchId))
    .orderBy(asc(efBatchPieces.position));
}

export type NewBatch = typeof efBatches.$inferInsert;
export type NewPiece = Omit<typeof efBatchPieces.$inferInsert, 'batchId'>;

export async function insertBatch(db: Queryable, values: NewBatch): Promise<BatchRow> {
  const [row] = await db.insert(efBatches).values(values).returning();
  return row;
}

/** Changes a batch and stamps it as updated (an empty `set` only stamps it). */
export async function updateBatch(db: Queryable, id: string, set: Partial<NewBatch>): Promise<void> {
  await db
    .update(efBatches)
    .set({ ...set, updatedAt: new Date() })
    .where(eq(efBatches.id, id));
}

export async function deleteBatch(db: Queryable, id: string): Promise<void> {
  await db.delete(efBatches).where(eq(efBatches.id, id));
}

export async function insertPieces(db: Queryable, batchId: string, pieces: readonly NewPiece[]) {
  await db.insert(efBatchPieces).values(pieces.map((p) => ({ ...p, batchId })));
}

/** Replaces every piece of a batch. */
export async function replacePieces(db: Queryable, batchId: string, pieces: readonly NewPiece[]) {
  await db.delete(efBatchPieces).where(eq(efBatchPieces.batchId, batchId));
  await insertPieces(db, batchId, pieces);
}

/** Holds the batch row until the transaction ends: changes of one batch take turns. */
export async function lockBatch(db: Queryable, id: string): Promise<void> {
  await db.select({ id: efBatches.id }).from(efBatches).where(eq(efBatches.id, id)).for('update');
}
