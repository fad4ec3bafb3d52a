import {
  customType,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Answers, Question } from '../../../core/domain/monitoring';
import { VISIT_STATUSES } from '../../../core/schemas/monitoring/visits';
import { users } from './auth';
import { businesses } from './registry';

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();

/** The visit questionnaire; each edit is a new version, and visits keep the one they were filled with. */
export const visitForms = pgTable(
  'visit_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    version: integer('version').notNull(),
    title: jsonb('title').$type<{ id: string; en: string }>().notNull(),
    questions: jsonb('questions').$type<Question[]>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [uniqueIndex('visit_forms_version_key').on(t.version)],
);

/** A monitoring visit. `id` is made on the officer's phone, so a resend finds the same row. */
export const visits = pgTable(
  'visits',
  {
    id: uuid('id').primaryKey(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
    officerId: uuid('officer_id')
      .notNull()
      .references(() => users.id),
    formId: uuid('form_id')
      .notNull()
      .references(() => visitForms.id),
    formVersion: integer('form_version').notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
    /** The office calendar day of visitedAt: follow-up windows and the funnel count days. */
    visitedOn: date('visited_on', { mode: 'string' }).notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    version: integer('version').notNull().default(1),
    status: text('status', { enum: VISIT_STATUSES }).notNull().default('submitted'),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** The registry snapshot this visit's figures went into (the explicit, audited step). */
    registrySnapshotId: uuid('registry_snapshot_id'),
    /** Who made the last change (the edit a replayed request would have made). */
    updatedBy: uuid('updated_by').references(() => users.id),
    createdAt: created(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('visits_business_day_idx').on(t.businessId, t.visitedOn.desc()),
    index('visits_officer_idx').on(t.officerId, t.visitedAt.desc()),
    index('visits_day_idx').on(t.visitedOn.desc(), t.id),
  ],
);

/** Every version of every visit: corrections and reviews never overwrite what was there. */
export const visitVersions = pgTable(
  'visit_versions',
  {
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    change: text('change', { enum: ['created', 'edited', 'approved', 'returned'] }).notNull(),
    visitedAt: timestamp('visited_at', { withTimezone: true }).notNull(),
    formVersion: integer('form_version').notNull(),
    answers: jsonb('answers').$type<Answers>().notNull(),
    status: text('status', { enum: VISIT_STATUSES }).notNull(),
    comment: text('comment'),
    actorId: uuid('actor_id').references(() => users.id),
    at: created(),
  },
  (t) => [primaryKey({ columns: [t.visitId, t.version] })],
);

/** Photos of a visit (resized on the phone); kept while any version refers to them. */
export const visitPhotos = pgTable(
  'visit_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    visitId: uuid('visit_id')
      .notNull()
      .references(() => visits.id, { onDelete: 'cascade' }),
    mime: text('mime').notNull(),
    size: integer('size').notNull(),
    bytes: bytea('bytes').notNull(),
    createdAt: created(),
  },
  (t) => [index('visit_photos_visit_idx').on(t.visitId)],
);
