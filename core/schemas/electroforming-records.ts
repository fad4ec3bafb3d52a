import { z } from 'zod';
import {
  DEFAULT_EFFICIENCY,
  DEFAULT_FACES,
  DEFAULT_RECTIFIER_EFFICIENCY,
  DEFAULT_RETAIL_MULTIPLIER,
  DEFAULT_SHAPE_FACTOR,
  DEFAULT_WHOLESALE_MULTIPLIER,
} from '../domain/electroforming/constants';
import { DEFECT_IDS } from '../domain/electroforming/defects';
import { MAX_RUN_STEPS } from '../domain/electroforming/faraday';
import { LIMITS, type LimitName } from '../domain/electroforming/limits';
import { COST_ITEMS } from '../domain/electroforming/pricing';
import { WarningSchema, WorkingStepSchema } from '../domain/electroforming/response-schema';
import { OPERATING_WINDOWS } from '../domain/electroforming/windows';
import { PageQuery, pageOf } from './common';
import { PriceRequest } from './electroforming';

/**
 * The CRUD contract of the electroforming workbench: baths and their maintenance log,
 * batches (pieces, plan, readings, finishing, QC, calibration), costing and price sheets,
 * office settings, statistics and summaries. Number ranges come from the core's LIMITS
 * table (messages `electroforming:errors.*`, shared with the calculators); record-specific
 * messages are `electroforming:records.*`.
 */

const rangeMsg = (name: LimitName) => `electroforming:errors.${LIMITS[name].key}`;
const rec = (name: string) => `electroforming:records.${name}`;

function num(name: LimitName) {
  const lim = LIMITS[name];
  const error = rangeMsg(name);
  const base = z.number({ error });
  const low = lim.minExclusive ? base.gt(lim.min, { error }) : base.gte(lim.min, { error });
  return 'integer' in lim && lim.integer
    ? low.lte(lim.max, { error }).int({ error })
    : low.lte(lim.max, { error });
}

const text = (max: number) =>
  z
    .string({ error: rec('textTooLong') })
    .trim()
    .max(max, { error: rec('textTooLong') });
const name = z
  .string({ error: rec('nameRequired') })
  .trim()
  .min(1, { error: rec('nameRequired') })
  .max(120, { error: rec('textTooLong') });
const notes = text(2000);
const isoDate = z.iso.date({ error: rec('dateFormat') });
const isoDateTime = z.iso.datetime({ offset: true, error: rec('dateTimeFormat') });
const money = num('moneyIdr');

// ---------------------------------------------------------------- enums

export const BATH_STATUSES = ['active', 'resting', 'retired'] as const;
export const ANODE_TYPES = ['phosphorizedCopper', 'pureCopper', 'scrapCopper', 'other'] as const;
export const MAINTENANCE_KINDS = [
  'analysis',
  'addition',
  'filtering',
  'carbonTreatment',
  'anodeChange',
  'bagChange',
  'note',
] as const;
export const CHEMICALS = [
  'copperSulfate',
  'sulfuricAcid',
  'hydrochloricAcid',
  'water',
  'brightener',
  'other',
] as const;
export const AMOUNT_UNITS = ['g', 'kg', 'mL', 'L'] as const;
export const OBJECT_TYPES = ['leaf', 'twig', 'flower', 'seedPod', 'shell', 'other'] as const;
export const AREA_SOURCES = ['entered', 'dimensions', 'photo'] as const;
export const BATCH_STATUSES = ['planned', 'running', 'finishing', 'done', 'cancelled'] as const;
export const FINISHING_KINDS = [
  'neutralize',
  'polish',
  'patina',
  'silverPlate',
  'goldPlate',
  'lacquer',
  'other',
] as const;
export const QC_OUTCOMES = ['pass', 'rework', 'reject'] as const;
export const WINDOW_PRESETS = Object.keys(OPERATING_WINDOWS) as [keyof typeof OPERATING_WINDOWS];

export type BathStatus = (typeof BATH_STATUSES)[number];
export type BatchStatus = (typeof BATCH_STATUSES)[number];
export type QcOutcome = (typeof QC_OUTCOMES)[number];

/** Which batch status may follow which; `done` and `cancelled` are final. */
export const BATCH_TRANSITIONS: Record<BatchStatus, readonly BatchStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['finishing', 'cancelled'],
  finishing: ['done', 'cancelled'],
  done: [],
  cancelled: [],
};

const enumOf = <T extends readonly [string, ...string[]]>(values: T, key: string) =>
  z.enum(values, { error: rec(key) });

// ---------------------------------------------------------------- baths

const range = (limit: LimitName) =>
  z
    .strictObject({ min: num(limit), max: num(limit) })
    .refine((r) => r.min <= r.max, { error: rec('windowMinAboveMax'), path: ['max'] });

