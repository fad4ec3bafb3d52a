import { type NumberTextError, readNumberText } from '#core/number-text';
import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, type Issue, type IssueCode, issue, ok, type ParseResult } from './issues';
import { foldText } from './text';

export type RupiahOptions = {
  /**
   * Multiplier for bare numbers in a column headed e.g. "Investasi (Rp 000)" or "(juta Rp)";
   * see `headerScale`. A unit written in the cell ("5 jt") always wins over it.
   */
  scale?: number;
  /** Upper bound; defaults to the largest integer JavaScript holds exactly. */
  max?: number;
};

const MONEY_ERRORS: Record<NumberTextError, IssueCode> = {
  empty: 'common.empty',
  invalid: 'money.invalid',
  exponent: 'money.invalid',
  fraction: 'money.invalid',
  notWhole: 'money.invalid',
  ambiguous: 'money.ambiguous',
  negative: 'money.negative',
  range: 'money.range',
  tooLarge: 'money.tooLarge',
};

const PERIODS: Record<string, 'day' | 'week' | 'month' | 'year'> = {
  hari: 'day',
  hr: 'day',
  day: 'day',
  minggu: 'week',
  mgg: 'week',
  week: 'week',
  bulan: 'month',
  bln: 'month',
  bl: 'month',
  month: 'month',
  tahun: 'year',
  thn: 'year',
  th: 'year',
  year: 'year',
};

const APPROX_PREFIX = /^(±|\+\/-|\+-|~|kurang\s*lebih|kurleb|kl\.|sekitar|kira-kira|kira2|approx\.?|ca\.)\s*/;
const PERIOD_SUFFIX = /\s*(?:\/|per\s*)([a-z]+)\.?$/;

/**
 * Integer Rupiah from a spreadsheet cell or form field: `Rp 5.000.000`, `Rp5.000.000,-`,
 * `5 jt`, `1,5 juta`, `2,5 M`, `500 rb`, `1 juta 500 ribu`, `Rp. 1.250.000,00`, Excel numbers.
 * Separator rules are those of parseLocaleNumber; fractions of a Rupiah are rounded (with a
 * warning when the input really had one). Ranges, negatives and words are refused.
 */
export function parseRupiah(value: unknown, options: RupiahOptions = {}): ParseResult<number> {
  const max = options.max ?? Number.MAX_SAFE_INTEGER;
  const scale = options.scale ?? 1;
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return fail('money.invalid', { value: String(value) });
    return finish(value * scale, max, []);
  }
  if (typeof value === 'boolean' || value instanceof Date) return fail('common.invalidType');
  if (isBlankCell(value)) return fail('common.empty');

  const original = cellText(value);
  const warnings: Issue[] = [];
  // A currency sign followed by a dash is how Excel's accounting format prints zero.
  if (/^(rp|idr)\.?\s*-+$/.test(foldText(original))) return ok(0);
  let text = foldText(original).replace(/\s*\([^()\d]*\)$/, '');
  const approx = APPROX_PREFIX.exec(text);
  if (approx) {
    text = text.slice(approx[0].length);
    warnings.push(issue('money.approximate', { value: original }));
  }
  const period = PERIOD_SUFFIX.exec(text);
  if (period && PERIODS[period[1]]) {
    text = text.slice(0, period.index);
    warnings.push(issue('money.period', { period: PERIODS[period[1]], value: original }));
  }
  const read = readNumberText(text, { kind: 'money', scale });
  if (!read.ok) {
    const code = MONEY_ERRORS[read.error];
    return fail(code, code === 'money.tooLarge' ? { max } : { value: original });
  }
  return finish(read.value, max, warnings);
}

function finish(amount: number, max: number, warnings: Issue[]): ParseResult<number> {
  if (amount < 0) return fail('money.negative', { value: String(amount) });
  const rounded = Math.round(amount);
  if (rounded > max || !Number.isSafeInteger(rounded)) return fail('money.tooLarge', { max });
  // Floating-point noise from Excel formulas (1234999.9999999998) is not a real fraction.
  if (Math.abs(amount - rounded) > 1e-6) warnings.push(issue('money.rounded', { value: rounded }));
  return ok(rounded, warnings);
}
