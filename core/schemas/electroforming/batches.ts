import { z } from 'zod';
import { DEFAULT_FACES, DEFAULT_SHAPE_FACTOR } from '#core/domain/electroforming/constants';
import { DEFECT_IDS } from '#core/domain/electroforming/defects';
import { MAX_RUN_STEPS } from '#core/domain/electroforming/faraday';
import { PageQuery, pageOf } from '#core/schemas/common';
import { WarningSchema, WorkingStepSchema } from './calculate-response';
import { AREA_SOURCES, BATCH_STATUSES, FINISHING_KINDS, OBJECT_TYPES, QC_OUTCOMES } from './enums';
import { enumOf, isoDate, isoDateTime, money, name, notes, num, rangeMsg, rec, text } from './fields';

// ---------------------------------------------------------------- batches: input

export const PieceAreaInput = z.discriminatedUnion(
  'source',
  [
    z.strictObject({ source: z.literal('entered'), areaCm2: num('areaCm2') }),
    z.strictObject({
      source: z.literal('dimensions'),
      lengthCm: num('lengthCm'),
      widthCm: num('lengthCm'),
      shapeFactor: num('shapeFactor').default(DEFAULT_SHAPE_FACTOR),
      faces: num('faces').default(DEFAULT_FACES),
    }),
    /** Measured in the browser (photo-area tool); both faces already counted. */
    z.strictObject({
      source: z.literal('photo'),
      areaCm2: num('areaCm2'),
      coinId: text(64).optional(),
    }),
  ],
  { error: rec('areaSourceUnknown') },
);
export type PieceAreaInput = z.infer<typeof PieceAreaInput>;

export const PieceInput = z.strictObject({
  label: text(80).optional(),
  objectType: enumOf(OBJECT_TYPES, 'objectTypeUnknown'),
  species: text(120).optional(),
  area: PieceAreaInput,
  targetThicknessUm: num('thicknessUm'),
});
export type PieceInput = z.infer<typeof PieceInput>;

const RunStepInput = z.strictObject({ currentA: num('currentA'), minutes: num('minutes') });

/**
 * `target`: the server plans the time to reach the thickest piece's target at this density
 * (after an optional strike). `steps`: the maker's own current profile; the server reports
 * the thickness it gives.
 */
export const BatchPlanInput = z.discriminatedUnion(
  'mode',
  [
    z.strictObject({
      mode: z.literal('target'),
      currentDensityAdm2: num('currentDensityAdm2').default(1.5),
      strike: z
        .strictObject({ currentDensityAdm2: num('currentDensityAdm2'), minutes: num('minutes') })
        .optional(),
    }),
    z.strictObject({
      mode: z.literal('steps'),
      steps: z
        .array(RunStepInput, { error: rangeMsg('minutes') })
        .min(1, { error: 'electroforming:errors.stepsRange' })
        .max(MAX_RUN_STEPS, { error: 'electroforming:errors.stepsRange' }),
    }),
  ],
  { error: rec('planModeUnknown') },
);
export type BatchPlanInput = z.infer<typeof BatchPlanInput>;

const pieces = z
  .array(PieceInput, { error: rec('piecesRequired') })
  .min(1, { error: rec('piecesRequired') })
  .max(200, { error: rec('tooMany') });

export const CreateBatchBody = z.strictObject({
  bathId: z.uuid({ error: rec('idFormat') }),
  name,
  pieces,
  plan: BatchPlanInput.default({ mode: 'target', currentDensityAdm2: 1.5 }),
  plannedStartAt: isoDateTime.optional(),
  notes: notes.optional(),
});
export type CreateBatchBody = z.infer<typeof CreateBatchBody>;

/** `pieces` and `plan` can change only while the batch is `planned` (pieces are replaced). */
export const UpdateBatchBody = z.strictObject({
  name: name.optional(),
  notes: notes.nullable().optional(),
  plannedStartAt: isoDateTime.nullable().optional(),
  pieces: pieces.optional(),
  plan: BatchPlanInput.optional(),
  /** Copper of the whole batch, weighed without the cores; used for calibration. */
  measuredMassG: num('massG').nullable().optional(),
});
export type UpdateBatchBody = z.infer<typeof UpdateBatchBody>;

/** `at` defaults to now; it becomes the actual start (running) or stop (finishing). */
export const ChangeBatchStatusBody = z.strictObject({
  status: enumOf(BATCH_STATUSES, 'batchStatusUnknown'),
  at: isoDateTime.optional(),
});

export const CreateReadingBody = z.strictObject({
  at: isoDateTime,
  currentA: num('currentA'),
  volts: num('volts').optional(),
  temperatureC: num('temperatureC').optional(),
  note: text(500).optional(),
});

export const CreateFinishingStepBody = z.strictObject({
  kind: enumOf(FINISHING_KINDS, 'finishingKindUnknown'),
  performedOn: isoDate,
  /** Material bought for this step (silver solution, lacquer …); counted as other materials in costing. */
  costIdr: money.optional(),
  note: text(500).optional(),
});

