import { and, count, desc, eq, ilike, or, type SQL } from 'drizzle-orm';
import type { Role } from '#core/schemas/common';
import type { Queryable } from '#server/db/client';
import { users } from '#server/db/schema';

export type UserFilter = { q?: string; role?: Role; active?: boolean };

function where(filter: UserFilter): SQL | undefined {
  const term = filter.q ? `%${filter.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  return and(
    term ? or(ilike(users.name, term), ilike(users.email, term)) : undefined,
    filter.role ? eq(users.role, filter.role) : undefined,
    filter.active === undefined ? undefined : eq(users.active, filter.active),
  );
}

export async function listUsers(db: Queryable, filter: UserFilter, page: number, pageSize: number) {
  const condition = where(filter);
  const items = await db
    .select()
    .from(users)
    .where(condition)
    .orderBy(desc(users.active), users.name)
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(users).where(condition);
  return { items, total };
}

export async function insertUser(db: Queryable, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function updateUser(db: Queryable, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}
