import { z } from 'zod';
import { PRICE_ROUNDINGS } from '#core/domain/electroforming/price-rounding';
import { COST_ITEMS } from '#core/domain/electroforming/pricing';
import { SOLVE_FOR } from '#core/domain/electroforming/solve';
import { CURRENT_DENSITY_UNITS, UNIT_IDS } from '#core/domain/electroforming/units';
import { WARNING_CODES } from '#core/domain/electroforming/windows';

/**
 * Response half of the `POST /api/electroforming/calculate` contract. It describes the core's
 * own result types (core/domain/electroforming/calculate.ts) in zod: the server's handler is
 * type-checked against it, and the contract tests parse every answer with it.
 */

const figure = z.number();
const optionalFigure = figure.optional();
const params = z.record(z.string(), z.union([z.string(), z.number()]));
export const UnitIdSchema = z.enum(UNIT_IDS);
export const WorkingStepSchema = z.object({
  key: z.string(),
  formula: z.string(),
  substituted: z.string(),
  result: z.object({ value: figure, unit: UnitIdSchema }),
  params: params.optional(),
});
export const WarningSchema = z.object({
  code: z.enum(WARNING_CODES),
  key: z.string(),
  field: z.string(),
  params,
});
const explained = {
  units: z.record(z.string(), UnitIdSchema),
  working: z.array(WorkingStepSchema),
  warnings: z.array(WarningSchema),
};
const response = <K extends string, S extends z.ZodRawShape>(kind: K, shape: S) =>
  z.object({ kind: z.literal(kind), ...shape, ...explained });

const plating = {
  solveFor: z.enum(SOLVE_FOR),
  thicknessUm: figure,
  hours: figure,
  currentDensityAdm2: figure,
  depositRateUmPerHour: figure,
  currentA: optionalFigure,
  chargeC: optionalFigure,
  chargeAh: optionalFigure,
  massG: optionalFigure,
};
const area = { areaCm2: figure, perFaceCm2: figure, areaDm2: figure, areaIn2: figure };
const note = z.object({ key: z.string(), params });
const current = {
  currentA: figure,
  currentDensityAdm2: figure,
  areaDm2: figure,
  currentDensities: z.record(z.enum(CURRENT_DENSITY_UNITS), figure),
};

export const CalculateResponseSchema = z.discriminatedUnion('kind', [
  response('deposit', {
    chargeC: figure,
    chargeAh: figure,
    massG: figure,
    thicknessUm: figure,
    hours: figure,
    averageCurrentA: figure,
    steps: z.array(
      z.object({
        currentA: figure,
        minutes: figure,
        currentDensityAdm2: figure,
        chargeC: figure,
        massG: figure,
        thicknessUm: figure,
        cumulativeThicknessUm: figure,
      }),
    ),
  }),
  response('time', { ...plating, currentA: figure, chargeC: figure, chargeAh: figure, massG: figure }),
  response('thickness', plating),
  response('solve', plating),
  response('current', current),
  response('density', current),
  response('convert', { value: figure, quantity: z.string(), from: z.string(), to: z.string() }),
  response('area', area),
  response('photoArea', { ...area, coinAreaCm2: figure, coinDiameterMm: figure, cm2PerPixel: figure }),
  response('copper', { massG: figure, volumeCm3: figure, costIdr: optionalFigure }),
  response('energy', { wh: figure, kwh: figure, dcWh: figure, costIdr: figure }),
  response('bath', {
    copperSulfateG: figure,
    copperG: figure,
    copperGL: figure,
    sulfuricAcidG: figure,
    sulfuricAcidMl: figure,
    chlorideMg: figure,
    hydrochloricAcidMl: figure,
    waterInitialL: figure,
    procedure: z.array(note),
    safety: z.array(z.string()),
  }),
  response('price', {
    materialsIdr: figure,
    electricityIdr: figure,
    labourIdr: figure,
    directCostIdr: figure,
    overheadIdr: figure,
    costIdr: figure,
    wholesaleIdr: figure,
    retailIdr: figure,
    rounding: z.enum(PRICE_ROUNDINGS),
    wholesaleUsd: optionalFigure,
    retailUsd: optionalFigure,
    wholesaleEur: optionalFigure,
    retailEur: optionalFigure,
    breakdown: z.array(z.object({ item: z.enum(COST_ITEMS), key: z.string(), idr: figure, share: figure })),
  }),
  response('calibrate', { efficiency: figure, theoreticalMassG: figure, chargeC: figure }),
]);

export type CalculateResponse = z.infer<typeof CalculateResponseSchema>;
