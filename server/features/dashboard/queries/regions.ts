import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { rowsOf, textArray } from './source';

/** Names of kecamatan codes (the figures name the areas they cover). */
export async function regionNames(db: Queryable, codes: string[]): Promise<Map<string, string>> {
  if (codes.length === 0) return new Map();
  const rows = rowsOf<{ code: string; name: string }>(
    await db.execute(sql`SELECT code, name FROM regions WHERE code = ANY(${textArray(codes)})`),
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** The kecamatan of the home regency, in code order (rows of the matrix even when empty). */
export async function homeDistricts(db: Queryable, regencyCode: string): Promise<string[]> {
  const rows = rowsOf<{ code: string }>(
    await db.execute(
      sql`SELECT code FROM regions WHERE level = 'district' AND parent_code = ${regencyCode} ORDER BY code`,
    ),
  );
  return rows.map((r) => r.code);
}
