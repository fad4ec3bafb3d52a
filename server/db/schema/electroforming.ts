import { sql } from 'drizzle-orm';
import {
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ANODE_TYPES,
  AREA_SOURCES,
  BATCH_STATUSES,
  BATH_STATUSES,
  FINISHING_KINDS,
  MAINTENANCE_KINDS,
  OBJECT_TYPES,
  QC_OUTCOMES,
  WINDOW_PRESETS,
} from '../../../core/schemas/electroforming/enums';
import { users } from './auth';

// Measurements and money are double precision: they come from and go back into float math,
// and a numeric column would hand them to JavaScript as strings.
const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

export const efBaths = pgTable(
  'ef_baths',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    // No foreign key: the registry that owns businesses is built separately; linked later.
    businessId: uuid('business_id'),
    name: text('name').notNull(),
    volumeL: doublePrecision('volume_l').notNull(),
    copperSulfateGL: doublePrecision('copper_sulfate_g_l').notNull(),
    sulfuricAcidGL: doublePrecision('sulfuric_acid_g_l').notNull(),
    chloridePpm: doublePrecision('chloride_ppm').notNull(),
    temperatureC: doublePrecision('temperature_c'),
    compositionMeasuredOn: date('composition_measured_on', { mode: 'string' }).notNull(),
    anodeType: text('anode_type', { enum: ANODE_TYPES }).notNull(),
    operatingWindowPreset: text('operating_window_preset', { enum: WINDOW_PRESETS }).notNull(),
    operatingWindow: jsonb('operating_window').notNull(),
    efficiency: doublePrecision('efficiency').notNull(),
    efficiencySource: text('efficiency_source', { enum: ['default', 'manual', 'calibrated'] }).notNull(),
    status: text('status', { enum: BATH_STATUSES }).notNull(),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('ef_baths_owner_idx').on(t.ownerUserId)],
);

export const efBathMaintenance = pgTable(
  'ef_bath_maintenance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bathId: uuid('bath_id')
      .notNull()
      .references(() => efBaths.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: MAINTENANCE_KINDS }).notNull(),
    performedOn: date('performed_on', { mode: 'string' }).notNull(),
    analysis: jsonb('analysis'),
    additions: jsonb('additions').notNull().default(sql`'[]'::jsonb`),
    note: text('note'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: created(),
  },
  (t) => [index('ef_bath_maintenance_bath_idx').on(t.bathId, t.performedOn)],
);

export const efBatches = pgTable(
  'ef_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    bathId: uuid('bath_id')
      .notNull()
      .references(() => efBaths.id),
    name: text('name').notNull(),
    status: text('status', { enum: BATCH_STATUSES }).notNull().default('planned'),
    /** The maker's plan input and what the core computed from it (steps, hours, …). */
    planInput: jsonb('plan_input').notNull(),
    plan: jsonb('plan').notNull(),
    plannedHours: doublePrecision('planned_hours').notNull(),
    totalAreaCm2: doublePrecision('total_area_cm2').notNull(),
    plannedStartAt: timestamp('planned_start_at', { withTimezone: true }),
    actualStartAt: timestamp('actual_start_at', { withTimezone: true }),
    actualStopAt: timestamp('actual_stop_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
    measuredMassG: doublePrecision('measured_mass_g'),
    calibration: jsonb('calibration'),
    notes: text('notes'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [index('ef_batches_owner_idx').on(t.ownerUserId), index('ef_batches_bath_idx').on(t.bathId)],
);

export const efBatchPieces = pgTable(
  'ef_batch_pieces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => efBatches.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label'),
    objectType: text('object_type', { enum: OBJECT_TYPES }).notNull(),
    species: text('species'),
    areaSource: text('area_source', { enum: AREA_SOURCES }).notNull(),
    /** How the area was obtained (dimensions, shape factor, faces, coin). */
    areaInput: jsonb('area_input').notNull(),
    areaCm2: doublePrecision('area_cm2').notNull(),
    targetThicknessUm: doublePrecision('target_thickness_um').notNull(),
    measuredMassG: doublePrecision('measured_mass_g'),
    qcOutcome: text('qc_outcome', { enum: QC_OUTCOMES }),
    qcDefects: text('qc_defects').array().notNull().default(sql`'{}'::text[]`),
    qcNote: text('qc_note'),
    qcAt: timestamp('qc_at', { withTimezone: true }),
  },
  (t) => [index('ef_batch_pieces_batch_idx').on(t.batchId, t.position)],
);

export const efBatchReadings = pgTable(
  'ef_batch_readings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => efBatches.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    currentA: doublePrecision('current_a').notNull(),
    volts: doublePrecision('volts'),
    temperatureC: doublePrecision('temperature_c'),
    note: text('note'),
    createdAt: created(),
  },
  (t) => [index('ef_batch_readings_batch_idx').on(t.batchId, t.at)],
);

export const efBatchFinishing = pgTable(
  'ef_batch_finishing',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    batchId: uuid('batch_id')
      .notNull()
      .references(() => efBatches.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: FINISHING_KINDS }).notNull(),
    performedOn: date('performed_on', { mode: 'string' }).notNull(),
    costIdr: doublePrecision('cost_idr'),
    note: text('note'),
    createdAt: created(),
  },
  (t) => [index('ef_batch_finishing_batch_idx').on(t.batchId)],
);

export const efPriceSheets = pgTable(
  'ef_price_sheets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ownerUserId: uuid('owner_user_id')
      .notNull()
      .references(() => users.id),
    // A sheet is a snapshot and outlives the batch it was computed from.
    batchId: uuid('batch_id').references(() => efBatches.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    productRef: text('product_ref'),
    source: text('source', { enum: ['batch', 'manual'] }).notNull(),
    input: jsonb('input').notNull(),
    /** basis, batch and per-piece figures with their breakdowns. */
    result: jsonb('result').notNull(),
    rates: jsonb('rates').notNull(),
    createdAt: created(),
  },
  (t) => [index('ef_price_sheets_owner_idx').on(t.ownerUserId, t.createdAt)],
);
