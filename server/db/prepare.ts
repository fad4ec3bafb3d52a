import { regionsSeeder } from '../features/registry/seed-regions';
import type { Database } from './client';
import { migrateDatabase } from './migrate';

/** Reference data a feature loads once into a fresh database (idempotent). */
export type Seeder = (database: Database) => Promise<void>;

const SEEDERS: Seeder[] = [regionsSeeder];

/** Brings a database to the current schema and reference data: at boot and for test templates. */
export async function prepareDatabase(database: Database): Promise<void> {
  await migrateDatabase(database);
  for (const seed of SEEDERS) await seed(database);
}
