import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../db/client';
import { withDatabase } from './urls';

/** A fresh, migrated and seeded database for one test file: PGlite in-process or PostgreSQL. */
export async function createTestDatabase(): Promise<Database> {
  const target = inject('testDb');
  if (target.kind === 'pglite') {
    const dump = await readFile(target.dumpFile);
    return openDatabase({ kind: 'pglite', dir: null, loadDataDir: new Blob([dump]) });
  }
  const name = `bk_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: target.adminUrl });
  await admin.connect();
  try {
    // Copies from one template can collide when workers start together; retry briefly.
    for (let attempt = 0; ; attempt++) {
      try {
        await admin.query(`CREATE DATABASE ${name} TEMPLATE ${target.template}`);
        break;
      } catch (error) {
        if (attempt >= 20) throw error;
        await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
      }
    }
  } finally {
    await admin.end();
  }
  const database = await openDatabase({ kind: 'postgres', url: withDatabase(target.adminUrl, name), max: 5 });
  const close = database.close;
  database.close = async () => {
    await close();
    const dropper = new pg.Client({ connectionString: target.adminUrl });
    await dropper.connect();
    await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).catch(() => {});
    await dropper.end();
  };
  return database;
}
