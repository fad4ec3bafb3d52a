import { and, asc, eq, gte, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import type { Queryable } from '#server/db/client';
import {
  trainingAssessments,
  trainingEvents,
  trainingFeedback,
  trainingFollowups,
  trainingRegistrations,
} from '#server/db/schema';

export async function upsertScores(
  db: Queryable,
  eventId: string,
  items: { registrationId: string; pre?: number | null; post?: number | null }[],
  by: string | null,
) {
  for (const item of items) {
    const set = {
      ...(item.pre !== undefined ? { preScore: item.pre } : {}),
      ...(item.post !== undefined ? { postScore: item.post } : {}),
      recordedBy: by,
      updatedAt: new Date(),
    };
    await db
      .insert(trainingAssessments)
      .values({
        registrationId: item.registrationId,
        eventId,
        preScore: item.pre ?? null,
        postScore: item.post ?? null,
        recordedBy: by,
      })
      .onConflictDoUpdate({ target: trainingAssessments.registrationId, set });
  }
}

export async function scoresOfEvent(db: Queryable, eventId: string) {
  return db
    .select({
      registrationId: trainingRegistrations.id,
      code: trainingRegistrations.code,
      name: trainingRegistrations.name,
      status: trainingRegistrations.status,
      pre: trainingAssessments.preScore,
      post: trainingAssessments.postScore,
    })
    .from(trainingRegistrations)
    .leftJoin(trainingAssessments, eq(trainingAssessments.registrationId, trainingRegistrations.id))
    .where(and(eq(trainingRegistrations.eventId, eventId), eq(trainingRegistrations.status, 'registered')))
    .orderBy(asc(trainingRegistrations.name));
}

export async function upsertFeedback(db: Queryable, values: typeof trainingFeedback.$inferInsert) {
  await db
    .insert(trainingFeedback)
    .values(values)
    .onConflictDoUpdate({
      target: trainingFeedback.registrationId,
      set: { ratings: values.ratings, liked: values.liked, improve: values.improve, updatedAt: new Date() },
    });
}

export async function feedbackOfEvent(db: Queryable, eventId: string) {
  return db
    .select()
    .from(trainingFeedback)
    .where(eq(trainingFeedback.eventId, eventId))
    .orderBy(asc(trainingFeedback.createdAt));
}

export async function insertFollowups(db: Queryable, rows: (typeof trainingFollowups.$inferInsert)[]) {
  if (rows.length === 0) return 0;
  const inserted = await db
    .insert(trainingFollowups)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: trainingFollowups.id });
  return inserted.length;
}

export async function followupsOfEvent(
  db: Queryable,
  eventId: string,
  districtCodes: readonly string[] | null,
) {
  return db
    .select({
      f: trainingFollowups,
      name: trainingRegistrations.name,
      businessName: trainingRegistrations.businessName,
    })
    .from(trainingFollowups)
    .innerJoin(trainingRegistrations, eq(trainingRegistrations.id, trainingFollowups.registrationId))
    .where(and(eq(trainingFollowups.eventId, eventId), districtScope(districtCodes)))
    .orderBy(asc(trainingFollowups.dueDate), asc(trainingRegistrations.name));
}

function districtScope(districtCodes: readonly string[] | null): SQL | undefined {
  if (districtCodes === null) return undefined;
  if (districtCodes.length === 0) return sql`false`;
  return inArray(trainingFollowups.districtCode, [...districtCodes]);
}

export type DueFollowupFilter = {
  /** Only these kecamatan (an officer's); all when null. */
  districtCodes: readonly string[] | null;
  businessIds?: readonly string[];
  eventId?: string;
  programId?: string;
  dueFrom?: string;
  dueTo?: string;
  /** Leave out the ones monitoring already fulfilled. */
  openOnly?: boolean;
};

export async function dueFollowups(db: Queryable, filter: DueFollowupFilter) {
  return db
    .select({
      f: trainingFollowups,
      name: trainingRegistrations.name,
      businessName: trainingRegistrations.businessName,
      eventTitleId: trainingEvents.titleId,
      eventTitleEn: trainingEvents.titleEn,
      programId: trainingEvents.programId,
      eventEndDate: trainingEvents.endDate,
    })
    .from(trainingFollowups)
    .innerJoin(trainingRegistrations, eq(trainingRegistrations.id, trainingFollowups.registrationId))
    .innerJoin(trainingEvents, eq(trainingEvents.id, trainingFollowups.eventId))
    .where(
      and(
        districtScope(filter.districtCodes),
        filter.businessIds
          ? filter.businessIds.length === 0
            ? sql`false`
            : inArray(trainingFollowups.businessId, [...filter.businessIds])
          : undefined,
        filter.eventId ? eq(trainingFollowups.eventId, filter.eventId) : undefined,
        filter.programId ? eq(trainingEvents.programId, filter.programId) : undefined,
        filter.dueFrom ? gte(trainingFollowups.dueDate, filter.dueFrom) : undefined,
        filter.dueTo ? lte(trainingFollowups.dueDate, filter.dueTo) : undefined,
        filter.openOnly ? isNull(trainingFollowups.fulfilledAt) : undefined,
      ),
    )
    .orderBy(asc(trainingFollowups.dueDate), asc(trainingRegistrations.name))
    .limit(10_000);
}

export async function markFollowupFulfilled(db: Queryable, id: string, at: Date, by: string | null) {
  const [row] = await db
    .update(trainingFollowups)
    .set({ fulfilledAt: at, fulfilledBy: by })
    .where(and(eq(trainingFollowups.id, id), isNull(trainingFollowups.fulfilledAt)))
    .returning();
  return row;
}
