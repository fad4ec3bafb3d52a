import { z } from 'zod';
import {
  DEFAULT_EFFICIENCY,
  DEFAULT_FACES,
  DEFAULT_PRICE_PER_KWH_IDR,
  DEFAULT_RECTIFIER_EFFICIENCY,
  DEFAULT_RETAIL_MULTIPLIER,
  DEFAULT_SHAPE_FACTOR,
  DEFAULT_WHOLESALE_MULTIPLIER,
} from '#core/domain/electroforming/constants';
import { MAX_RUN_STEPS } from '#core/domain/electroforming/faraday';
import { LIMITS, type LimitName } from '#core/domain/electroforming/limits';
import { DEFAULT_PRICE_ROUNDING, PRICE_ROUNDINGS } from '#core/domain/electroforming/price-rounding';
import { SOLVE_FOR } from '#core/domain/electroforming/solve';
import {
  AREA_UNITS,
  CURRENT_DENSITY_UNITS,
  THICKNESS_UNITS,
  TIME_UNITS,
} from '#core/domain/electroforming/units';
import { OPERATING_WINDOWS } from '#core/domain/electroforming/windows';

/**
 * The contract of `POST /api/electroforming/calculate`: a discriminated union on `kind`.
 * Every message is an i18n key `electroforming:errors.<name>` that the server's error
 * handler translates. The schema checks shapes and each field's range (from the core's
 * LIMITS table); cross-field rules (one of current / density, a current that is an absurd
 * density on this area, what a solve needs) are the core's, applied once when the server
 * computes the answer, and refused with the same field paths.
 */

const msg = (name: string) => `electroforming:errors.${name}`;

function num(name: LimitName) {
  const lim = LIMITS[name];
  const error = msg(lim.key);
  const base = z.number({ error });
  const low = lim.minExclusive ? base.gt(lim.min, { error }) : base.gte(lim.min, { error });
  return 'integer' in lim && lim.integer
    ? low.lte(lim.max, { error }).int({ error })
    : low.lte(lim.max, { error });
}

const optional = (name: LimitName) => num(name).optional();
const window = z.enum(Object.keys(OPERATING_WINDOWS) as [keyof typeof OPERATING_WINDOWS], {
  error: msg('unknownWindow'),
});
const common = { operatingWindow: window.optional() };
const efficiency = num('efficiency').default(DEFAULT_EFFICIENCY);

const RunStepSchema = z.strictObject({ currentA: num('currentA'), minutes: num('minutes') });
const steps = z
  .array(RunStepSchema, { error: msg('stepsRange') })
  .min(1, { error: msg('stepsRange') })
  .max(MAX_RUN_STEPS, { error: msg('stepsRange') });

export const DepositRequest = z.strictObject({
  kind: z.literal('deposit'),
  areaCm2: num('areaCm2'),
  efficiency,
  steps,
  ...common,
});

/** The drive of a plating plan: either current (needs area) or current density. */
const drive = { currentA: optional('currentA'), currentDensityAdm2: optional('currentDensityAdm2') };

export const TimeRequest = z.strictObject({
  kind: z.literal('time'),
  areaCm2: num('areaCm2'),
  efficiency,
  thicknessUm: num('thicknessUm'),
  ...drive,
  ...common,
});

export const ThicknessRequest = z.strictObject({
  kind: z.literal('thickness'),
  areaCm2: optional('areaCm2'),
  efficiency,
  hours: num('hours'),
  ...drive,
  ...common,
});

export const SolveRequest = z.strictObject({
  kind: z.literal('solve'),
  solveFor: z.enum(SOLVE_FOR, { error: msg('solveForUnknown') }),
  areaCm2: optional('areaCm2'),
  efficiency,
  thicknessUm: optional('thicknessUm'),
  hours: optional('hours'),
  ...drive,
  ...common,
});

export const CurrentRequest = z.strictObject({
  kind: z.literal('current'),
  areaCm2: num('areaCm2'),
  currentDensityAdm2: optional('currentDensityAdm2'),
  currentDensity: z
    .number({ error: msg('currentDensityRange') })
    .gt(0, { error: msg('currentDensityRange') })
    .optional(),
  currentDensityUnit: z.enum(CURRENT_DENSITY_UNITS, { error: msg('unknownUnit') }).optional(),
  ...common,
});

export const DensityRequest = z.strictObject({
  kind: z.literal('density'),
  areaCm2: num('areaCm2'),
  currentA: num('currentA'),
  ...common,
});

const unitsOf = <T extends readonly [string, ...string[]]>(units: T) =>
  z.enum(units, { error: msg('unknownUnit') });