export const OperatingWindowSchema = z.object({
  copperSulfateGL: z.object({ min: z.number(), max: z.number() }),
  sulfuricAcidGL: z.object({ min: z.number(), max: z.number() }),
  chloridePpm: z.object({ min: z.number(), max: z.number() }),
  currentDensityAdm2: z.object({ min: z.number(), max: z.number() }),
  temperatureC: z.object({ min: z.number(), max: z.number() }),
});

/** Ranges given here replace those of the preset; the others keep the preset's values. */
export const OperatingWindowOverrides = z.strictObject({
  copperSulfateGL: range('copperSulfateGL').optional(),
  sulfuricAcidGL: range('sulfuricAcidGL').optional(),
  chloridePpm: range('chloridePpm').optional(),
  currentDensityAdm2: range('currentDensityAdm2').optional(),
  temperatureC: range('temperatureC').optional(),
});

export const BathCompositionInput = z.strictObject({
  copperSulfateGL: num('copperSulfateGL'),
  sulfuricAcidGL: num('sulfuricAcidGL'),
  chloridePpm: num('chloridePpm'),
  temperatureC: num('temperatureC').nullable().optional(),
});

export const CreateBathBody = z.strictObject({
  name,
  volumeL: num('volumeL'),
  composition: BathCompositionInput,
  anodeType: enumOf(ANODE_TYPES, 'anodeTypeUnknown').default('phosphorizedCopper'),
  operatingWindowPreset: enumOf(WINDOW_PRESETS, 'windowPresetUnknown').default('default'),
  operatingWindow: OperatingWindowOverrides.optional(),
  efficiency: num('efficiency').default(DEFAULT_EFFICIENCY),
  status: enumOf(BATH_STATUSES, 'bathStatusUnknown').default('active'),
  notes: notes.optional(),
  /** The registry business this bath belongs to, once that feature exists (not checked yet). */
  businessId: z
    .uuid({ error: rec('idFormat') })
    .nullable()
    .optional(),
});
export type CreateBathBody = z.infer<typeof CreateBathBody>;

/** Changing the preset resets the window to it (plus any overrides sent with it). */
export const UpdateBathBody = z.strictObject({
  name: name.optional(),
  volumeL: num('volumeL').optional(),
  composition: BathCompositionInput.optional(),
  anodeType: enumOf(ANODE_TYPES, 'anodeTypeUnknown').optional(),
  operatingWindowPreset: enumOf(WINDOW_PRESETS, 'windowPresetUnknown').optional(),
  operatingWindow: OperatingWindowOverrides.optional(),
  efficiency: num('efficiency').optional(),
  status: enumOf(BATH_STATUSES, 'bathStatusUnknown').optional(),
  notes: notes.nullable().optional(),
  businessId: z
    .uuid({ error: rec('idFormat') })
    .nullable()
    .optional(),
});
export type UpdateBathBody = z.infer<typeof UpdateBathBody>;

export const BathComposition = z.object({
  copperSulfateGL: z.number(),
  sulfuricAcidGL: z.number(),
  chloridePpm: z.number(),
  temperatureC: z.number().nullable(),
  /** When this composition was measured: make-up (bath creation/edit) or the latest analysis. */
  measuredOn: z.string(),
});

