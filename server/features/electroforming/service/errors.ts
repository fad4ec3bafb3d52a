import {
  type ElectroformingInputError,
  isElectroformingInputError,
  prefixIssues,
} from '#core/domain/electroforming';
import { AppError } from '#server/lib/errors';

export const recordKey = (name: string) => `electroforming:records.${name}`;

const fieldsOf = (error: ElectroformingInputError) =>
  error.issues.map((i) => ({ path: i.field, code: 'custom', message: i.key, params: i.params }));

/**
 * The core's refusal as a 400 naming each field: `calculation_invalid` for figures the math
 * cannot take, `validation_failed` for a rule of a plan or a costing (strike thicker than the
 * target, costing from readings that do not exist).
 */
export function refusal(error: ElectroformingInputError): AppError {
  const code = error.reason === 'rule' ? 'validation_failed' : 'calculation_invalid';
  return new AppError(code, `errors:codes.${code}`, { details: { fields: fieldsOf(error) } });
}

/**
 * A calculator request the core refuses reads like any request zod refuses: 400
 * `validation_failed` with the fields' paths (the schema checks shapes; the core the rest).
 */
export function calculationRefusal(error: ElectroformingInputError): AppError {
  return new AppError('validation_failed', 'errors:codes.validation_failed', {
    details: { fields: fieldsOf(error) },
  });
}

/** Runs core math; its refusals become field errors under `prefix` instead of a 500. */
export function runCore<T>(fn: () => T, prefix = ''): T {
  try {
    return fn();
  } catch (error) {
    if (isElectroformingInputError(error)) throw refusal(prefixIssues(error, prefix));
    throw error;
  }
}

/** A request that is well formed but not allowed in the record's current state (409). */
export function stateConflict(path: string, name: string, params?: Record<string, unknown>): AppError {
  const key = recordKey(name);
  return new AppError('conflict', key, {
    params,
    details: { fields: [{ path, code: 'custom', message: key, ...(params ? { params } : {}) }] },
  });
}
