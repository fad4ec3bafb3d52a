import {
  cellText,
  fail,
  foldText,
  type Issue,
  ok,
  type ParseResult,
  parseApproximate,
  parseCount,
  parseLocaleNumber,
  parseRupiah,
} from '#core/domain/registry';
import { workersTotalOf } from '#core/schemas/registry';
import type { CanonicalField } from '../headers';
import type { FigureData, FigureField } from '../types';
import { importKey, type RowReader } from './context';

type Period = 'day' | 'week' | 'month' | 'year';

const PERIOD_WORDS: Record<string, Period> = {
  hari: 'day',
  hr: 'day',
  harian: 'day',
  day: 'day',
  daily: 'day',
  minggu: 'week',
  mgg: 'week',
  mingguan: 'week',
  week: 'week',
  weekly: 'week',
  bulan: 'month',
  bln: 'month',
  bl: 'month',
  bulanan: 'month',
  month: 'month',
  monthly: 'month',
  tahun: 'year',
  thn: 'year',
  th: 'year',
  tahunan: 'year',
  year: 'year',
  yearly: 'year',
  annual: 'year',
};

/** "Kapasitas/bln", "Kapasitas Produksi per Tahun": the period a header states, if any. */
export function periodOfHeader(header: string | null): Period | null {
  if (!header) return null;
  for (const word of foldText(header).split(/[^a-z]+/)) if (PERIOD_WORDS[word]) return PERIOD_WORDS[word];
  return null;
}

/** "buah/bulan", "pcs per bulan", "kodi": the unit and, when written, the period. */
export function unitAndPeriod(text: string): { unit: string | null; period: Period | null } {
  const folded = foldText(text).trim();
  const match = /^(.*?)\s*(?:\/|\bper\b|\btiap\b|\bsetiap\b)\s*([a-z]+)\.?$/.exec(folded);
  if (match && PERIOD_WORDS[match[2]])
    return { unit: match[1].trim() || null, period: PERIOD_WORDS[match[2]] };
  const alone = PERIOD_WORDS[folded.replace(/^(per|tiap|setiap)\s*/, '')];
  if (alone) return { unit: null, period: alone };
  return { unit: folded || null, period: null };
}

/** A non-negative number with any words after it ("1.200 pcs", "2,5 ton/bulan", 300). */
function parseQuantity(value: unknown): ParseResult<number> {
  if (typeof value === 'number')
    return Number.isFinite(value) && value >= 0
      ? ok(value)
      : fail('number.invalid', { value: String(value) });
  const text = foldText(cellText(value));
  const match = /^(\d[\d.,]*)\s*([a-z][a-z0-9 /.]*)?$/.exec(text);
  const parsed = match ? parseLocaleNumber(match[1]) : null;
  if (!match || !parsed?.ok) return fail('number.invalid', { value: cellText(value) });
  return ok(parsed.value);
}

/**
 * Reads the figures of one row. Every figure is optional: one that cannot be read is left
 * empty with a warning naming the column and the value, and never costs the business its row.
 * Approximations ("± 250", "sekitar 1.000") are kept and marked as estimates; a range
 * ("100-150") is kept as its middle, marked too, and the warning gives both ends.
 */
class FigureReader {
  readonly estimated: FigureField[] = [];
  constructor(private r: RowReader) {}

  read(
    field: CanonicalField,
    target: FigureField,
    parse: (value: unknown) => ParseResult<number>,
    whole = false,
  ): { value: number; text: string } | null {
    const cell = this.r.raw(field);
    if (cell === undefined) return null;
    const result = parseApproximate(cell, parse);
    if (!result.ok) {
      this.r.take(field, result, true);
      return null;
    }
    let { value } = result.value;
    const { range, text } = result.value;
    const warnings: Issue[] = result.warnings.filter(
      (w) => w.key !== 'registry-validation:money.approximate',
    );
    const estimate = result.value.estimate || warnings.length !== result.warnings.length;
    if (whole) value = Math.round(value);
    if (estimate && !this.estimated.includes(target)) this.estimated.push(target);
    for (const w of warnings) this.r.warn(field, w);
    if (range)
      this.r.warn(field, {
        key: importKey('row.rangeMiddle'),
        params: { value: cellText(cell), low: range[0], high: range[1], kept: value },
      });
    else if (estimate)
      this.r.warn(field, { key: importKey('row.estimate'), params: { value: cellText(cell), kept: value } });
    return { value, text };
  }

  money(field: CanonicalField, target: FigureField = field as FigureField): number | null {
    const scale = this.r.ctx.columns[field]?.scale;
    return this.read(field, target, (v) => parseRupiah(v, { scale }))?.value ?? null;
  }

  count(field: CanonicalField & FigureField): number | null {
    return this.read(field, field, (v) => parseCount(v, { max: 1_000_000 }), true)?.value ?? null;
  }

  quantity(field: 'capacity' | 'outputQuantity') {
    const read = this.read(field, field, parseQuantity);
    if (!read) return { value: null, unit: null, period: null };
    const rest = read.text.replace(/^[\d.,]+\s*/, '');
    return { value: read.value, ...unitAndPeriod(rest) };
  }
}

function workers(r: RowReader, f: FigureReader) {
  let male = f.count('workersMale');
  let female = f.count('workersFemale');
  const total = f.count('workersTotal');
  if (total !== null && male !== null && female === null && total >= male) female = total - male;
  if (total !== null && female !== null && male === null && total >= female) male = total - female;
  if (total !== null && male !== null && female !== null && male + female !== total) {
    r.warn('workersTotal', {
      key: importKey('row.workersTotalMismatch'),
      params: { total, male, female },
    });
    return { workersMale: male, workersFemale: female, workersTotal: male + female };
  }
  const split = { workersMale: male, workersFemale: female };
  return {
    ...split,
    workersTotal: total ?? (male !== null && female !== null ? workersTotalOf(split) : null),
  };
}

/**
 * The yearly figures. Omzet without a period is imported only when the uploader said which
 * period it is (`turnoverPeriod`). Production value and capacity have their own fields and
 * never become turnover.
 */
export function parseFigures(r: RowReader): { figures: FigureData; estimated: FigureField[] } {
  const f = new FigureReader(r);
  let monthly = f.money('turnoverMonthlyIdr');
  let yearly = f.money('turnoverYearlyIdr');
  if (r.ctx.turnoverPeriod && r.raw('turnoverIdr') !== undefined) {
    const target = r.ctx.turnoverPeriod === 'month' ? 'turnoverMonthlyIdr' : 'turnoverYearlyIdr';
    const value = f.money('turnoverIdr', target);
    if (target === 'turnoverMonthlyIdr') monthly ??= value;
    else yearly ??= value;
  }
  const capacity = f.quantity('capacity');
  const output = f.quantity('outputQuantity');
  const capacityPeriod =
    capacity.value === null ? null : (capacity.period ?? periodOfHeader(r.column('capacity')));
  return {
    figures: {
      ...workers(r, f),
      investmentIdr: f.money('investmentIdr'),
      capacity: capacity.value,
      capacityUnit: r.text('capacityUnit') ?? capacity.unit ?? output.unit,
      capacityPeriod,
      outputQuantity: output.value,
      outputValueIdr: f.money('outputValueIdr'),
      rawMaterials: r.text('rawMaterials'),
      turnoverMonthlyIdr: monthly,
      turnoverYearlyIdr: yearly,
    },
    estimated: f.estimated,
  };
}
