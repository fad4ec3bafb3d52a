import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import type { Database, Db, Queryable } from '#server/db/client';
import * as schema from '#server/db/schema';

/*
 * The demo generator's few direct statements; the rows themselves go in through bulkInsert.
 */

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/** Kecamatan of an area (a regency like 35.73, or a province like 35) with their villages. */
export async function districtsOf(db: Queryable, areaCode: string) {
  const districts = rowsOf<{ code: string; name: string; parent_code: string }>(
    await db.execute(sql`SELECT code, name, parent_code FROM regions
      WHERE level = 'district' AND code LIKE ${`${areaCode}.%`} ORDER BY code`),
  );
  const villages = rowsOf<{ code: string; parent_code: string }>(
    await db.execute(sql`SELECT code, parent_code FROM regions
      WHERE level = 'village' AND code LIKE ${`${areaCode}.%`} ORDER BY code`),
  );
  const byDistrict = new Map<string, string[]>();
  for (const v of villages) byDistrict.set(v.parent_code, [...(byDistrict.get(v.parent_code) ?? []), v.code]);
  return districts.map((d) => ({
    code: d.code,
    name: d.name,
    regencyCode: d.parent_code,
    villages: byDistrict.get(d.code) ?? [],
  }));
}

export async function currentFormId(db: Queryable): Promise<string | null> {
  const rows = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id FROM visit_forms ORDER BY version DESC LIMIT 1`),
  );
  return rows[0]?.id ?? null;
}

export async function countDemoBusinesses(db: Queryable): Promise<number> {
  const rows = rowsOf<{ n: number }>(
    await db.execute(sql`SELECT count(*)::int AS n FROM businesses WHERE source_detail = 'demo'`),
  );
  return rows[0].n;
}

/** Dashboard triggers skip their work on this connection until the load ends with a rebuild. */
export async function deferRollups(db: Queryable, deferred: boolean) {
  await db.execute(sql`SELECT set_config('bina.dash_deferred', ${deferred ? 'on' : 'off'}, false)`);
}

/** Statistics first: the rebuild's joins over freshly loaded tables need them to plan well. */
export async function rebuildRollups(db: Queryable) {
  await db.execute(sql`ANALYZE`);
  await db.execute(sql`SELECT dash_rebuild()`);
  await db.execute(sql`ANALYZE dash_facts, dash_rollup`);
}

/** The tables the demo fills. */
const LOADED = [
  'businesses',
  'owners',
  'business_owners',
  'business_snapshots',
  'visits',
  'visit_versions',
  'needs',
  'need_status_history',
  'need_evidence',
  'training_registrations',
  'training_attendance',
  'training_certificates',
  'training_followups',
  'support_businesses',
  'support_needs',
];

/**
 * Drops the loaded tables' plain (non-unique) indexes and their foreign keys for a bulk load,
 * returning the statements that put them back (`restoreAfterLoad`): built or checked once over
 * the full tables they cost a fraction of being kept row by row (the registry's GIN indexes
 * most of all, as every snapshot and owner statement updates the business rows; each visit
 * checked three references). Unique indexes and keys stay, and keep checking; putting a foreign
 * key back checks every row again.
 */
export async function dropForLoad(db: Queryable): Promise<string[]> {
  const tables = sql.raw(`(${LOADED.map((n) => `'${n}'`).join(', ')})`);
  const keys = rowsOf<{ tab: string; name: string; def: string }>(
    await db.execute(sql`SELECT t.relname AS tab, c.conname AS name, pg_get_constraintdef(c.oid) AS def
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
     WHERE c.contype = 'f' AND t.relname IN ${tables} AND t.relnamespace = current_schema()::regnamespace
     ORDER BY t.relname, c.conname`),
  );
  const indexes = rowsOf<{ name: string; def: string }>(
    await db.execute(sql`SELECT c.relname AS name, pg_get_indexdef(x.indexrelid) AS def
      FROM pg_index x JOIN pg_class c ON c.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
     WHERE t.relname IN ${tables} AND t.relnamespace = current_schema()::regnamespace
       AND NOT x.indisunique AND NOT x.indisprimary
     ORDER BY c.relname`),
  );
  for (const k of keys)
    await db.execute(sql`ALTER TABLE ${sql.identifier(k.tab)} DROP CONSTRAINT ${sql.identifier(k.name)}`);
  for (const i of indexes) await db.execute(sql`DROP INDEX ${sql.identifier(i.name)}`);
  const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;
  return [
    ...indexes.map((i) => i.def),
    ...keys.map((k) => `ALTER TABLE ${quote(k.tab)} ADD CONSTRAINT ${quote(k.name)} ${k.def}`),
  ];
}

export async function restoreAfterLoad(db: Queryable, statements: string[]) {
  for (const s of statements) await db.execute(sql.raw(s));
}

/** Settings for this session's bulk load on PostgreSQL (a crash loses at most the last commits). */
export async function tuneBulkSession(db: Queryable) {
  await db.execute(sql`SELECT set_config('synchronous_commit', 'off', false),
    set_config('maintenance_work_mem', '256MB', false), set_config('work_mem', '64MB', false)`);
}

/**
 * The version history of visits just loaded, copied from their rows: 1 created (submitted)
 * and, for approved ones, 2 approved; by the visiting officer, at the visit's time.
 */
export async function versionsOfVisits(db: Queryable, visitIds: string[]) {
  if (visitIds.length === 0) return;
  await db.execute(sql`INSERT INTO visit_versions (visit_id, version, change, visited_at, form_version, answers, status, actor_id, created_at)
    SELECT v.id, x.version, x.change, v.visited_at, v.form_version, v.answers, x.status, v.officer_id, v.visited_at
      FROM visits v CROSS JOIN (VALUES (1, 'created', 'submitted'), (2, 'approved', 'approved')) AS x(version, change, status)
     WHERE v.id = ANY(${`{${visitIds.join(',')}}`}::uuid[]) AND (x.version = 1 OR v.status = 'approved')`);
}

/**
 * Runs `fn` on one connection: the deferral flag is a session setting, so on PostgreSQL the
 * whole load (and turning the flag off again) must use the same pooled client.
 */
export async function onOneConnection<T>(database: Database, fn: (db: Db) => Promise<T>): Promise<T> {
  if (database.driver.kind === 'pglite') return fn(database.db);
  const client = await database.driver.pool.connect();
  try {
    return await fn(drizzlePg(client, { schema }) as unknown as Db);
  } finally {
    client.release();
  }
}
