import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { ExtractTablesWithRelations, Logger } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Anything that can run a query: the database or an open transaction. */
export type Queryable = Db | Tx;

export type DbKind = 'pglite' | 'postgres';

export type Database = {
  kind: DbKind;
  db: Db;
  /** Runs raw SQL (several statements allowed); for migrations helpers, bulk loads and benches. */
  exec(sqlText: string): Promise<void>;
  close(): Promise<void>;
  /** The underlying driver, for the rare code that needs engine specifics (e.g. COPY in bench). */
  driver: { kind: 'pglite'; client: PGlite } | { kind: 'postgres'; pool: pg.Pool };
};

export type DatabaseOptions = (
  | { kind: 'pglite'; dir: string | null; loadDataDir?: Blob }
  | { kind: 'postgres'; url: string; max?: number }
) & {
  /** Sees every statement the app sends (the bench counts statements per request with it). */
  logger?: Logger;
};

/** The one place that chooses the engine. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'pglite') {
    const client = await PGlite.create({
      ...(options.dir ? { dataDir: options.dir } : {}),
      ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
      extensions: { pg_trgm, unaccent },
    });
    const db = drizzlePglite(client, { schema, logger: options.logger }) as unknown as Db;
    return {
      kind: 'pglite',
      db,
      exec: async (sqlText) => {
        await client.exec(sqlText);
      },
      close: () => client.close(),
      driver: { kind: 'pglite', client },
    };
  }
  const pool = new pg.Pool({ connectionString: options.url, max: options.max ?? 10 });
  // An idle client losing its connection must not crash the process.
  pool.on('error', () => {});
  // No JIT: every statement here is an index look-up or a sum over a few thousand rollup rows,
  // but the planner's guesses for the set-returning functions and the summary's one statement
  // pass jit_above_cost, and compiling took longer than running (bench (f), 500,000 IKM: the
  // whole-province summary 99 -> 50 ms p95; a visit's outcome refresh 700 -> 1.4 ms). Sent
  // before the pool hands the new connection out.
  pool.on('connect', (client) => {
    client.query('SET jit = off').catch(() => {});
  });
  const db = drizzlePg(pool, { schema, logger: options.logger }) as unknown as Db;
  return {
    kind: 'postgres',
    db,
    exec: async (sqlText) => {
      await pool.query(sqlText);
    },
    close: () => pool.end(),
    driver: { kind: 'postgres', pool },
  };
}
