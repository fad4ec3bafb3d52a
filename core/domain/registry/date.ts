import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, type IssueCode, ok, type ParseResult } from './issues';
import { inferCentury } from './nik';
import { compactKey, foldText } from './text';

export type DateOptions = {
  /** "Today" for two-digit years (same rule as NIK birth dates); injectable for tests. */
  referenceDate?: Date;
  /**
   * How to read JS Date objects. exceljs returns cell dates at UTC midnight, hence the default;
   * a Date built from local midnight in Indonesia (UTC+7) is the previous day in UTC, so pass
   * 'local' for those.
   */
  dateObjects?: 'utc' | 'local';
  /** Inclusive ISO bounds, e.g. a certificate's expiry must be after its issue date. */
  min?: string;
  max?: string;
};

const MONTHS: Record<string, number> = {};
const MONTH_NAMES: [number, string[]][] = [
  [1, ['januari', 'january', 'jan']],
  [2, ['februari', 'pebruari', 'february', 'feb', 'peb', 'pebr', 'febr']],
  [3, ['maret', 'march', 'mar', 'mrt']],
  [4, ['april', 'apr']],
  [5, ['mei', 'may']],
  [6, ['juni', 'june', 'jun']],
  [7, ['juli', 'july', 'jul']],
  [8, ['agustus', 'august', 'agu', 'agt', 'ags', 'agst', 'agus', 'aug']],
  [9, ['september', 'sep', 'sept']],
  [10, ['oktober', 'october', 'okt', 'oct']],
  [11, ['november', 'nopember', 'nov', 'nop']],
  [12, ['desember', 'december', 'des', 'dec']],
];
for (const [month, names] of MONTH_NAMES) for (const name of names) MONTHS[name] = month;

const WEEKDAYS =
  /^(senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday|sen|sel|rab|kam|jum|sab|min|mon|tue|wed|thu|fri|sat|sun)\b[,.\s]*/;

// Excel's serial for 9999-12-31, its last representable day.
const MAX_EXCEL_SERIAL = 2958465;

type Ymd = { year: number; month: number; day: number };
type Outcome = Ymd | IssueCode;

export function toIsoDate({ year, month, day }: Ymd): string | null {
  if (!Number.isInteger(year) || year < 1 || year > 9999) return null;
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Excel's 1900 date system counts 1900-01-01 as day 1 and, copying Lotus 1-2-3, pretends
 * 1900-02-29 existed as day 60; from day 61 on, serials are one day ahead of a true count.
 */
export function excelSerialToIsoDate(serial: number): string | null {
  if (!Number.isFinite(serial)) return null;
  const day = Math.floor(serial);
  if (day < 1 || day === 60 || day > MAX_EXCEL_SERIAL) return null;
  const epoch = Date.UTC(1899, 11, day < 60 ? 31 : 30);
  return new Date(epoch + day * 86_400_000).toISOString().slice(0, 10);
}

function fromSerial(serial: number): Outcome {
  const day = Math.floor(serial);
  // A bare 1000–2999 is a year someone typed into a date column, not a day in 1902–1908.
  if (Number.isInteger(serial) && serial >= 1000 && serial <= 2999) return 'date.yearOnly';
  if (day === 60) return 'date.excelPhantom';
  const iso = excelSerialToIsoDate(serial);
  if (!iso) return 'date.invalid';
  return { year: Number(iso.slice(0, 4)), month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) };
}

function fullYear(text: string, referenceDate: Date): number {
  return text.length === 2 ? inferCentury(Number(text), referenceDate) : Number(text);
}

function fromText(raw: string, referenceDate: Date): Outcome {
  const text = foldText(raw)
    .replace(WEEKDAYS, '')
    // Time parts carry nothing a registry date needs ("2021-02-22T00:00:00", "22/02/2021 10:15").
    .replace(
      /(?:t|\s+(?:pukul|jam)?\s*)\d{1,2}[:.]\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?(?:\s*wib|\s*wita|\s*wit)?$/,
      '',
    )
    .trim();
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(text);
  if (m) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };

  m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const first = Number(m[1]);
    const second = Number(m[2]);
    // Day first is the Indonesian order; "02/22/2021" is a US-ordered export and must be
    // fixed at the source, or "03/04/2021" in the same file would be silently misread.
    if (second > 12 && first <= 12) return 'date.monthFirst';
    return { year: fullYear(m[3], referenceDate), month: second, day: first };
  }

  m = /^(\d{1,2})\s*[-/.\s]\s*([a-z]+)\.?\s*[-/.\s,]\s*(\d{4}|\d{2})$/.exec(text);
  if (m && MONTHS[m[2]])
    return { year: fullYear(m[3], referenceDate), month: MONTHS[m[2]], day: Number(m[1]) };
  m = /^([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m && MONTHS[m[1]]) return { year: Number(m[3]), month: MONTHS[m[1]], day: Number(m[2]) };

  if (/^\d{8}$/.test(text)) {
    return { year: Number(text.slice(0, 4)), month: Number(text.slice(4, 6)), day: Number(text.slice(6)) };
  }
  // CSV files exported from Excel keep serials as text.
  if (/^\d{5}(\.\d+)?$/.test(text)) return fromSerial(Number(text));
  if (/^\d{4}$/.test(text)) return 'date.yearOnly';
  if (/^(?:\d{1,2}[-/.])?\d{4}$/.test(text) || /^[a-z]+\.?\s*[-/.\s]\s*\d{4}$/.test(text)) {
    const monthWord = compactKey(text.replace(/\d/g, ''));
    if (monthWord === '' || MONTHS[monthWord]) return 'date.incomplete';
  }
  return 'date.invalid';
}

/** A date from a cell or field as ISO 'YYYY-MM-DD', or the reason it is not one. */
export function parseDate(value: unknown, options: DateOptions = {}): ParseResult<string> {
  const referenceDate = options.referenceDate ?? new Date();
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (typeof value === 'boolean') return fail('common.invalidType');
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return fail('date.invalid', { value: 'Invalid Date' });
  } else if (isBlankCell(value)) {
    return fail('common.empty');
  }

  let outcome: Outcome;
  if (value instanceof Date) {
    outcome =
      options.dateObjects === 'local'
        ? { year: value.getFullYear(), month: value.getMonth() + 1, day: value.getDate() }
        : { year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() };
  } else if (typeof value === 'number') {
    outcome = fromSerial(value);
  } else {
    outcome = fromText(cellText(value), referenceDate);
  }
  const shown = value instanceof Date ? value.toISOString() : cellText(value);
  if (typeof outcome === 'string') return fail(outcome, { value: shown });
  const iso = toIsoDate(outcome);
  if (!iso) return fail('date.invalid', { value: shown });
  if ((options.min && iso < options.min) || (options.max && iso > options.max)) {
    return fail('date.outOfRange', { value: iso, min: options.min ?? '', max: options.max ?? '' });
  }
  return ok(iso);
}
