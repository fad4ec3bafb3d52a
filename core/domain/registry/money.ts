import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, type Issue, issue, ok, type ParseResult } from './issues';
import { parseLocaleNumber, parseLocaleNumberPreferDecimalComma } from './locale-number';
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

// "M" is miliar (10^9) in Indonesian, never million; "jt" is juta (10^6).
const UNITS: Record<string, number> = {
  k: 1e3,
  rb: 1e3,
  rbu: 1e3,
  ribu: 1e3,
  thousand: 1e3,
  jt: 1e6,
  jta: 1e6,
  juta: 1e6,
  mio: 1e6,
  million: 1e6,
  m: 1e9,
  miliar: 1e9,
  milyar: 1e9,
  milliar: 1e9,
  mlyr: 1e9,
  mly: 1e9,
  billion: 1e9,
  bn: 1e9,
  t: 1e12,
  triliun: 1e12,
  trilyun: 1e12,
  trillion: 1e12,
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
const RANGE = /\d\s*[a-z.]*\s*(?:-|–|—|~|s\/d|s\.d\.?|sd|sampai|hingga|to)\s*(?:rp\.?\s*)?\d/;

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
  text = text
    .replace(/[,.]?\s*-+$/, '')
    .replace(/\b(?:rp|idr)\.?\s*/g, '')
    .replace(/\s*\brupiah\b/g, '')
    .trim();
  if (text === '') return fail('common.empty');
  if (/^-\s*\d/.test(text) || /^\(.*\)$/.test(text) || /^minus\b/.test(text))
    return fail('money.negative', { value: original });
  if (RANGE.test(text)) return fail('money.range', { value: original });

  // "5 000 000": a space before each group of exactly three digits is a thousands separator.
  text = text.replace(/(\d)\s+(?=\d{3}(?!\d))/g, '$1');
  const segments = [...text.matchAll(/(\d[\d.,]*)\s*([a-z]+)?\.?\s*/g)];
  if (segments.length === 0 || segments.map((s) => s[0]).join('') !== text) {
    return fail('money.invalid', { value: original });
  }
  let total = 0;
  let previousUnit = Number.POSITIVE_INFINITY;
  for (const [, digits, unitWord] of segments) {
    const unit = unitWord === undefined ? undefined : UNITS[unitWord];
    if (unitWord !== undefined && unit === undefined) return fail('money.invalid', { value: original });
    // "1 juta 500 ribu" adds up; "1jt500" or "5 10" do not say what they mean.
    if (segments.length > 1 && (unit === undefined || unit >= previousUnit)) {
      return fail('money.invalid', { value: original });
    }
    const parsed =
      unit === undefined ? parseLocaleNumber(digits) : parseLocaleNumberPreferDecimalComma(digits);
    if (!parsed.ok) {
      return fail(parsed.reason === 'ambiguous' ? 'money.ambiguous' : 'money.invalid', { value: original });
    }
    total += parsed.value * (unit ?? scale);
    previousUnit = unit ?? 0;
  }
  return finish(total, max, warnings);
}

function finish(amount: number, max: number, warnings: Issue[]): ParseResult<number> {
  if (amount < 0) return fail('money.negative', { value: String(amount) });
  const rounded = Math.round(amount);
  if (rounded > max || !Number.isSafeInteger(rounded)) return fail('money.tooLarge', { max });
  // Floating-point noise from Excel formulas (1234999.9999999998) is not a real fraction.
  if (Math.abs(amount - rounded) > 1e-6) warnings.push(issue('money.rounded', { value: rounded }));
  return ok(rounded, warnings);
}
