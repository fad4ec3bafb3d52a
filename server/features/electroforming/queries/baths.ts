import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { BathStatus } from '#core/schemas/electroforming';
import type { Queryable } from '#server/db/client';
import { efBatches, efBathMaintenance, efBaths, users } from '#server/db/schema';
import { nextVersion } from '#server/db/versions';
import type { ReadScope } from '../policy';
import { ownedBy } from './scope';

export type BathRow = typeof efBaths.$inferSelect;
export type MaintenanceRow = typeof efBathMaintenance.$inferSelect;
export type BathWithOwner = { bath: BathRow; ownerName: string; lastMaintenanceOn: string | null };

const lastMaintenanceOn = sql<
  string | null
>`(select max(m.performed_on)::text from ef_bath_maintenance m where m.bath_id = ${efBaths.id})`;

const bathSelection = { bath: efBaths, ownerName: users.name, lastMaintenanceOn };

export async function listBaths(
  db: Queryable,
  scope: ReadScope,
  filter: { status?: BathStatus },
  page: number,
  pageSize: number,
): Promise<{ items: BathWithOwner[]; total: number }> {
  const where: SQL | undefined = and(
    ownedBy(efBaths.ownerUserId, scope),
    filter.status ? eq(efBaths.status, filter.status) : undefined,
  );
  const items = await db
    .select(bathSelection)
    .from(efBaths)
    .innerJoin(users, eq(users.id, efBaths.ownerUserId))
    .where(where)
    .orderBy(efBaths.status, efBaths.name, efBaths.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(efBaths).where(where);
  return { items, total };
}

/** A bath the scope may see, or undefined (which the caller turns into 404). */
export async function findBath(
  db: Queryable,
  id: string,
  scope: ReadScope,
): Promise<BathWithOwner | undefined> {
  const [row] = await db
    .select(bathSelection)
    .from(efBaths)
    .innerJoin(users, eq(users.id, efBaths.ownerUserId))
    .where(and(eq(efBaths.id, id), ownedBy(efBaths.ownerUserId, scope)));
  return row;
}

export async function countBatchesOfBath(db: Queryable, bathId: string): Promise<number> {
  const [{ total }] = await db.select({ total: count() }).from(efBatches).where(eq(efBatches.bathId, bathId));
  return total;
}

export async function listMaintenance(db: Queryable, bathId: string, page: number, pageSize: number) {
  const where = eq(efBathMaintenance.bathId, bathId);
  const items = await db
    .select()
    .from(efBathMaintenance)
    .where(where)
    .orderBy(desc(efBathMaintenance.performedOn), desc(efBathMaintenance.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(efBathMaintenance).where(where);
  return { items, total };
}

export type NewBath = typeof efBaths.$inferInsert;

export async function insertBath(db: Queryable, values: NewBath): Promise<BathRow> {
  const [row] = await db.insert(efBaths).values(values).returning();
  return row;
}

export async function updateBath(db: Queryable, id: string, set: Partial<NewBath>): Promise<BathRow> {
  const [row] = await db
    .update(efBaths)
    .set({ ...set, updatedAt: nextVersion(efBaths.updatedAt) })
    .where(eq(efBaths.id, id))
    .returning();
  return row;
}

export async function deleteBath(db: Queryable, id: string): Promise<void> {
  await db.delete(efBaths).where(eq(efBaths.id, id));
}

export async function insertMaintenance(
  db: Queryable,
  values: typeof efBathMaintenance.$inferInsert,
): Promise<MaintenanceRow> {
  const [row] = await db.insert(efBathMaintenance).values(values).returning();
  return row;
}

/**
 * Holds the bath row until the transaction ends (`share` to add to it, `update` to change or
 * remove it) and gives it as it is now: what a write checks is read here, not before.
 */
export async function lockBath(
  db: Queryable,
  id: string,
  mode: 'share' | 'update',
): Promise<BathRow | undefined> {
  const [row] = await db.select().from(efBaths).where(eq(efBaths.id, id)).for(mode);
  return row;
}
