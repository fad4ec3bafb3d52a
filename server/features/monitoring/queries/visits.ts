import { and, asc, count, desc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Answers } from '#core/domain/monitoring';
import type { VisitStatus } from '#core/schemas/monitoring';
import type { Queryable } from '#server/db/client';
import { users, visits, visitVersions } from '#server/db/schema';

export type VisitRow = typeof visits.$inferSelect & { officerName: string | null };
export type VersionRow = typeof visitVersions.$inferSelect & { actorName: string | null };

const withOfficer = { ...getColumns(), officerName: users.name };

function getColumns() {
  const { id, businessId, officerId, formId, formVersion, visitedAt, visitedOn, answers, version, status } =
    visits;
  const { reviewComment, reviewedBy, reviewedAt, registrySnapshotId, updatedBy, createdAt, updatedAt } =
    visits;
  return {
    id,
    businessId,
    officerId,
    formId,
    formVersion,
    visitedAt,
    visitedOn,
    answers,
    version,
    status,
    reviewComment,
    reviewedBy,
    reviewedAt,
    registrySnapshotId,
    updatedBy,
    createdAt,
    updatedAt,
  };
}

const inScope = (scope: SQL | null) => (scope ? sql`${visits.businessId} IN (${scope})` : undefined);

export async function findVisit(db: Queryable, id: string): Promise<VisitRow | undefined> {
  const [row] = await db
    .select(withOfficer)
    .from(visits)
    .leftJoin(users, eq(users.id, visits.officerId))
    .where(eq(visits.id, id));
  return row;
}

export type NewVisit = {
  id: string;
  businessId: string;
  officerId: string;
  formId: string;
  formVersion: number;
  visitedAt: Date;
  visitedOn: string;
  answers: Answers;
};

/**
 * Inserts the visit and its first history version if its business is in `scope` (checked in the
 * same statement) and the id is new. Answers whether a row was written; false means a row with
 * this id exists or the business left the actor's scope meanwhile.
 */
export async function insertVisit(db: Queryable, v: NewVisit, scope: SQL | null): Promise<boolean> {
  const result = await db.execute(sql`
    WITH created AS (
      INSERT INTO visits (id, business_id, officer_id, form_id, form_version, visited_at, visited_on, answers, updated_by)
      SELECT ${v.id}::uuid, ${v.businessId}::uuid, ${v.officerId}::uuid, ${v.formId}::uuid, ${v.formVersion},
        ${v.visitedAt.toISOString()}::timestamptz, ${v.visitedOn}::date, ${JSON.stringify(v.answers)}::jsonb, ${v.officerId}::uuid
      WHERE ${scope ? sql`${v.businessId}::uuid IN (${scope})` : sql`TRUE`}
      ON CONFLICT (id) DO NOTHING
      RETURNING *
    )
    INSERT INTO visit_versions (visit_id, version, change, visited_at, form_version, answers, status, actor_id)
    SELECT id, version, 'created', visited_at, form_version, answers, status, officer_id FROM created
    RETURNING visit_id`);
  return (result as unknown as { rows: unknown[] }).rows.length === 1;
}

/** Writes the edit only if `version` is still current and the business is in scope (one statement). */
export async function updateVisitAt(
  db: Queryable,
  input: {
    id: string;
    version: number;
    answers: Answers;
    visitedAt: Date;
    visitedOn: string;
    actorId: string;
    scope: SQL | null;
  },
) {
  const [row] = await db
    .update(visits)
    .set({
      answers: input.answers,
      visitedAt: input.visitedAt,
      visitedOn: input.visitedOn,
      version: sql`${visits.version} + 1`,
      status: 'submitted',
      updatedBy: input.actorId,
      updatedAt: sql`now()`,
    })
    .where(and(eq(visits.id, input.id), eq(visits.version, input.version), inScope(input.scope)))
    .returning({ id: visits.id });
  return row !== undefined;
}

/**
 * Locks the visited business for the rest of the transaction. Reviews of visits to one business
 * take turns: what an approval sets off (the registry's copy of figures, the needs it observes,
 * the dashboard's rollups) touches that business's rows in several tables, and two approvals
 * interleaving them deadlock on PostgreSQL.
 */
export async function lockVisitedBusiness(db: Queryable, visitId: string): Promise<void> {
  await db.execute(
    sql`SELECT 1 FROM businesses WHERE id = (SELECT business_id FROM visits WHERE id = ${visitId}::uuid) FOR NO KEY UPDATE`,
  );
}

