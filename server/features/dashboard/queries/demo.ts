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

export async function rebuildRollups(db: Queryable) {
  await db.execute(sql`SELECT dash_rebuild()`);
  await db.execute(sql`ANALYZE`);
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
