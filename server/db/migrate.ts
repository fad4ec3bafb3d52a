import path from 'node:path';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { Database } from './client';

export const MIGRATIONS_DIR = path.resolve(import.meta.dirname, 'migrations');

// Any fixed number: serializes concurrent boots of several app processes on one PostgreSQL.
const MIGRATION_LOCK_ID = 7_351_120;

/** Applies the drizzle-kit migrations; the same SQL files on both engines. */
export async function migrateDatabase(database: Database): Promise<void> {
  const migrationsFolder = MIGRATIONS_DIR;
  if (database.driver.kind === 'pglite') {
    await migratePglite(drizzlePglite(database.driver.client), { migrationsFolder });
    return;
  }
  const client = await database.driver.pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID]);
    await migratePg(drizzlePg(client), { migrationsFolder });
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID]).catch(() => {});
    client.release();
  }
}
