import { and, asc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import { trainingAttendance, trainingRegistrations } from '#server/db/schema';

export type AttendanceRow = typeof trainingAttendance.$inferSelect;

export async function findByClientId(db: Queryable, clientId: string) {
  const [row] = await db.select().from(trainingAttendance).where(eq(trainingAttendance.clientId, clientId));
  return row;
}

export async function findByClientIds(db: Queryable, clientIds: readonly string[]) {
  if (clientIds.length === 0) return [];
  return db
    .select()
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.clientId, [...new Set(clientIds)]));
}

/** Stored attendance of these people at these sessions (any of the pairs). */
export async function findByRegistrations(db: Queryable, registrationIds: readonly string[]) {
  if (registrationIds.length === 0) return [];
  return db
    .select()
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.registrationId, [...new Set(registrationIds)]));
}

export async function findBySessionAndRegistration(db: Queryable, sessionId: string, registrationId: string) {
  const [row] = await db
    .select()
    .from(trainingAttendance)
    .where(
      and(eq(trainingAttendance.sessionId, sessionId), eq(trainingAttendance.registrationId, registrationId)),
    );
  return row;
}

/**
 * Records the scan unless this scan (client id) or this person's attendance at the session
 * is already stored; one statement, so concurrent replays meet the unique indexes, not a race.
 */
export async function insertAttendance(db: Queryable, values: (typeof trainingAttendance.$inferInsert)[]) {
  if (values.length === 0) return [];
  return db.insert(trainingAttendance).values(values).onConflictDoNothing().returning();
}

export async function listAttendance(
  db: Queryable,
  eventId: string,
  districtCodes: readonly string[] | null,
) {
  const scope: SQL | undefined =
    districtCodes === null
      ? undefined
      : districtCodes.length === 0
        ? sql`false`
        : inArray(trainingRegistrations.districtCode, [...districtCodes]);
  return db
    .select({
      registrationId: trainingAttendance.registrationId,
      sessionId: trainingAttendance.sessionId,
      scannedAt: trainingAttendance.scannedAt,
    })
    .from(trainingAttendance)
    .innerJoin(trainingRegistrations, eq(trainingRegistrations.id, trainingAttendance.registrationId))
    .where(and(eq(trainingAttendance.eventId, eventId), scope))
    .orderBy(asc(trainingAttendance.scannedAt));
}

export async function countAttendanceOfSessions(db: Queryable, sessionIds: string[]) {
  if (sessionIds.length === 0) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingAttendance)
    .where(inArray(trainingAttendance.sessionId, sessionIds));
  return Number(row?.n ?? 0);
}