export const Bath = z.object({
  id: z.uuid(),
  ownerUserId: z.uuid(),
  ownerName: z.string(),
  businessId: z.uuid().nullable(),
  name: z.string(),
  volumeL: z.number(),
  /** The latest known composition: make-up, overwritten field by field by each analysis. */
  composition: BathComposition,
  anodeType: z.enum(ANODE_TYPES),
  operatingWindowPreset: z.enum(WINDOW_PRESETS),
  operatingWindow: OperatingWindowSchema,
  efficiency: z.number(),
  efficiencySource: z.enum(['default', 'manual', 'calibrated']),
  status: z.enum(BATH_STATUSES),
  notes: z.string().nullable(),
  /** Where the latest composition is outside the bath's operating window. */
  warnings: z.array(WarningSchema),
  lastMaintenanceOn: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Bath = z.infer<typeof Bath>;
export const BathList = pageOf(Bath);

export const ListBathsQuery = PageQuery.extend({
  status: z.enum(BATH_STATUSES).optional(),
  /** Admins only; owners always see their own. */
  ownerId: z.uuid().optional(),
});

// ---------------------------------------------------------------- maintenance log

export const AnalysisInput = z.strictObject({
  copperSulfateGL: num('copperSulfateGL').optional(),
  sulfuricAcidGL: num('sulfuricAcidGL').optional(),
  chloridePpm: num('chloridePpm').optional(),
  temperatureC: num('temperatureC').optional(),
});

export const AdditionInput = z.strictObject({
  chemical: enumOf(CHEMICALS, 'chemicalUnknown'),
  amount: z
    .number({ error: rec('amountRange') })
    .gt(0, { error: rec('amountRange') })
    .lte(1_000_000, { error: rec('amountRange') }),
  unit: enumOf(AMOUNT_UNITS, 'amountUnitUnknown'),
  note: text(200).optional(),
});

export const CreateMaintenanceBody = z
  .strictObject({
    kind: enumOf(MAINTENANCE_KINDS, 'maintenanceKindUnknown'),
    performedOn: isoDate,
    analysis: AnalysisInput.optional(),
    additions: z
      .array(AdditionInput)
      .max(20, { error: rec('tooMany') })
      .default([]),
    note: notes.optional(),
  })
  .superRefine((body, ctx) => {
    const analysed = body.analysis && Object.values(body.analysis).some((v) => v !== undefined);
    if (body.kind === 'analysis' && !analysed)
      ctx.addIssue({ code: 'custom', path: ['analysis'], message: rec('analysisRequired') });
    if (body.kind === 'addition' && body.additions.length === 0)
      ctx.addIssue({ code: 'custom', path: ['additions'], message: rec('additionsRequired') });
  });
export type CreateMaintenanceBody = z.infer<typeof CreateMaintenanceBody>;

export const MaintenanceEntry = z.object({
  id: z.uuid(),
  bathId: z.uuid(),
  kind: z.enum(MAINTENANCE_KINDS),
  performedOn: z.string(),
  analysis: z
    .object({
      copperSulfateGL: z.number().optional(),
      sulfuricAcidGL: z.number().optional(),
      chloridePpm: z.number().optional(),
      temperatureC: z.number().optional(),
    })
    .nullable(),
  additions: z.array(
    z.object({
      chemical: z.enum(CHEMICALS),
      amount: z.number(),
      unit: z.enum(AMOUNT_UNITS),
      note: z.string().optional(),
    }),
  ),
  note: z.string().nullable(),
  /** The analysis against the bath's window at the time of answering. */
  warnings: z.array(WarningSchema),
  createdAt: z.string(),
});
export type MaintenanceEntry = z.infer<typeof MaintenanceEntry>;
export const MaintenanceList = pageOf(MaintenanceEntry);

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

// ---------------------------------------------------------------- costing and price sheets

/**
 * Batch totals, except findings which are per piece priced. Electricity: from the readings
 * once the run has stopped (`auto`), else from the plan; readings without a voltage and the
 * plan use `volts`. Rates not given come from the office settings.
 */
export const CostingInput = z.strictObject({
  copperPricePerKgIdr: money,
  paintIdr: money.default(0),
  sealantIdr: money.default(0),
  otherMaterialsIdr: money.default(0),
  findingsPerPieceIdr: money.default(0),
  electricitySource: enumOf(['auto', 'readings', 'plan'] as const, 'electricitySourceUnknown').default(
    'auto',
  ),
  volts: num('volts').optional(),
  rectifierEfficiency: num('rectifierEfficiency').default(DEFAULT_RECTIFIER_EFFICIENCY),
  pricePerKwhIdr: money.optional(),
  labourHours: num('labourHours').default(0),
  labourRateIdr: money.default(0),
  overheadPct: num('overheadPct').default(0),
  wholesaleMultiplier: num('multiplier').default(DEFAULT_WHOLESALE_MULTIPLIER),
  retailMultiplier: num('multiplier').default(DEFAULT_RETAIL_MULTIPLIER),
});
export type CostingInput = z.infer<typeof CostingInput>;

export const PriceFigures = z.object({
  materialsIdr: z.number(),
  electricityIdr: z.number(),
  labourIdr: z.number(),
  directCostIdr: z.number(),
  overheadIdr: z.number(),
  costIdr: z.number(),
  wholesaleIdr: z.number(),
  retailIdr: z.number(),
  wholesaleUsd: z.number(),
  retailUsd: z.number(),
  wholesaleEur: z.number(),
  retailEur: z.number(),
  breakdown: z.array(
    z.object({ item: z.enum(COST_ITEMS), key: z.string(), idr: z.number(), share: z.number() }),
  ),
});
export type PriceFigures = z.infer<typeof PriceFigures>;

export const Rates = z.object({
  idrPerUsd: z.number(),
  idrPerEur: z.number(),
  pricePerKwhIdr: z.number(),
});

export const CostingBasis = z.object({
  pieces: z.number().int(),
  /** Pieces the batch cost is spread over: those that passed QC once any QC exists, else all. */
  piecesPriced: z.number().int(),
  piecesBasis: z.enum(['passed', 'all']),
  totalAreaCm2: z.number(),
  copperMassG: z.number(),
  electricitySource: z.enum(['readings', 'plan']),
  hours: z.number(),
  kwh: z.number(),
  copperPricePerKgIdr: z.number(),
  rectifierEfficiency: z.number(),
});

export const CostingResult = z.object({
  basis: CostingBasis,
  rates: Rates,
  batch: PriceFigures,
  perPiece: PriceFigures,
  working: z.array(WorkingStepSchema),
  warnings: z.array(WarningSchema),
});
export type CostingResult = z.infer<typeof CostingResult>;

/** A product priced by hand (amounts per piece); exchange rates come from the settings. */
export const ManualPriceInput = PriceRequest.omit({ kind: true, idrPerUsd: true, idrPerEur: true });

const sheetCommon = { name, productRef: text(200).optional() };
export const CreatePriceSheetBody = z.discriminatedUnion(
  'source',
  [
    z.strictObject({
      source: z.literal('batch'),
      ...sheetCommon,
      batchId: z.uuid({ error: rec('idFormat') }),
      costing: CostingInput,
    }),
    z.strictObject({ source: z.literal('manual'), ...sheetCommon, price: ManualPriceInput }),
  ],
  { error: rec('sheetSourceUnknown') },
);
export type CreatePriceSheetBody = z.infer<typeof CreatePriceSheetBody>;

/** A snapshot: later changes of rates, batch or settings do not alter it. */
export const PriceSheet = z.object({
  id: z.uuid(),
  ownerUserId: z.uuid(),
  ownerName: z.string(),
  name: z.string(),
  productRef: z.string().nullable(),
  source: z.enum(['batch', 'manual']),
  batchId: z.uuid().nullable(),
  input: z.unknown(),
  basis: CostingBasis.nullable(),
  batch: PriceFigures.nullable(),
  perPiece: PriceFigures,
  rates: Rates,
  createdAt: z.string(),
});
export type PriceSheet = z.infer<typeof PriceSheet>;
export const PriceSheetList = pageOf(PriceSheet);

export const ListPriceSheetsQuery = PageQuery.extend({
  batchId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
});

// ---------------------------------------------------------------- settings

export const ElectroformingSettings = Rates.extend({ updatedAt: z.string().nullable() });
export type ElectroformingSettings = z.infer<typeof ElectroformingSettings>;

export const UpdateElectroformingSettingsBody = z.strictObject({
  idrPerUsd: num('exchangeRateIdr'),
  idrPerEur: num('exchangeRateIdr'),
  pricePerKwhIdr: money,
});

// ---------------------------------------------------------------- statistics and summaries

const outcomeCounts = {
  piecesChecked: z.number().int(),
  passed: z.number().int(),
  rework: z.number().int(),
  rejected: z.number().int(),
  /** passed / checked; null when nothing was checked. */
  yieldRate: z.number().nullable(),
  /** rejected / checked; null when nothing was checked. */
  rejectRate: z.number().nullable(),
};

export const StatsQuery = z.object({
  bathId: z.uuid().optional(),
  ownerId: z.uuid().optional(),
  /** Months of the batch start (planned start or creation when not started), inclusive. */
  from: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, rec('monthFormat'))
    .optional(),
  to: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, rec('monthFormat'))
    .optional(),
  /** Months are calendar months at this offset from UTC; default WIB (UTC+7). */
  utcOffsetMinutes: z.coerce.number().int().min(-720).max(840).default(420),
});

export const Stats = z.object({
  months: z.array(
    z.object({
      month: z.string(),
      bathId: z.uuid(),
      bathName: z.string(),
      batches: z.number().int(),
      ...outcomeCounts,
    }),
  ),
  totals: z.object({ batches: z.number().int(), ...outcomeCounts }),
  /** How many checked pieces showed each defect; share of checked pieces. */
  defects: z.array(z.object({ defectId: z.enum(DEFECT_IDS), count: z.number().int(), share: z.number() })),
});
export type Stats = z.infer<typeof Stats>;

export const OwnerSummary = z.object({
  ownerUserId: z.uuid(),
  ownerName: z.string(),
  baths: z.number().int(),
  activeBaths: z.number().int(),
  batches: z.number().int(),
  batchesByStatus: z.record(z.enum(BATCH_STATUSES), z.number().int()),
  ...outcomeCounts,
  lastActivityAt: z.string().nullable(),
});

export const Summary = z.object({
  owners: z.array(OwnerSummary),
  totals: z.object({
    owners: z.number().int(),
    baths: z.number().int(),
    batches: z.number().int(),
    ...outcomeCounts,
  }),
});
export type Summary = z.infer<typeof Summary>;
