import { and, count, desc, eq, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { imports } from '#server/db/schema';

/* The imports table: one row per upload, its progress, outcome and report. */

export type ImportRow = typeof imports.$inferSelect;
export type ImportInsert = typeof imports.$inferInsert;

// Serializes imports across processes sharing one PostgreSQL (PGlite has one connection anyway).
const IMPORT_LOCK = 7_351_121;

/** Waits for any other import's transaction to end; held until this transaction ends. */
export async function lockImports(tx: Queryable) {
  await tx.execute(sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`);
}

export async function insertImport(db: Queryable, values: ImportInsert): Promise<ImportRow> {
  const [row] = await db.insert(imports).values(values).returning();
  return row;
}

export async function updateImport(db: Queryable, id: string, values: Partial<ImportInsert>) {
  await db.update(imports).set(values).where(eq(imports.id, id));
}

/**
 * Marks as failed ('interrupted') the running imports that stopped sending heartbeats — their
 * process died. One UPDATE claims each row, so two processes sweeping at once (or a sweep and a
 * late heartbeat) never both act on one job: each id is returned exactly once.
 */
export async function failSilentImports(db: Queryable, staleMs: number, failure: string): Promise<string[]> {
  const rows = await db
    .update(imports)
    .set({ status: 'failed', failure, finishedAt: sql`now()` })
    .where(
      and(
        eq(imports.status, 'running'),
        sql`${imports.heartbeatAt} < now() - make_interval(secs => ${staleMs / 1000})`,
      ),
    )
    .returning({ id: imports.id });
  return rows.map((r) => r.id);
}

export async function findImport(db: Queryable, id: string): Promise<ImportRow | undefined> {
  const [row] = await db.select().from(imports).where(eq(imports.id, id));
  return row;
}

export type ImportFilter = { createdBy?: string; dryRun?: boolean };

/** One page of imports, newest first. */
export async function listImportRows(db: Queryable, filter: ImportFilter, page: number, pageSize: number) {
  const filters: SQL[] = [];
  if (filter.createdBy !== undefined) filters.push(eq(imports.createdBy, filter.createdBy));
  if (filter.dryRun !== undefined) filters.push(eq(imports.dryRun, filter.dryRun));
  const where = filters.length > 0 ? and(...filters) : undefined;
  const rows = await db
    .select()
    .from(imports)
    .where(where)
    .orderBy(desc(imports.createdAt))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(imports).where(where);
  return { rows, total };
}
