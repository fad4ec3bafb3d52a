import { and, asc, desc, eq, ilike, inArray, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import {
  trainingEvents,
  trainingPrograms,
  trainingRegistrations,
  trainingSessions,
  users,
} from '#server/db/schema';

export type EventRow = typeof trainingEvents.$inferSelect;
export type SessionRow = typeof trainingSessions.$inferSelect;
export type ProgramRow = typeof trainingPrograms.$inferSelect;
export type NewEvent = typeof trainingEvents.$inferInsert;
export type EventCounts = { registered: number; waitlisted: number; cancelled: number };

export async function findEvent(db: Queryable, id: string) {
  const [row] = await db.select().from(trainingEvents).where(eq(trainingEvents.id, id));
  return row;
}

/** The event row locked for the rest of the transaction: seat counting is serialized per event. */
export async function lockEvent(db: Queryable, id: string) {
  const [row] = await db.select().from(trainingEvents).where(eq(trainingEvents.id, id)).for('update');
  return row;
}

export async function listEvents(
  db: Queryable,
  filter: { status?: 'scheduled' | 'finished'; q?: string; trainerId?: string },
) {
  const conditions = [
    filter.status === 'finished' ? isNotNull(trainingEvents.finishedAt) : undefined,
    filter.status === 'scheduled' ? isNull(trainingEvents.finishedAt) : undefined,
    filter.q
      ? or(ilike(trainingEvents.titleId, `%${filter.q}%`), ilike(trainingEvents.titleEn, `%${filter.q}%`))
      : undefined,
    filter.trainerId ? sql`${filter.trainerId}::uuid = ANY(${trainingEvents.trainerIds})` : undefined,
  ];
  return db
    .select()
    .from(trainingEvents)
    .where(and(...conditions))
    .orderBy(desc(trainingEvents.startDate), asc(trainingEvents.titleId))
    .limit(500);
}

export async function insertEvent(db: Queryable, values: NewEvent) {
  const [row] = await db.insert(trainingEvents).values(values).returning();
  return row;
}

export async function updateEvent(db: Queryable, id: string, values: Partial<NewEvent>) {
  const [row] = await db
    .update(trainingEvents)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainingEvents.id, id))
    .returning();
  return row;
}

export async function sessionsOf(db: Queryable, eventId: string) {
  return db
    .select()
    .from(trainingSessions)
    .where(eq(trainingSessions.eventId, eventId))
    .orderBy(asc(trainingSessions.position), asc(trainingSessions.date), asc(trainingSessions.startTime));
}

export async function insertSessions(db: Queryable, rows: (typeof trainingSessions.$inferInsert)[]) {
  if (rows.length === 0) return [];
  return db.insert(trainingSessions).values(rows).returning();
}

export async function updateSession(
  db: Queryable,
  id: string,
  values: Pick<SessionRow, 'date' | 'startTime' | 'endTime' | 'topic' | 'position'>,
) {
  await db.update(trainingSessions).set(values).where(eq(trainingSessions.id, id));
}

export async function deleteSessions(db: Queryable, ids: string[]) {
  if (ids.length > 0) await db.delete(trainingSessions).where(inArray(trainingSessions.id, ids));
}

/** Registration counts per status for each event. */
export async function countsOf(db: Queryable, eventIds: string[]): Promise<Map<string, EventCounts>> {
  const out = new Map<string, EventCounts>();
  for (const id of eventIds) out.set(id, { registered: 0, waitlisted: 0, cancelled: 0 });
  if (eventIds.length === 0) return out;
  const rows = await db
    .select({
      eventId: trainingRegistrations.eventId,
      status: trainingRegistrations.status,
      n: sql<number>`count(*)::int`,
    })
    .from(trainingRegistrations)
    .where(inArray(trainingRegistrations.eventId, eventIds))
    .groupBy(trainingRegistrations.eventId, trainingRegistrations.status);
  for (const r of rows) {
    const c = out.get(r.eventId);
    if (c) c[r.status] = Number(r.n);
  }
  return out;
}

export async function programNames(db: Queryable, ids: string[]) {
  if (ids.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ id: trainingPrograms.id, name: trainingPrograms.name })
    .from(trainingPrograms)
    .where(inArray(trainingPrograms.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findProgram(db: Queryable, id: string) {
  const [row] = await db.select().from(trainingPrograms).where(eq(trainingPrograms.id, id));
  return row;
}

export async function listPrograms(db: Queryable) {
  return db
    .select({
      id: trainingPrograms.id,
      name: trainingPrograms.name,
      description: trainingPrograms.description,
      followupOffsets: trainingPrograms.followupOffsets,
      // Written out: without a join drizzle leaves the column unqualified, and inside the
      // subquery "id" would be the event's own id.
      eventCount: sql<number>`(SELECT count(*)::int FROM training_events e WHERE e.program_id = training_programs.id)`,
    })
    .from(trainingPrograms)
    .orderBy(asc(trainingPrograms.name));
}

/** Active trainer accounts: who an event may be given to. */
export async function listTrainers(db: Queryable) {
  return db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(and(eq(users.role, 'trainer'), eq(users.active, true)))
    .orderBy(asc(users.name));
}

export async function insertProgram(db: Queryable, values: typeof trainingPrograms.$inferInsert) {
  const [row] = await db.insert(trainingPrograms).values(values).returning();
  return row;
}

export async function updateProgram(
  db: Queryable,
  id: string,
  values: Partial<typeof trainingPrograms.$inferInsert>,
) {
  const [row] = await db
    .update(trainingPrograms)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(trainingPrograms.id, id))
    .returning();
  return row;
}

export async function countEventsOfProgram(db: Queryable, programId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(trainingEvents)
    .where(eq(trainingEvents.programId, programId));
  return Number(row?.n ?? 0);
}
