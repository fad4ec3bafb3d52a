import { eq } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { settings } from '#server/db/schema';

/** The feature's row of the shared key–value settings table. */

export async function readSetting(db: Queryable, key: string) {
  return db.query.settings.findFirst({ where: eq(settings.key, key) });
}

export async function writeSetting(db: Queryable, key: string, value: unknown, at: Date): Promise<void> {
  await db
    .insert(settings)
    .values({ key, value, updatedAt: at })
    .onConflictDoUpdate({ target: settings.key, set: { value, updatedAt: at } });
}
