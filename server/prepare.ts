import type { Database } from './db/client';
import { migrateDatabase } from './db/migrate';
import { formsSeeder } from './features/monitoring/service';
import { regionsSeeder } from './features/registry/service';

/** Reference data a feature loads once into a fresh database (idempotent). */
export type Seeder = (database: Database) => Promise<void>;

/** Each feature's seeder, exported from its service entry. */
const SEEDERS: Seeder[] = [regionsSeeder, formsSeeder];

/** Brings a database to the current schema and reference data: at boot and for test templates. */
export async function prepareDatabase(database: Database): Promise<void> {
  await migrateDatabase(database);
  for (const seed of SEEDERS) await seed(database);
}
