import type { Locale } from './i18n/locales';
import { parseLocaleNumber } from './locale-number';

/**
 * THE reader for numbers people type or write in a cell: every numeric input in the web, the
 * registry import (parseRupiah, parseCount) and the server read text numbers through it.
 *
 * - `money` (whole Rupiah): `Rp 15.000.000,-`, `5 jt`, `20rb`, `2,7 M` (miliar), `1 juta 500 ribu`.
 *   Rupiah is written the Indonesian way whatever the UI language, so `15.000` is fifteen thousand.
 * - `decimal` / `integer`: `1,5` and `1.5`; thousands grouped the reader's way (`1.500` is
 *   1500 in Indonesian, `1,500` is 1500 in English).
 *
 * Anything it cannot read in full is refused with a reason, never half-read: `1e9`, `1/2`,
 * `5 - 10`, `12abc`. Fractions of a Rupiah are returned as they are; the caller rounds.
 */
export type NumberTextKind = 'money' | 'decimal' | 'integer';

export type NumberTextError =
  | 'empty'
  | 'invalid'
  | 'exponent'
  | 'fraction'
  | 'ambiguous'
  | 'negative'
  | 'range'
  | 'notWhole'
  | 'tooLarge';

export type NumberTextResult = { ok: true; value: number } | { ok: false; error: NumberTextError };

export type NumberTextOptions = {
  kind?: NumberTextKind;
  /** The reader's language: settles `1,250` (1,25 in Indonesian, 1250 in English). Unknown: refused. */
  locale?: Locale;
  /** Negative numbers are refused unless the field can hold them. */
  allowNegative?: boolean;
  /** Multiplier for bare money numbers (a column headed "(Rp 000)"); a written unit wins. */
  scale?: number;
};

// "M" is miliar (10^9) in Indonesian, never million; "jt" is juta (10^6).
export const MONEY_UNITS: Readonly<Record<string, number>> = {
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

const RANGE = /\d\s*[a-z.]*\s*(?:-|–|—|~|s\/d|s\.d\.?|sd|sampai|hingga|to)\s*(?:rp\.?\s*)?\d/;
const OK = (value: number): NumberTextResult => ({ ok: true, value });
const FAIL = (error: NumberTextError): NumberTextResult => ({ ok: false, error });

/** Lower case, one plain space for any run of (non-breaking, thin) spaces, no accents. */
function fold(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]/g, ' ')
    .replace(/\u2212/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** One run of digits and separators, read by the rules of parseLocaleNumber plus the reader's language. */
function readDigits(digits: string, kind: NumberTextKind, locale: Locale | undefined, hasUnit: boolean) {
  // English writes one dot as the decimal mark even before three digits (1.500 = 1,5).
  if (kind !== 'money' && locale === 'en' && /^\d+\.\d+$/.test(digits)) return OK(Number(digits));
  const parsed = parseLocaleNumber(digits);
  if (parsed.ok) return OK(parsed.value);
  if (parsed.reason === 'invalid') return FAIL('invalid');
  // `1,250`: a unit ("1,250 jt") or Indonesian makes the comma decimal; English groups thousands.
  const [head, tail] = digits.split(',');
  if (hasUnit || (locale === 'id' && kind !== 'money')) return OK(Number(`${head}.${tail}`));
  if (locale === 'en') return OK(Number(head + tail));
  return FAIL('ambiguous');
}

export function readNumberText(input: string, options: NumberTextOptions = {}): NumberTextResult {
  const { kind = 'decimal', locale, allowNegative = false, scale = 1 } = options;
  let text = fold(input);
  if (text === '') return FAIL('empty');
  if (/\d\s*e\s*[+-]?\d/.test(text)) return FAIL('exponent');
  if (/\d\s*\/\s*\d/.test(text)) return FAIL('fraction');

  if (kind === 'money') {
    text = text
      .replace(/[,.]?\s*-+$/, '')
      .replace(/\b(?:rp|idr)\.?\s*/g, '')
      .replace(/\s*\brupiah\b/g, '')
      .trim();
    if (text === '') return FAIL('empty');
  }
  let sign = 1;
  if (/^-\s*\d/.test(text) || /^\(.*\)$/.test(text) || /^minus\b/.test(text)) {
    if (!allowNegative || !/^-\s*\d/.test(text)) return FAIL('negative');
    sign = -1;
    text = text.replace(/^-\s*/, '');
  }
  if (text.startsWith('+')) text = text.slice(1).trim();
  if (RANGE.test(text)) return FAIL('range');

  // "5 000 000": a space before each group of exactly three digits is a thousands separator.
  text = text.replace(/(\d)\s+(?=\d{3}(?!\d))/g, '$1');
  const segments = [...text.matchAll(/(\d[\d.,]*)\s*([a-z]+)?\.?\s*/g)];
  if (segments.length === 0 || segments.map((s) => s[0]).join('') !== text) return FAIL('invalid');

  let total = 0;
  let previousUnit = Number.POSITIVE_INFINITY;
  for (const [, digits, unitWord] of segments) {
    const unit = unitWord === undefined ? undefined : kind === 'money' ? MONEY_UNITS[unitWord] : undefined;
    if (unitWord !== undefined && unit === undefined) return FAIL('invalid');
    // "1 juta 500 ribu" adds up; "1jt500" or "5 10" do not say what they mean.
    if (segments.length > 1 && (unit === undefined || unit >= previousUnit)) return FAIL('invalid');
    const read = readDigits(digits, kind, locale, unit !== undefined);
    if (!read.ok) return read;
    total += read.value * (unit ?? (kind === 'money' ? scale : 1));
    previousUnit = unit ?? 0;
  }
  if (!Number.isFinite(total) || Math.abs(total) > Number.MAX_SAFE_INTEGER) return FAIL('tooLarge');
  if (kind === 'integer' && !Number.isInteger(total)) return FAIL('notWhole');
  return OK(total === 0 ? 0 : sign * total);
}

/** i18n key (namespace `common`) of the reason a text was refused. */
export function numberTextMessageKey(error: NumberTextError): string {
  return `number.${error}`;
}

/** Text still being typed ("1,", "-", "5 ") is not wrong yet: fields wait before refusing it. */
export function isHalfTyped(text: string): boolean {
  return /(^\s*[-+−]\s*$)|[.,\s]$/.test(text);
}
