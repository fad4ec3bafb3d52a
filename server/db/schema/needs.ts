import { sql } from 'drizzle-orm';
import {
  bigint,
  bigserial,
  check,
  date,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  DELIVERER_KINDS,
  NEED_CATEGORIES,
  NEED_CHANGE_SOURCES,
  NEED_EVIDENCE_SOURCES,
  NEED_PRIORITIES,
  NEED_STATUSES,
  SUPPORT_TYPES,
} from '../../../core/domain/needs';
import { users } from './auth';
import { visits } from './monitoring';
import { businesses } from './registry';
import { trainingEvents } from './training';

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/**
 * A need of one IKM in one category (bidang). At most one OPEN need per (business, category):
 * the partial unique index is what visits and readiness gaps upsert against.
 */
export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
    /** The business's kecamatan, kept by a trigger on businesses (migration): scoping and the matrix. */
    districtCode: text('district_code').notNull(),
    category: text('category', { enum: NEED_CATEGORIES }).notNull(),
    priority: text('priority', { enum: NEED_PRIORITIES }).notNull(),
    description: text('description').notNull(),
    status: text('status', { enum: NEED_STATUSES }).notNull().default('identified'),
    /** The first evidence; every later one is in need_evidence. */
    evidenceSource: text('evidence_source', { enum: NEED_EVIDENCE_SOURCES }).notNull(),
    evidenceRef: text('evidence_ref'),
    /** The day it was first seen (a visit's day, or the day it was recorded). */
    identifiedOn: date('identified_on', { mode: 'string' }).notNull(),
    /** When it became met or not pursued; null while open. */
    closedAt: timestamp('closed_at', { withTimezone: true }),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('needs_open_business_category_key')
      .on(t.businessId, t.category)
      .where(sql`${t.status} in ('identified', 'planned', 'in_progress')`),
    index('needs_business_idx').on(t.businessId, t.createdAt.desc()),
    index('needs_district_status_idx').on(t.districtCode, t.status, t.category),
    index('needs_status_category_idx').on(t.status, t.category, t.priority),
    index('needs_updated_idx').on(t.updatedAt.desc(), t.id),
  ],
);

/** Every status a need has had: who, when, why (the first row is its creation). */
export const needStatusHistory = pgTable(
  'need_status_history',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    fromStatus: text('from_status', { enum: NEED_STATUSES }),
    toStatus: text('to_status', { enum: NEED_STATUSES }).notNull(),
    note: text('note'),
    source: text('source', { enum: NEED_CHANGE_SOURCES }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    /** The support record that moved it, when support did. */
    supportId: uuid('support_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('need_status_history_need_idx').on(t.needId, t.id),
    index('need_status_history_to_at_idx').on(t.toStatus, t.at),
  ],
);

/** Each time a need was seen (visits, surveys, gaps): the same visit or gap is recorded once. */
export const needEvidence = pgTable(
  'need_evidence',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
    source: text('source', { enum: NEED_EVIDENCE_SOURCES }).notNull(),
    /** Visit id, gap key, survey reference; '' when none (so the unique key holds). */
    ref: text('ref').notNull().default(''),
    visitId: uuid('visit_id').references(() => visits.id),
    observedOn: date('observed_on', { mode: 'string' }).notNull(),
    note: text('note'),
    actorId: uuid('actor_id').references(() => users.id),
    createdAt: created(),
  },
  (t) => [
    uniqueIndex('need_evidence_key').on(t.needId, t.source, t.ref),
    index('need_evidence_visit_idx').on(t.visitId),
  ],
);

/** Support given: one intervention (a grant, an expo, mentoring…) reaching one or more IKM. */
export const supportInterventions = pgTable(
  'support_interventions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    type: text('type', { enum: SUPPORT_TYPES }).notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    /** Whole Rupiah. */
    valueIdr: bigint('value_idr', { mode: 'number' }).notNull().default(0),
    deliveredByKind: text('delivered_by_kind', { enum: DELIVERER_KINDS }).notNull(),
    deliveredByName: text('delivered_by_name').notNull(),
    title: text('title'),
    note: text('note'),
    /** Set when the support is a finished training event (created on finish, once). */
    trainingEventId: uuid('training_event_id').references(() => trainingEvents.id),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    check('support_interventions_value_idr_check', sql`${t.valueIdr} >= 0`),
    uniqueIndex('support_interventions_training_event_key')
      .on(t.trainingEventId)
      .where(sql`${t.trainingEventId} is not null`),
    index('support_interventions_date_idx').on(t.date.desc(), t.id),
    index('support_interventions_type_date_idx').on(t.type, t.date),
  ],
);

/** The businesses an intervention reached. */
export const supportBusinesses = pgTable(
  'support_businesses',
  {
    supportId: uuid('support_id')
      .notNull()
      .references(() => supportInterventions.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id),
  },
  (t) => [
    primaryKey({ columns: [t.supportId, t.businessId] }),
    index('support_businesses_business_idx').on(t.businessId),
  ],
);

/** The needs an intervention answers. */
export const supportNeeds = pgTable(
  'support_needs',
  {
    supportId: uuid('support_id')
      .notNull()
      .references(() => supportInterventions.id, { onDelete: 'cascade' }),
    needId: uuid('need_id')
      .notNull()
      .references(() => needs.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.supportId, t.needId] }), index('support_needs_need_idx').on(t.needId)],
);
