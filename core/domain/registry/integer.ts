import { parseLocaleNumber } from '#core/locale-number';
import { cellText, isBlankCell, isExcelError } from './cell';
import { parseDate } from './date';
import { fail, ok, type ParseResult } from './issues';
import { foldText } from './text';

export type CountOptions = { min?: number; max?: number };

/**
 * Whole non-negative numbers from cells like "3 orang", " 12 ", "1.200 pcs" or Excel numbers.
 * Any words around a single number are accepted as its unit; two numbers ("3 L 2 P") are
 * refused rather than guessed.
 */
export function parseCount(value: unknown, options: CountOptions = {}): ParseResult<number> {
  const { min = 0, max = Number.MAX_SAFE_INTEGER } = options;
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (typeof value === 'boolean' || value instanceof Date) return fail('common.invalidType');
  if (isBlankCell(value)) return fail('common.empty');

  let amount: number;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('integer.invalid', { value: String(value) });
    amount = value;
  } else {
    const text = foldText(cellText(value));
    const numbers = text.match(/\d[\d.,]*\d|\d/g) ?? [];
    if (numbers.length === 0) return fail('integer.invalid', { value: cellText(value) });
    if (numbers.length > 1) return fail('integer.multiple', { value: cellText(value) });
    if (/(^|[^a-z0-9])-\s*\d/.test(text) || /\bminus\b/.test(text)) {
      return fail('integer.negative', { value: cellText(value) });
    }
    const parsed = parseLocaleNumber(numbers[0] ?? '');
    if (!parsed.ok) return fail('integer.invalid', { value: cellText(value) });
    amount = parsed.value;
  }
  if (amount < 0) return fail('integer.negative', { value: String(amount) });
  const whole = Math.round(amount);
  // Tolerate float noise from Excel formulas, not real fractions of a person.
  if (Math.abs(amount - whole) > 1e-9) return fail('integer.notWhole', { value: String(amount) });
  if (whole < min) return fail('integer.tooSmall', { min });
  if (whole > max) return fail('integer.tooLarge', { max });
  return ok(whole);
}

export type YearOptions = {
  min?: number;
  /** Defaults to the reference date's year: founding and data years are never in the future. */
  max?: number;
  referenceDate?: Date;
};

const YEAR_PREFIX = /^(?:tahun|thn|th|year|th\.|thn\.)\s*[.:]?\s*/;

/**
 * Four-digit years: 2019, "2019", "th 2019", "Tahun: 2019". A full date in a year column
 * gives its year (unambiguous); two-digit years are refused because a founding year "98" and a
 * data year "21" would need different century rules.
 */
export function parseYear(value: unknown, options: YearOptions = {}): ParseResult<number> {
  const referenceDate = options.referenceDate ?? new Date();
  const { min = 1900, max = referenceDate.getUTCFullYear() } = options;
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (typeof value === 'boolean') return fail('common.invalidType');
  if (isBlankCell(value)) return fail('common.empty');

  let year: number | null = null;
  if (value instanceof Date) {
    year = Number.isNaN(value.getTime()) ? null : value.getUTCFullYear();
  } else if (typeof value === 'number') {
    year = Number.isInteger(value) ? value : null;
  } else {
    const text = foldText(cellText(value)).replace(YEAR_PREFIX, '');
    if (/^\d{4}$/.test(text)) {
      year = Number(text);
    } else if (/\D/.test(text)) {
      // Only written dates: a bare "20199" must not be taken for an Excel serial.
      const date = parseDate(text, { referenceDate });
      if (date.ok) year = Number(date.value.slice(0, 4));
    }
  }
  if (year === null || year < 1000 || year > 9999) return fail('year.invalid', { value: cellText(value) });
  if (year < min) return fail('year.tooEarly', { min });
  if (year > max) return fail('year.tooLate', { max });
  return ok(year);
}
