import { type SQL, sql } from 'drizzle-orm';
import type {
  NeedCategory,
  NeedChangeSource,
  NeedEvidenceSource,
  NeedPriority,
  NeedStatus,
} from '#core/domain/needs';
import type { Queryable } from '#server/db/client';
import { rows } from './rows';

/*
 * All SQL of the needs inventory. `scope` is a subquery of the business ids the asker may
 * touch (registry's readableBusinessIds), or null for everything; writes carry it in the
 * statement itself.
 */

export type NeedRow = {
  id: string;
  businessId: string;
  businessName: string;
  districtCode: string;
  districtName: string | null;
  category: NeedCategory;
  priority: NeedPriority;
  description: string;
  status: NeedStatus;
  evidenceSource: NeedEvidenceSource;
  evidenceRef: string | null;
  identifiedOn: string;
  updatedAt: Date | string;
};

const NEED_COLUMNS = sql`n.id, n.business_id AS "businessId", b.name AS "businessName",
  n.district_code AS "districtCode", d.name AS "districtName", n.category, n.priority, n.description,
  n.status, n.evidence_source AS "evidenceSource", n.evidence_ref AS "evidenceRef",
  n.identified_on::text AS "identifiedOn", n.updated_at AS "updatedAt"`;

const FROM = sql`FROM needs n JOIN businesses b ON b.id = n.business_id LEFT JOIN regions d ON d.code = n.district_code`;

export type NeedFilter = {
  businessId?: string;
  category?: string;
  districtCode?: string;
  status?: string;
  priority?: string;
};

function conditions(filter: NeedFilter, scope: SQL | null): SQL {
  const parts: SQL[] = [sql`b.deleted_at IS NULL AND b.merged_into_id IS NULL`];
  if (scope) parts.push(sql`n.business_id IN (${scope})`);
  if (filter.businessId) parts.push(sql`n.business_id = ${filter.businessId}`);
  if (filter.category) parts.push(sql`n.category = ${filter.category}`);
  if (filter.districtCode) parts.push(sql`n.district_code = ${filter.districtCode}`);
  if (filter.priority) parts.push(sql`n.priority = ${filter.priority}`);
  if (filter.status === 'open') parts.push(sql`n.status IN ('identified', 'planned', 'in_progress')`);
  else if (filter.status === 'closed') parts.push(sql`n.status IN ('met', 'not_pursued')`);
  else if (filter.status) parts.push(sql`n.status = ${filter.status}`);
  return sql.join(parts, sql` AND `);
}

export async function listNeeds(
  db: Queryable,
  filter: NeedFilter,
  scope: SQL | null,
  page: { limit: number; offset: number },
) {
  const where = conditions(filter, scope);
  const [items, [count]] = await Promise.all([
    rows<NeedRow>(
      db,
      sql`SELECT ${NEED_COLUMNS} ${FROM} WHERE ${where}
        ORDER BY CASE n.priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, n.updated_at DESC, n.id
        LIMIT ${page.limit} OFFSET ${page.offset}`,
    ),
    rows<{ n: number }>(db, sql`SELECT count(*)::int AS n ${FROM} WHERE ${where}`),
  ]);
  return { items, total: count?.n ?? 0 };
}

export async function findNeed(db: Queryable, id: string): Promise<NeedRow | undefined> {
  const [row] = await rows<NeedRow>(db, sql`SELECT ${NEED_COLUMNS} ${FROM} WHERE n.id = ${id}`);
  return row;
}

export async function needsByIds(db: Queryable, ids: readonly string[]): Promise<NeedRow[]> {
  if (ids.length === 0) return [];
  return rows<NeedRow>(
    db,
    sql`SELECT ${NEED_COLUMNS} ${FROM} WHERE n.id IN (${sql.join(
      ids.map((id) => sql`${id}::uuid`),
      sql`, `,
    )}) ORDER BY n.category, n.id`,
  );
}

