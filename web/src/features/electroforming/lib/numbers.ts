import { isHalfTyped, readNumberText } from '#core/number-text';

/** What a number field holds: the number it read, or the text as typed while empty or unreadable. */
export type NumberValue = number | string;

/**
 * The number a field holds: undefined while empty or half-typed ("1,", "-"); NaN for text that
 * cannot be read in full ("1e9", "1/2"), which the field explains and every calculator refuses,
 * so a half-read number never reaches a result.
 */
export function toNumber(value: NumberValue | null | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.trim() === '' || isHalfTyped(value)) return undefined;
  // A field hands over a number whenever it reads the text in the reader's language; text that
  // reaches here was refused there (or is being typed), so no language is needed to judge it.
  const read = readNumberText(value, { kind: 'decimal', allowNegative: true });
  return read.ok ? read.value : Number.NaN;
}

export function isBlank(value: NumberValue | null | undefined): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}
