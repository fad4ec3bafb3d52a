import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { businesses, owners } from './registry';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A kind of training run again and again (e.g. "Pengembangan Kriya Electroforming"). */
export const trainingPrograms = pgTable('training_programs', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  description: text('description'),
  /** Months after an event's last day at which each participant is followed up. */
  followupOffsets: integer('followup_offsets').array().notNull().default(sql`'{1,3,6,12}'::integer[]`),
  createdAt: created(),
  updatedAt: updated(),
});

export const trainingEvents = pgTable(
  'training_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    programId: uuid('program_id').references(() => trainingPrograms.id),
    titleId: text('title_id').notNull(),
    titleEn: text('title_en').notNull(),
    subsector: text('subsector'),
    startDate: date('start_date').notNull(),
    endDate: date('end_date').notNull(),
    venue: text('venue').notNull(),
    organizer: text('organizer').notNull(),
    signatoryName: text('signatory_name'),
    signatoryTitle: text('signatory_title'),
    description: text('description'),
    capacity: integer('capacity').notNull(),
    waitlist: boolean('waitlist').notNull().default(true),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    /** Share of sessions a participant must attend (0–1) to pass: certificate and follow-up. */
    minShare: doublePrecision('min_share').notNull().default(0.8),
    followupOffsets: integer('followup_offsets').array().notNull().default(sql`'{1,3,6,12}'::integer[]`),
    trainerIds: uuid('trainer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('training_events_start_idx').on(t.startDate)],
);

export const trainingSessions = pgTable(
  'training_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    date: date('date').notNull(),
    /** HH:MM on the office's clock. */
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    topic: text('topic').notNull(),
    position: integer('position').notNull(),
  },
  (t) => [index('training_sessions_event_idx').on(t.eventId, t.position)],
);

export const trainingRegistrations = pgTable(
  'training_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    /** The personal code on the ticket and in the QR; also the key of the public links. */
    code: text('code').notNull(),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    businessId: uuid('business_id').references(() => businesses.id),
    name: text('name').notNull(),
    phone: text('phone'),
    email: text('email'),
    businessName: text('business_name'),
    /** Kecamatan of the participant's business: how officers are scoped. */
    districtCode: text('district_code'),
    status: text('status', { enum: ['registered', 'waitlisted', 'cancelled'] }).notNull(),
    source: text('source', { enum: ['public', 'office'] }).notNull(),
    registeredBy: uuid('registered_by').references(() => users.id),
    createdAt: created(),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('training_registrations_code_key').on(t.code),
    uniqueIndex('training_registrations_person_key')
      .on(t.eventId, t.ownerId)
      .where(sql`${t.status} <> 'cancelled'`),
    index('training_registrations_event_idx').on(t.eventId, t.status, t.createdAt),
    index('training_registrations_owner_idx').on(t.ownerId),
    // A business's registrations (the dashboard's per-business facts, migration 0031).
    index('training_registrations_business_idx').on(t.businessId),
  ],
);

export const trainingAttendance = pgTable(
  'training_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    sessionId: uuid('session_id')
      .notNull()
      .references(() => trainingSessions.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistrations.id, { onDelete: 'cascade' }),
    /** The scanning phone's UUID for this scan: a replayed send finds the same row. */
    clientId: uuid('client_id').notNull(),
    method: text('method', { enum: ['qr', 'search'] })
      .notNull()
      .default('qr'),
    scannedAt: timestamp('scanned_at', { withTimezone: true }).notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('training_attendance_client_key').on(t.clientId),
    uniqueIndex('training_attendance_once_key').on(t.sessionId, t.registrationId),
    index('training_attendance_event_idx').on(t.eventId),
    index('training_attendance_registration_idx').on(t.registrationId),
  ],
);

export const trainingAssessments = pgTable(
  'training_assessments',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => trainingRegistrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    preScore: doublePrecision('pre_score'),
    postScore: doublePrecision('post_score'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    updatedAt: updated(),
  },
  (t) => [index('training_assessments_event_idx').on(t.eventId)],
);

export const trainingCertificates = pgTable(
  'training_certificates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    code: text('code').notNull(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistrations.id),
    /** The exact signed text (canonical JSON of the facts) and its Ed25519 signature (base64url). */
    payload: text('payload').notNull(),
    signature: text('signature').notNull(),
    status: text('status', { enum: ['valid', 'revoked'] })
      .notNull()
      .default('valid'),
    overrideReason: text('override_reason'),
    revokedReason: text('revoked_reason'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by').references(() => users.id),
    issuedBy: uuid('issued_by').references(() => users.id),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('training_certificates_code_key').on(t.code),
    // One VALID certificate per registration; revoked ones stay beside a re-issued one.
    uniqueIndex('training_certificates_registration_valid_key')
      .on(t.registrationId)
      .where(sql`${t.status} = 'valid'`),
    index('training_certificates_registration_idx').on(t.registrationId),
    index('training_certificates_event_idx').on(t.eventId),
  ],
);

export type FeedbackRatings = { overall: number; content: number; trainer: number; venue: number };

export const trainingFeedback = pgTable(
  'training_feedback',
  {
    registrationId: uuid('registration_id')
      .primaryKey()
      .references(() => trainingRegistrations.id, { onDelete: 'cascade' }),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    ratings: jsonb('ratings').$type<FeedbackRatings>().notNull(),
    liked: text('liked'),
    improve: text('improve'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('training_feedback_event_idx').on(t.eventId)],
);

/** Due follow-up visits of a trained cohort; the monitoring feature fulfils them. */
export const trainingFollowups = pgTable(
  'training_followups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => trainingEvents.id, { onDelete: 'cascade' }),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => trainingRegistrations.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id),
    businessId: uuid('business_id').references(() => businesses.id),
    districtCode: text('district_code'),
    offsetMonths: integer('offset_months').notNull(),
    dueDate: date('due_date').notNull(),
    fulfilledAt: timestamp('fulfilled_at', { withTimezone: true }),
    fulfilledBy: uuid('fulfilled_by'),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('training_followups_once_key').on(t.registrationId, t.offsetMonths),
    index('training_followups_due_idx').on(t.dueDate),
    index('training_followups_business_idx').on(t.businessId),
    index('training_followups_district_idx').on(t.districtCode, t.dueDate),
  ],
);