/** Holds the need for a status change (the rule is checked against what is locked). */
export async function lockNeed(db: Queryable, id: string) {
  const [row] = await rows<{ id: string; status: NeedStatus; businessId: string; districtCode: string }>(
    db,
    sql`SELECT id, status, business_id AS "businessId", district_code AS "districtCode"
      FROM needs WHERE id = ${id} FOR UPDATE`,
  );
  return row;
}

export async function lockNeeds(db: Queryable, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return rows<{ id: string; status: NeedStatus; businessId: string }>(
    db,
    sql`SELECT id, status, business_id AS "businessId" FROM needs
      WHERE id IN (${sql.join(
        ids.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) ORDER BY id FOR UPDATE`,
  );
}

export async function setNeedStatus(db: Queryable, id: string, status: NeedStatus) {
  await db.execute(sql`UPDATE needs SET status = ${status}, updated_at = now(),
    closed_at = CASE WHEN ${status} IN ('met', 'not_pursued') THEN now() ELSE NULL END
    WHERE id = ${id}`);
}

export type HistoryEntry = {
  needId: string;
  fromStatus: NeedStatus | null;
  toStatus: NeedStatus;
  note: string | null;
  source: NeedChangeSource;
  actorId: string | null;
  supportId?: string | null;
};

export async function addHistory(db: Queryable, e: HistoryEntry) {
  await db.execute(sql`INSERT INTO need_status_history (need_id, from_status, to_status, note, source, actor_id, support_id)
    VALUES (${e.needId}, ${e.fromStatus}, ${e.toStatus}, ${e.note}, ${e.source}, ${e.actorId}, ${e.supportId ?? null})`);
}

export type NewNeed = {
  businessId: string;
  category: NeedCategory;
  priority: NeedPriority;
  description: string;
  evidenceSource: NeedEvidenceSource;
  evidenceRef: string | null;
  identifiedOn: string;
  actorId: string | null;
};

/**
 * Inserts an open need unless the business already has one in this category (then nothing).
 * The business must be live and inside `scope`, checked in the same statement.
 */
export async function insertNeed(db: Queryable, n: NewNeed, scope: SQL | null): Promise<string | null> {
  const [row] = await rows<{ id: string }>(
    db,
    sql`INSERT INTO needs (business_id, district_code, category, priority, description, evidence_source,
        evidence_ref, identified_on, created_by)
      SELECT b.id, b.district_code, ${n.category}, ${n.priority}, ${n.description}, ${n.evidenceSource},
        ${n.evidenceRef}, ${n.identifiedOn}::date, ${n.actorId}
      FROM businesses b
      WHERE b.id = ${n.businessId} AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
        ${scope ? sql`AND b.id IN (${scope})` : sql``}
      ON CONFLICT (business_id, category) WHERE status IN ('identified', 'planned', 'in_progress') DO NOTHING
      RETURNING id`,
  );
  return row?.id ?? null;
}

/**
 * Creates the open need of (business, category) or finds the one there is: under concurrent
 * callers exactly one row is inserted (the partial unique index), the others update it. A
 * higher priority raises the stored one; a lower one leaves it.
 */
export async function upsertOpenNeed(
  db: Queryable,
  n: NewNeed,
): Promise<{ id: string; inserted: boolean } | null> {
  const [row] = await rows<{ id: string; inserted: boolean }>(
    db,
    sql`INSERT INTO needs AS n (business_id, district_code, category, priority, description, evidence_source,
        evidence_ref, identified_on, created_by)
      SELECT b.id, b.district_code, ${n.category}, ${n.priority}, ${n.description}, ${n.evidenceSource},
        ${n.evidenceRef}, ${n.identifiedOn}::date, ${n.actorId}
      FROM businesses b
      WHERE b.id = ${n.businessId} AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
      ON CONFLICT (business_id, category) WHERE status IN ('identified', 'planned', 'in_progress')
      DO UPDATE SET updated_at = now(),
        priority = CASE WHEN array_position(ARRAY['high', 'medium', 'low'], EXCLUDED.priority)
            < array_position(ARRAY['high', 'medium', 'low'], n.priority) THEN EXCLUDED.priority ELSE n.priority END
      RETURNING n.id, (xmax = 0) AS inserted`,
  );
  return row ? { id: row.id, inserted: Boolean(row.inserted) } : null;
}

