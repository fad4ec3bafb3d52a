import { and, eq, ne, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { settings, users } from '#server/db/schema';

export type AccountRow = typeof users.$inferSelect;

export function findUserByEmail(db: Queryable, email: string) {
  return db.query.users.findFirst({ where: sql`lower(${users.email}) = ${email.toLowerCase()}` });
}

export function findUserById(db: Queryable, id: string) {
  return db.query.users.findFirst({ where: eq(users.id, id) });
}

export async function countActiveAdmins(db: Queryable, exceptUserId?: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(users)
    .where(
      and(
        eq(users.role, 'admin'),
        eq(users.active, true),
        exceptUserId ? ne(users.id, exceptUserId) : undefined,
      ),
    );
  return row?.n ?? 0;
}

export async function isSetupCompleted(db: Queryable): Promise<boolean> {
  const row = await db.query.settings.findFirst({ where: eq(settings.key, 'setup_completed') });
  return Boolean(row);
}

/** Claims the one-time setup; false when someone already did it. */
export async function claimSetup(db: Queryable, at: Date): Promise<boolean> {
  const claimed = await db
    .insert(settings)
    .values({ key: 'setup_completed', value: { at: at.toISOString() } })
    .onConflictDoNothing()
    .returning();
  return claimed.length > 0;
}

export async function insertAccount(db: Queryable, values: typeof users.$inferInsert) {
  const [row] = await db.insert(users).values(values).returning();
  return row;
}

export async function updateAccount(db: Queryable, id: string, values: Partial<typeof users.$inferInsert>) {
  const [row] = await db
    .update(users)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function setLastLogin(db: Queryable, id: string, at: Date) {
  await db.update(users).set({ lastLoginAt: at }).where(eq(users.id, id));
}
