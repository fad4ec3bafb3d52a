import { expect } from 'vitest';
import { ElectroformingInputError, type InputIssue } from './errors';

/** Asserts `actual` equals `expected` to `rel` relative tolerance (1e-4 is the spec's). */
export function expectClose(actual: number | undefined, expected: number, rel = 1e-4): void {
  expect(actual).toBeTypeOf('number');
  const a = actual as number;
  const scale = Math.max(Math.abs(expected), Number.MIN_VALUE);
  expect(Math.abs(a - expected) / scale, `${a} vs ${expected}`).toBeLessThanOrEqual(rel);
}

/** Runs `fn`, expects an ElectroformingInputError, and returns its issues. */
export function issuesOf(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ElectroformingInputError);
    return (error as ElectroformingInputError).issues;
  }
  throw new Error('expected an ElectroformingInputError, but nothing was thrown');
}

/** Every number anywhere in `value` (recursively). */
export function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

/** Every string anywhere in `value` (recursively). */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** The core's promise at any input: all-finite figures, or a typed refusal. Never NaN. */
export function expectFiniteOrRefused(fn: () => unknown): 'ok' | 'refused' {
  let result: unknown;
  try {
    result = fn();
  } catch (error) {
    expect(error).toBeInstanceOf(ElectroformingInputError);
    expect((error as ElectroformingInputError).issues.length).toBeGreaterThan(0);
    return 'refused';
  }
  const numbers = numbersIn(result);
  expect(numbers.filter((n) => !Number.isFinite(n))).toEqual([]);
  // Survives JSON unchanged (NaN and Infinity would turn into null).
  expect(numbersIn(JSON.parse(JSON.stringify(result)))).toEqual(numbers);
  return 'ok';
}
