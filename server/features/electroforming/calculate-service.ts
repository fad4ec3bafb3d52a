import { type CalculateResponse, calculate, isElectroformingInputError } from '#core/domain/electroforming';
import type { CalculateRequest } from '#core/schemas/electroforming';
import type { ServiceContext } from '#server/lib/context';
import { calculationError } from './errors';
import { authorize, canCalculate } from './policy';

/** Any signed-in user may calculate; the core's refusals become 400 with one message per field. */
export function runCalculation(ctx: ServiceContext, request: CalculateRequest): CalculateResponse {
  authorize(canCalculate(ctx.actor));
  try {
    return calculate(request);
  } catch (error) {
    if (isElectroformingInputError(error)) throw calculationError(error.issues);
    throw error;
  }
}
