import { z } from 'zod';
import {
  DEFAULT_RECTIFIER_EFFICIENCY,
  DEFAULT_RETAIL_MULTIPLIER,
  DEFAULT_WHOLESALE_MULTIPLIER,
} from '#core/domain/electroforming/constants';
import { DEFECT_IDS } from '#core/domain/electroforming/defects';
import { DEFAULT_PRICE_ROUNDING, PRICE_ROUNDINGS } from '#core/domain/electroforming/price-rounding';
import { COST_ITEMS } from '#core/domain/electroforming/pricing';
import { PageQuery, pageOf } from '#core/schemas/common';
import { PriceRequest } from './calculate';
import { WarningSchema, WorkingStepSchema } from './calculate-response';
import { BATCH_STATUSES } from './enums';
import { enumOf, money, name, num, rec, text } from './fields';

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
  rounding: enumOf(PRICE_ROUNDINGS, 'roundingUnknown').default(DEFAULT_PRICE_ROUNDING),
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
  /** Absent on sheets saved before prices were rounded by a rule. */
  rounding: z.enum(PRICE_ROUNDINGS).optional(),
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
  /** Months are calendar months at this offset from UTC; by default the office time zone's. */
  utcOffsetMinutes: z.coerce.number().int().min(-720).max(840).optional(),
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
