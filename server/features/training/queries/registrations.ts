import { and, asc, eq, inArray, ne, or, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import {
  trainingAssessments,
  trainingAttendance,
  trainingCertificates,
  trainingEvents,
  trainingFeedback,
  trainingRegistrations,
} from '#server/db/schema';

export type RegistrationRow = typeof trainingRegistrations.$inferSelect;

export async function findRegistrationByCode(db: Queryable, code: string) {
  const [row] = await db.select().from(trainingRegistrations).where(eq(trainingRegistrations.code, code));
  return row;
}

/** Registrations by code or by id, in one query (a batch of scans and its replays). */
export async function findRegistrationsByCodesOrIds(
  db: Queryable,
  codes: readonly string[],
  ids: readonly string[],
) {
  if (codes.length === 0 && ids.length === 0) return [];
  return db
    .select()
    .from(trainingRegistrations)
    .where(
      or(
        codes.length > 0 ? inArray(trainingRegistrations.code, [...new Set(codes)]) : undefined,
        ids.length > 0 ? inArray(trainingRegistrations.id, [...new Set(ids)]) : undefined,
      ),
    );
}

export async function findRegistration(db: Queryable, id: string) {
  const [row] = await db.select().from(trainingRegistrations).where(eq(trainingRegistrations.id, id));
  return row;
}

/** The person's live (not cancelled) registration for the event, if any. */
export async function findActiveRegistration(db: Queryable, eventId: string, ownerId: string) {
  const [row] = await db
    .select()
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.eventId, eventId),
        eq(trainingRegistrations.ownerId, ownerId),
        ne(trainingRegistrations.status, 'cancelled'),
      ),
    );
  return row;
}

export async function countRegistered(db: Queryable, eventId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.eventId, eventId), eq(trainingRegistrations.status, 'registered')));
  return Number(row?.n ?? 0);
}

export async function insertRegistration(db: Queryable, values: typeof trainingRegistrations.$inferInsert) {
  const [row] = await db.insert(trainingRegistrations).values(values).returning();
  return row;
}

export async function setStatus(
  db: Queryable,
  id: string,
  status: RegistrationRow['status'],
  stamp: { promotedAt?: Date; cancelledAt?: Date },
) {
  const [row] = await db
    .update(trainingRegistrations)
    .set({ status, ...stamp })
    .where(eq(trainingRegistrations.id, id))
    .returning();
  return row;
}

/** The first `limit` people waiting, in the order they registered. */
export async function firstWaiting(db: Queryable, eventId: string, limit: number) {
  if (limit <= 0) return [];
  return db
    .select()
    .from(trainingRegistrations)
    .where(and(eq(trainingRegistrations.eventId, eventId), eq(trainingRegistrations.status, 'waitlisted')))
    .orderBy(asc(trainingRegistrations.createdAt), asc(trainingRegistrations.id))
    .limit(limit);
}

/** 1-based place in the waiting list. */
export async function waitlistPosition(db: Queryable, row: RegistrationRow) {
  const [r] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingRegistrations)
    .where(
      and(
        eq(trainingRegistrations.eventId, row.eventId),
        eq(trainingRegistrations.status, 'waitlisted'),
        // The row's own stamp is read in SQL: a JS Date keeps milliseconds, PostgreSQL microseconds.
        sql`(${trainingRegistrations.createdAt}, ${trainingRegistrations.id}) <= (select r.created_at, r.id from training_registrations r where r.id = ${row.id}::uuid)`,
      ),
    );
  return Number(r?.n ?? 0);
}

/**
 * A registration's current certificate: its valid one, or else the last revoked one (a revoked
 * certificate may have been re-issued; the old row stays, revoked, for verification).
 */
const currentCertificate = sql`${trainingCertificates.id} = (
  SELECT c.id FROM training_certificates c WHERE c.registration_id = ${trainingRegistrations.id}
  ORDER BY (c.status = 'valid') DESC, c.issued_at DESC, c.id DESC LIMIT 1)`;

export type RegistrationWithFacts = RegistrationRow & {
  attended: number;
  preScore: number | null;
  postScore: number | null;
  certificateCode: string | null;
  certificateStatus: 'valid' | 'revoked' | null;
};

/** An event's registrations with attendance counts, scores and certificate, in registration order. */
export async function listRegistrations(
  db: Queryable,
  eventId: string,
  districtCodes: readonly string[] | null,
): Promise<RegistrationWithFacts[]> {
  const scope: SQL | undefined =
    districtCodes === null
      ? undefined
      : districtCodes.length === 0
        ? sql`false`
        : inArray(trainingRegistrations.districtCode, [...districtCodes]);
  const rows = await db
    .select({
      r: trainingRegistrations,
      attended: sql<number>`(SELECT count(*)::int FROM training_attendance a WHERE a.registration_id = ${trainingRegistrations.id})`,
      preScore: trainingAssessments.preScore,
      postScore: trainingAssessments.postScore,
      certificateCode: trainingCertificates.code,
      certificateStatus: trainingCertificates.status,
    })
    .from(trainingRegistrations)
    .leftJoin(trainingAssessments, eq(trainingAssessments.registrationId, trainingRegistrations.id))
    .leftJoin(trainingCertificates, currentCertificate)
    .where(and(eq(trainingRegistrations.eventId, eventId), scope))
    .orderBy(asc(trainingRegistrations.createdAt), asc(trainingRegistrations.id));
  return rows.map((x) => ({
    ...x.r,
    attended: Number(x.attended),
    preScore: x.preScore,
    postScore: x.postScore,
    certificateCode: x.certificateCode,
    certificateStatus: x.certificateStatus,
  }));
}

/** Registrations of the people linked to one account, newest event first. */
export async function registrationsOfOwners(db: Queryable, ownerIds: SQL) {
  return db
    .select({
      r: trainingRegistrations,
      event: trainingEvents,
      sessions: sql<number>`(SELECT count(*)::int FROM training_sessions s WHERE s.event_id = ${trainingEvents.id})`,
      attended: sql<number>`(SELECT count(*)::int FROM training_attendance a WHERE a.registration_id = ${trainingRegistrations.id})`,
      certificateCode: trainingCertificates.code,
      certificateStatus: trainingCertificates.status,
    })
    .from(trainingRegistrations)
    .innerJoin(trainingEvents, eq(trainingEvents.id, trainingRegistrations.eventId))
    .leftJoin(trainingCertificates, currentCertificate)
    .where(sql`${trainingRegistrations.ownerId} IN (${ownerIds})`)
    .orderBy(sql`${trainingEvents.startDate} DESC`);
}

export async function hasFeedback(db: Queryable, registrationId: string) {
  const [row] = await db
    .select({ id: trainingFeedback.registrationId })
    .from(trainingFeedback)
    .where(eq(trainingFeedback.registrationId, registrationId));
  return Boolean(row);
}

/** Number of sessions each registration of the event attended. */
export async function attendedCounts(db: Queryable, eventId: string) {
  const rows = await db
    .select({ registrationId: trainingAttendance.registrationId, n: sql<number>`count(*)::int` })
    .from(trainingAttendance)
    .where(eq(trainingAttendance.eventId, eventId))
    .groupBy(trainingAttendance.registrationId);
  return new Map(rows.map((r) => [r.registrationId, Number(r.n)]));
}

export async function codeExists(db: Queryable, code: string) {
  const [row] = await db
    .select({ id: trainingRegistrations.id })
    .from(trainingRegistrations)
    .where(eq(trainingRegistrations.code, code));
  return Boolean(row);
}
