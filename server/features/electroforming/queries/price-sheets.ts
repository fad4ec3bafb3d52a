import { and, count, desc, eq, type SQL } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { efPriceSheets, users } from '#server/db/schema';
import type { ReadScope } from '../policy';
import { ownedBy } from './scope';

export type PriceSheetRow = typeof efPriceSheets.$inferSelect;
export type PriceSheetWithOwner = { sheet: PriceSheetRow; ownerName: string };

const owned = (scope: ReadScope) => ownedBy(efPriceSheets.ownerUserId, scope);
const selection = { sheet: efPriceSheets, ownerName: users.name };

export async function listPriceSheets(
  db: Queryable,
  scope: ReadScope,
  filter: { batchId?: string },
  page: number,
  pageSize: number,
): Promise<{ items: PriceSheetWithOwner[]; total: number }> {
  const where: SQL | undefined = and(
    owned(scope),
    filter.batchId ? eq(efPriceSheets.batchId, filter.batchId) : undefined,
  );
  const items = await db
    .select(selection)
    .from(efPriceSheets)
    .innerJoin(users, eq(users.id, efPriceSheets.ownerUserId))
    .where(where)
    .orderBy(desc(efPriceSheets.createdAt), efPriceSheets.id)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(efPriceSheets).where(where);
  return { items, total };
}

export async function findPriceSheet(
  db: Queryable,
  id: string,
  scope: ReadScope,
): Promise<PriceSheetWithOwner | undefined> {
  const [row] = await db
    .select(selection)
    .from(efPriceSheets)
    .innerJoin(users, eq(users.id, efPriceSheets.ownerUserId))
    .where(and(eq(efPriceSheets.id, id), owned(scope)));
  return row;
}

export async function insertPriceSheet(
  db: Queryable,
  values: typeof efPriceSheets.$inferInsert,
): Promise<PriceSheetRow> {
  const [row] = await db.insert(efPriceSheets).values(values).returning();
  return row;
}

export async function deletePriceSheet(db: Queryable, id: string): Promise<void> {
  await db.delete(efPriceSheets).where(eq(efPriceSheets.id, id));
}
