import { sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';

/*
 * What the catalog shows of a batch as quality evidence: counts of QC outcomes and the defects
 * seen, never readings, costs or notes.
 */

export type BatchQcRow = {
  id: string;
  ownerUserId: string;
  name: string;
  status: string;
  completedAt: Date | string | null;
  pieces: number;
  passed: number;
  rework: number;
  rejected: number;
  defects: string[];
};

export async function batchQcOf(db: Queryable, ids: readonly string[]): Promise<BatchQcRow[]> {
  if (ids.length === 0) return [];
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const result = await db.execute(sql`
    SELECT b.id, b.owner_user_id AS "ownerUserId", b.name, b.status, b.completed_at AS "completedAt",
      count(p.id)::int AS pieces,
      count(p.id) FILTER (WHERE p.qc_outcome = 'pass')::int AS passed,
      count(p.id) FILTER (WHERE p.qc_outcome = 'rework')::int AS rework,
      count(p.id) FILTER (WHERE p.qc_outcome = 'reject')::int AS rejected,
      coalesce((SELECT array_agg(DISTINCT d ORDER BY d) FROM ef_batch_pieces p2, unnest(p2.qc_defects) d
        WHERE p2.batch_id = b.id), '{}'::text[]) AS defects
    FROM ef_batches b LEFT JOIN ef_batch_pieces p ON p.batch_id = b.id
    WHERE b.id IN (${list})
    GROUP BY b.id`);
  return (result as { rows: BatchQcRow[] }).rows;
}

export async function ratesSettingRow(db: Queryable, key: string) {
  const result = await db.execute(
    sql`SELECT value, updated_at AS "updatedAt" FROM settings WHERE key = ${key}`,
  );
  const rows = (result as { rows: { value: Record<string, unknown>; updatedAt: Date | string }[] }).rows;
  return rows[0] ?? null;
}