export const RecordQcBody = z.strictObject({
  outcome: enumOf(QC_OUTCOMES, 'qcOutcomeUnknown'),
  defects: z
    .array(enumOf(DEFECT_IDS, 'defectUnknown'))
    .max(DEFECT_IDS.length)
    .refine((ids) => new Set(ids).size === ids.length, { error: rec('defectRepeated') })
    .default([]),
  note: text(500).optional(),
  /** Copper of this piece, weighed without its core. */
  measuredMassG: num('massG').nullable().optional(),
});
export type RecordQcBody = z.infer<typeof RecordQcBody>;

/** Measured mass: this value, else the batch's, else the sum of every piece's. */
export const CalibrateBatchBody = z.strictObject({
  measuredMassG: num('massG').optional(),
  applyToBath: z.boolean({ error: rec('booleanRequired') }).default(false),
});

export const BatchPieceParams = z.strictObject({ id: z.uuid(), pieceId: z.uuid() });
export const BatchReadingParams = z.strictObject({ id: z.uuid(), readingId: z.uuid() });
export const BatchFinishingParams = z.strictObject({ id: z.uuid(), stepId: z.uuid() });

// ---------------------------------------------------------------- batches: answers

export const PlannedStep = z.object({
  currentA: z.number(),
  minutes: z.number(),
  currentDensityAdm2: z.number(),
});

export const BatchPlan = z.object({
  input: z.unknown(),
  efficiency: z.number(),
  totalAreaCm2: z.number(),
  steps: z.array(PlannedStep),
  hours: z.number(),
  chargeAh: z.number(),
  massG: z.number(),
  thicknessUm: z.number(),
  warnings: z.array(WarningSchema),
});

export const Piece = z.object({
  id: z.uuid(),
  position: z.number().int(),
  label: z.string().nullable(),
  objectType: z.enum(OBJECT_TYPES),
  species: z.string().nullable(),
  area: z.object({
    source: z.enum(AREA_SOURCES),
    lengthCm: z.number().optional(),
    widthCm: z.number().optional(),
    shapeFactor: z.number().optional(),
    faces: z.number().optional(),
    coinId: z.string().optional(),
  }),
  areaCm2: z.number(),
  targetThicknessUm: z.number(),
  /** Copper a shell of the target thickness holds: ρ·A·δ. */
  targetCopperG: z.number(),
  /** Time at the plan's main density to reach this piece's target (pull it out then). */
  plannedHoursToTarget: z.number().nullable(),
  measuredMassG: z.number().nullable(),
  qc: z
    .object({
      outcome: z.enum(QC_OUTCOMES),
      defects: z.array(z.enum(DEFECT_IDS)),
      note: z.string().nullable(),
      at: z.string(),
    })
    .nullable(),
});
export type Piece = z.infer<typeof Piece>;

export const Reading = z.object({
  id: z.uuid(),
  at: z.string(),
  currentA: z.number(),
  volts: z.number().nullable(),
  temperatureC: z.number().nullable(),
  note: z.string().nullable(),
});

export const FinishingStep = z.object({
  id: z.uuid(),
  kind: z.enum(FINISHING_KINDS),
  performedOn: z.string(),
  costIdr: z.number().nullable(),
  note: z.string().nullable(),
});

export const Calibration = z.object({
  measuredMassG: z.number(),
  massSource: z.enum(['request', 'batch', 'pieces']),
  chargeC: z.number(),
  chargeAh: z.number(),
  theoreticalMassG: z.number(),
  efficiency: z.number(),
  appliedToBath: z.boolean(),
  at: z.string(),
  working: z.array(WorkingStepSchema),
  warnings: z.array(WarningSchema),
});

const batchBase = {
  id: z.uuid(),
  ownerUserId: z.uuid(),
  ownerName: z.string(),
  bathId: z.uuid(),
  bathName: z.string(),
  name: z.string(),
  status: z.enum(BATCH_STATUSES),
  plannedStartAt: z.string().nullable(),
  actualStartAt: z.string().nullable(),
  actualStopAt: z.string().nullable(),
  completedAt: z.string().nullable(),
  notes: z.string().nullable(),
  pieceCount: z.number().int(),
  totalAreaCm2: z.number(),
  plannedHours: z.number(),
  qc: z.object({ pass: z.number().int(), rework: z.number().int(), reject: z.number().int() }),
  createdAt: z.string(),
  updatedAt: z.string(),
};

export const BatchListItem = z.object(batchBase);
export const BatchList = pageOf(BatchListItem);

export const Batch = z.object({
  ...batchBase,
  /** Statuses this batch may move to now. */
  nextStatuses: z.array(z.enum(BATCH_STATUSES)),
  plan: BatchPlan,
  pieces: z.array(Piece),
  readings: z.array(Reading),
  /** Charge from the readings (each held until the next, the last until stop or now). */
  actualChargeAh: z.number().nullable(),
  finishing: z.array(FinishingStep),
  measuredMassG: z.number().nullable(),
  calibration: Calibration.nullable(),
});
export type Batch = z.infer<typeof Batch>;

export const ListBatchesQuery = PageQuery.extend({
  bathId: z.uuid().optional(),
  status: z.enum(BATCH_STATUSES).optional(),
  ownerId: z.uuid().optional(),
});