const convertShape = <Q extends string, T extends readonly [string, ...string[]]>(quantity: Q, units: T) =>
  z.strictObject({
    kind: z.literal('convert'),
    quantity: z.literal(quantity),
    value: num('convertValue'),
    from: unitsOf(units),
    to: unitsOf(units),
  });

export const ConvertRequest = z.discriminatedUnion('quantity', [
  convertShape('currentDensity', CURRENT_DENSITY_UNITS),
  convertShape('thickness', THICKNESS_UNITS),
  convertShape('area', AREA_UNITS),
  convertShape('time', TIME_UNITS),
]);

export const AreaRequest = z.strictObject({
  kind: z.literal('area'),
  lengthCm: num('lengthCm'),
  widthCm: num('lengthCm'),
  shapeFactor: num('shapeFactor').default(DEFAULT_SHAPE_FACTOR),
  faces: num('faces').default(DEFAULT_FACES),
});

export const PhotoAreaRequest = z.strictObject({
  kind: z.literal('photoArea'),
  objectPixels: num('pixels'),
  coinPixels: num('pixels'),
  coinId: z
    .string({ error: msg('unknownCoin') })
    .max(64, { error: msg('unknownCoin') })
    .optional(),
  coinDiameterMm: optional('coinDiameterMm'),
  faces: num('faces').default(DEFAULT_FACES),
});

export const CopperRequest = z.strictObject({
  kind: z.literal('copper'),
  areaCm2: num('areaCm2'),
  thicknessUm: num('thicknessUm'),
  pricePerKgIdr: optional('moneyIdr'),
});

export const EnergyRequest = z.strictObject({
  kind: z.literal('energy'),
  currentA: num('currentA'),
  volts: num('volts'),
  hours: num('hours'),
  rectifierEfficiency: num('rectifierEfficiency').default(DEFAULT_RECTIFIER_EFFICIENCY),
  pricePerKwhIdr: num('moneyIdr').default(DEFAULT_PRICE_PER_KWH_IDR),
});

export const BathRequest = z.strictObject({
  kind: z.literal('bath'),
  volumeL: num('volumeL'),
  copperSulfateGL: optional('copperSulfateGL'),
  sulfuricAcidGL: optional('sulfuricAcidGL'),
  chloridePpm: optional('chloridePpm'),
  temperatureC: optional('temperatureC'),
  sulfuricAcidStockPct: optional('stockPct'),
  sulfuricAcidStockDensity: optional('densityGMl'),
  hydrochloricAcidStockPct: optional('stockPct'),
  hydrochloricAcidStockDensity: optional('densityGMl'),
  ...common,
});

export const PriceRequest = z.strictObject({
  kind: z.literal('price'),
  materialsIdr: optional('moneyIdr'),
  copperIdr: optional('moneyIdr'),
  paintIdr: optional('moneyIdr'),
  sealantIdr: optional('moneyIdr'),
  findingsIdr: optional('moneyIdr'),
  electricityIdr: optional('moneyIdr'),
  labourHours: num('labourHours').default(0),
  labourRateIdr: num('moneyIdr').default(0),
  overheadPct: num('overheadPct').default(0),
  wholesaleMultiplier: num('multiplier').default(DEFAULT_WHOLESALE_MULTIPLIER),
  retailMultiplier: num('multiplier').default(DEFAULT_RETAIL_MULTIPLIER),
  idrPerUsd: optional('exchangeRateIdr'),
  idrPerEur: optional('exchangeRateIdr'),
  rounding: z.enum(PRICE_ROUNDINGS, { error: msg('roundingUnknown') }).default(DEFAULT_PRICE_ROUNDING),
});

export const CalibrateRequest = z.strictObject({
  kind: z.literal('calibrate'),
  measuredMassG: num('massG'),
  steps,
});

export const CalculateRequestSchema = z.discriminatedUnion(
  'kind',
  [
    DepositRequest,
    TimeRequest,
    ThicknessRequest,
    SolveRequest,
    CurrentRequest,
    DensityRequest,
    ConvertRequest,
    AreaRequest,
    PhotoAreaRequest,
    CopperRequest,
    EnergyRequest,
    BathRequest,
    PriceRequest,
    CalibrateRequest,
  ],
  { error: msg('unknownKind') },
);

export type CalculateRequest = z.output<typeof CalculateRequestSchema>;
export type CalculateRequestInput = z.input<typeof CalculateRequestSchema>;
export type CalculateKind = CalculateRequest['kind'];

export {
  type CalculateResponse,
  CalculateResponseSchema,
  UnitIdSchema,
  WarningSchema,
  WorkingStepSchema,
} from './calculate-response';
