import {
  type AreaResult,
  areaFromDimensions,
  areaFromPhoto,
  type DimensionsInput,
  type PhotoAreaInput,
  type PhotoAreaResult,
} from './area';
import { type BathInput, type BathResult, makeUpBath } from './bath';
import { type CalibrationInput, type CalibrationResult, calibrateEfficiency } from './calibrate';
import { type ConvertInput, type ConvertResult, convertExplained } from './convert';
import { type CopperInput, type CopperResult, copperConsumed } from './copper';
import {
  type CurrentInput,
  type CurrentResult,
  currentFromDensity,
  type DensityInput,
  densityFromCurrent,
} from './current';
import { type EnergyInput, type EnergyResult, energyCost } from './energy';
import { ElectroformingInputError, errorKey } from './errors';
import { type DepositInput, type DepositResult, depositRun } from './faraday';
import { InputChecker } from './limits';
import { type PriceInput, type PriceResult, priceProduct } from './pricing';
import { type SolveInput, type SolveResult, solvePlating } from './solve';

/**
 * The calculators as one request → one answer, dispatched on `kind`. These are the core's own
 * types; the HTTP contract (core/schemas/electroforming) describes the same shapes in zod and
 * its tests parse every answer, so the two cannot drift apart.
 */

type Plating = Omit<SolveInput, 'solveFor'>;

export type CalculateRequest =
  | ({ kind: 'deposit' } & DepositInput)
  | ({ kind: 'time' } & Plating)
  | ({ kind: 'thickness' } & Plating)
  | ({ kind: 'solve' } & SolveInput)
  | ({ kind: 'current' } & CurrentInput)
  | ({ kind: 'density' } & DensityInput)
  | ({ kind: 'convert' } & ConvertInput)
  | ({ kind: 'area' } & DimensionsInput)
  | ({ kind: 'photoArea' } & PhotoAreaInput)
  | ({ kind: 'copper' } & CopperInput)
  | ({ kind: 'energy' } & EnergyInput)
  | ({ kind: 'bath' } & BathInput)
  | ({ kind: 'price' } & PriceInput)
  | ({ kind: 'calibrate' } & CalibrationInput);

type TimeResult = SolveResult & { currentA: number; chargeC: number; chargeAh: number; massG: number };

export type CalculateResponse =
  | ({ kind: 'deposit' } & DepositResult)
  | ({ kind: 'time' } & TimeResult)
  | ({ kind: 'thickness' } & SolveResult)
  | ({ kind: 'solve' } & SolveResult)
  | ({ kind: 'current' } & CurrentResult)
  | ({ kind: 'density' } & CurrentResult)
  | ({ kind: 'convert' } & ConvertResult)
  | ({ kind: 'area' } & AreaResult)
  | ({ kind: 'photoArea' } & PhotoAreaResult)
  | ({ kind: 'copper' } & CopperResult)
  | ({ kind: 'energy' } & EnergyResult)
  | ({ kind: 'bath' } & BathResult)
  | ({ kind: 'price' } & PriceResult)
  | ({ kind: 'calibrate' } & CalibrationResult);

export type CalculateKind = CalculateRequest['kind'];
type Kind = CalculateKind;
type RequestOf<K extends Kind> = Extract<CalculateRequest, { kind: K }>;
type ResponseOf<K extends Kind> = Extract<CalculateResponse, { kind: K }>;
type Calculator<K extends Kind> = (request: RequestOf<K>) => ResponseOf<K>;

/** Drops `kind` so a request can be handed to the core function unchanged. */
function body<T extends { kind: string }>(request: T): Omit<T, 'kind'> {
  const { kind: _kind, ...rest } = request;
  return rest;
}

/**
 * One calculator per `kind`. Each core function validates its own input (throwing
 * `ElectroformingInputError`) and applies its own defaults, so requests may come parsed by
 * the HTTP schema or straight from a form.
 */
export const CALCULATORS: { [K in Kind]: Calculator<K> } = {
  deposit: (r) => ({ kind: 'deposit', ...depositRun(body(r)) }),
  time: (r) => {
    // Without the area this kind could not report current and mass, so it is required.
    new InputChecker().check('areaCm2', r.areaCm2, 'areaCm2').throwIfAny();
    const result = solvePlating({ ...body(r), solveFor: 'time' });
    const { currentA = 0, chargeC = 0, chargeAh = 0, massG = 0 } = result;
    return { ...result, kind: 'time', currentA, chargeC, chargeAh, massG };
  },
  thickness: (r) => ({ kind: 'thickness', ...solvePlating({ ...body(r), solveFor: 'thickness' }) }),
  solve: (r) => ({ kind: 'solve', ...solvePlating(body(r)) }),
  current: (r) => ({ kind: 'current', ...currentFromDensity(body(r)) }),
  density: (r) => ({ kind: 'density', ...densityFromCurrent(body(r)) }),
  convert: (r) => ({ kind: 'convert', ...convertExplained(body(r)) }),
  area: (r) => ({ kind: 'area', ...areaFromDimensions(body(r)) }),
  photoArea: (r) => ({ kind: 'photoArea', ...areaFromPhoto(body(r)) }),
  copper: (r) => ({ kind: 'copper', ...copperConsumed(body(r)) }),
  energy: (r) => ({ kind: 'energy', ...energyCost(body(r)) }),
  bath: (r) => ({ kind: 'bath', ...makeUpBath(body(r)) }),
  price: (r) => ({ kind: 'price', ...priceProduct(body(r)) }),
  calibrate: (r) => ({ kind: 'calibrate', ...calibrateEfficiency(body(r)) }),
};

/**
 * The single entry point of `POST /api/electroforming/calculate`: dispatches on `kind`.
 * Throws `ElectroformingInputError` for input the core refuses.
 */
export function calculate(request: CalculateRequest): CalculateResponse {
  const calculator = Object.hasOwn(CALCULATORS, request.kind)
    ? (CALCULATORS[request.kind] as Calculator<Kind>)
    : undefined;
  if (!calculator) {
    throw new ElectroformingInputError([
      { field: 'kind', key: errorKey('unknownKind'), params: { kind: String(request.kind) } },
    ]);
  }
  return calculator(request as never);
}
