import { isElectroformingInputError } from '#core/domain/electroforming';
import { AppError } from '#server/lib/errors';

export const recordKey = (name: string) => `electroforming:records.${name}`;

/** The core's refusal as a 400 `calculation_invalid` naming each field (under `prefix`). */
export function calculationError(
  issues: readonly { field: string; key: string; params: Record<string, unknown> }[],
  prefix = '',
): AppError {
  return new AppError('calculation_invalid', 'errors:codes.calculation_invalid', {
    details: {
      fields: issues.map((i) => ({
        path: prefix ? `${prefix}.${i.field}` : i.field,
        code: 'custom',
        message: i.key,
        params: i.params,
      })),
    },
  });
}

/** Runs core math; its input errors become field errors under `prefix` instead of a 500. */
export function runCore<T>(fn: () => T, prefix = ''): T {
  try {
    return fn();
  } catch (error) {
    if (isElectroformingInputError(error)) throw calculationError(error.issues, prefix);
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
