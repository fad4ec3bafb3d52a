import { type CalculateResponse, calculate, isElectroformingInputError } from '#core/domain/electroforming';
import type { CalculateRequest } from '#core/schemas/electroforming';
import type { ServiceContext } from '#server/lib/context';
import { authorize, canCalculate } from '../policy';
import { calculationRefusal } from './errors';

/**
 * Any signed-in user may calculate. The schema has checked each field's shape and range; the
 * core runs once here, and what it refuses (one of current / density, a current that is an
 * absurd density on this area, what a solve needs) becomes 400 with one message per field.
 */
export function runCalculation(ctx: ServiceContext, request: CalculateRequest): CalculateResponse {
  authorize(canCalculate(ctx.actor));
  try {
    return calculate(request);
  } catch (error) {
    if (isElectroformingInputError(error)) throw calculationRefusal(error);
    throw error;
  }
}