export async function reviewVisitAt(
  db: Queryable,
  input: { id: string; version: number; status: VisitStatus; comment: string | null; actorId: string },
) {
  const [row] = await db
    .update(visits)
    .set({
      status: input.status,
      reviewComment: input.comment,
      reviewedBy: input.actorId,
      reviewedAt: sql`now()`,
      version: sql`${visits.version} + 1`,
      updatedBy: input.actorId,
      updatedAt: sql`now()`,
    })
    .where(and(eq(visits.id, input.id), eq(visits.version, input.version)))
    .returning({ id: visits.id });
  return row !== undefined;
}

/** Copies the visit's current state into its history. */
export async function recordVersion(
  db: Queryable,
  id: string,
  change: (typeof visitVersions.$inferInsert)['change'],
  actorId: string | null,
  comment: string | null = null,
) {
  await db.execute(sql`
    INSERT INTO visit_versions (visit_id, version, change, visited_at, form_version, answers, status, comment, actor_id)
    SELECT id, version, ${change}, visited_at, form_version, answers, status, ${comment}, ${actorId}::uuid
    FROM visits WHERE id = ${id}::uuid`);
}

export async function versionsOf(db: Queryable, id: string): Promise<VersionRow[]> {
  return db
    .select({
      visitId: visitVersions.visitId,
      version: visitVersions.version,
      change: visitVersions.change,
      visitedAt: visitVersions.visitedAt,
      formVersion: visitVersions.formVersion,
      answers: visitVersions.answers,
      status: visitVersions.status,
      comment: visitVersions.comment,
      actorId: visitVersions.actorId,
      at: visitVersions.at,
      actorName: users.name,
    })
    .from(visitVersions)
    .leftJoin(users, eq(users.id, visitVersions.actorId))
    .where(eq(visitVersions.visitId, id))
    .orderBy(asc(visitVersions.version));
}

export type VisitFilter = {
  businessId?: string;
  officerId?: string;
  from?: string;
  to?: string;
  status?: VisitStatus;
};

/** A page of visits within `scope` (null: everywhere), newest first. */
export async function listVisitRows(
  db: Queryable,
  filter: VisitFilter,
  scope: SQL | null,
  page: { page: number; pageSize: number },
): Promise<{ rows: VisitRow[]; total: number }> {
  const where = and(
    inScope(scope),
    filter.businessId ? eq(visits.businessId, filter.businessId) : undefined,
    filter.officerId ? eq(visits.officerId, filter.officerId) : undefined,
    filter.from ? gte(visits.visitedOn, filter.from) : undefined,
    filter.to ? lte(visits.visitedOn, filter.to) : undefined,
    filter.status ? eq(visits.status, filter.status) : undefined,
  );
  const [{ total }] = await db.select({ total: count() }).from(visits).where(where);
  const rows = await db
    .select(withOfficer)
    .from(visits)
    .leftJoin(users, eq(users.id, visits.officerId))
    .where(where)
    .orderBy(desc(visits.visitedAt), desc(visits.id))
    .limit(page.pageSize)
    .offset((page.page - 1) * page.pageSize);
  return { rows, total: Number(total) };
}

/** The latest visit of each business (by visit time). */
export async function lastVisitsOf(db: Queryable, businessIds: readonly string[]): Promise<VisitRow[]> {
  if (businessIds.length === 0) return [];
  return db
    .selectDistinctOn([visits.businessId], withOfficer)
    .from(visits)
    .leftJoin(users, eq(users.id, visits.officerId))
    .where(inArray(visits.businessId, [...businessIds]))
    .orderBy(visits.businessId, desc(visits.visitedAt), desc(visits.id));
}

/** The office days and answers of every visit to these businesses (follow-ups and the funnel). */
export async function visitOutcomesOf(db: Queryable, businessIds: readonly string[]) {
  if (businessIds.length === 0) return [];
  return db
    .select({
      businessId: visits.businessId,
      visitedOn: visits.visitedOn,
      visitedAt: visits.visitedAt,
      answers: visits.answers,
    })
    .from(visits)
    .where(inArray(visits.businessId, [...businessIds]));
}

/** Takes the approved visit for the registry step, once: false if not approved or already taken. */
export async function claimForRegistry(db: Queryable, id: string, marker: string) {
  const [row] = await db
    .update(visits)
    .set({ registrySnapshotId: marker })
    .where(and(eq(visits.id, id), eq(visits.status, 'approved'), isNull(visits.registrySnapshotId)))
    .returning({ id: visits.id });
  return row !== undefined;
}

export async function setRegistrySnapshot(db: Queryable, id: string, snapshotId: string | null) {
  await db.update(visits).set({ registrySnapshotId: snapshotId }).where(eq(visits.id, id));
}