export type EvidenceEntry = {
  needId: string;
  source: NeedEvidenceSource;
  ref: string;
  visitId: string | null;
  observedOn: string;
  note: string | null;
  actorId: string | null;
};

/** Records one sighting; the same visit, gap or survey again is not recorded twice. */
export async function addEvidence(db: Queryable, e: EvidenceEntry): Promise<boolean> {
  const added = await rows<{ id: number }>(
    db,
    sql`INSERT INTO need_evidence (need_id, source, ref, visit_id, observed_on, note, actor_id)
      VALUES (${e.needId}, ${e.source}, ${e.ref}, ${e.visitId}, ${e.observedOn}::date, ${e.note}, ${e.actorId})
      ON CONFLICT (need_id, source, ref) DO NOTHING RETURNING id`,
  );
  return added.length > 0;
}

export type HistoryRow = {
  fromStatus: NeedStatus | null;
  toStatus: NeedStatus;
  note: string | null;
  source: NeedChangeSource;
  actorId: string | null;
  actorName: string | null;
  supportId: string | null;
  at: Date | string;
};

export function historyOf(db: Queryable, needId: string) {
  return rows<HistoryRow>(
    db,
    sql`SELECT h.from_status AS "fromStatus", h.to_status AS "toStatus", h.note, h.source,
        h.actor_id AS "actorId", u.name AS "actorName", h.support_id AS "supportId", h.at
      FROM need_status_history h LEFT JOIN users u ON u.id = h.actor_id
      WHERE h.need_id = ${needId} ORDER BY h.id`,
  );
}

export type EvidenceRow = {
  source: NeedEvidenceSource;
  ref: string;
  visitId: string | null;
  observedOn: string;
  note: string | null;
};

export function evidenceOf(db: Queryable, needId: string) {
  return rows<EvidenceRow>(
    db,
    sql`SELECT source, ref, visit_id AS "visitId", observed_on::text AS "observedOn", note
      FROM need_evidence WHERE need_id = ${needId} ORDER BY observed_on, id`,
  );
}

/** The open need of this business in this category, if any. */
export async function openNeedOf(db: Queryable, businessId: string, category: string) {
  const [row] = await rows<{ id: string }>(
    db,
    sql`SELECT id FROM needs WHERE business_id = ${businessId} AND category = ${category}
      AND status IN ('identified', 'planned', 'in_progress')`,
  );
  return row?.id ?? null;
}

/** Whether a live business with this id exists and lies inside `scope` (held until the transaction ends). */
export async function businessState(db: Queryable, businessId: string, scope: SQL | null) {
  const [row] = await rows<{ inScope: boolean }>(
    db,
    sql`SELECT ${scope ? sql`b.id IN (${scope})` : sql`TRUE`} AS "inScope" FROM businesses b
      WHERE b.id = ${businessId} AND b.deleted_at IS NULL AND b.merged_into_id IS NULL
      FOR SHARE OF b`,
  );
  return row ? { exists: true, inScope: Boolean(row.inScope) } : { exists: false, inScope: false };
}

/** The open needs of these businesses in one category, held for a status change. */
export async function openNeedsOf(db: Queryable, businessIds: readonly string[], category: NeedCategory) {
  if (businessIds.length === 0) return [];
  return rows<{ id: string; status: NeedStatus; businessId: string }>(
    db,
    sql`SELECT id, status, business_id AS "businessId" FROM needs
      WHERE business_id IN (${sql.join(
        businessIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}) AND category = ${category} AND status IN ('identified', 'planned', 'in_progress')
      ORDER BY id FOR UPDATE`,
  );
}
