import type { CalculateRequestInput } from '#core/schemas/electroforming';
import { areaFromDimensions, areaFromPhoto } from './area';
import { makeUpBath } from './bath';
import { calibrateEfficiency } from './calibrate';
import { convertExplained } from './convert';
import { copperConsumed } from './copper';
import { currentFromDensity, densityFromCurrent } from './current';
import { energyCost } from './energy';
import { ElectroformingInputError, errorKey } from './errors';
import { depositRun } from './faraday';
import { InputChecker } from './limits';
import { priceProduct } from './pricing';
import type { CalculateResponse } from './response-schema';
import { solvePlating } from './solve';

type Kind = CalculateRequestInput['kind'];
type RequestOf<K extends Kind> = Extract<CalculateRequestInput, { kind: K }>;
type ResponseOf<K extends Kind> = Extract<CalculateResponse, { kind: K }>;
type Calculator<K extends Kind> = (request: RequestOf<K>) => ResponseOf<K>;

/** Drops `kind` so a request can be handed to the core function unchanged. */
function body<T extends { kind: string }>(request: T): Omit<T, 'kind'> {
  const { kind: _kind, ...rest } = request;
  return rest;
}

/**
 * One calculator per `kind`. Each core function validates its own input (throwing
 * `ElectroformingInputError`) and applies the same defaults as the zod schema, so requests
 * may come parsed or raw.
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
export function calculate(request: CalculateRequestInput): CalculateResponse {
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
