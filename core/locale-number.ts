/**
 * Reads a number written with Indonesian or English separators. The rules (Indonesian first,
 * because that is what the offices type):
 *
 * - `.` and `,` both present: the one that comes last is the decimal mark, the other groups
 *   thousands (`1.250.000,00` and `1,250,000.00` both mean 1250000).
 * - only dots: several dots group thousands (`5.000.000`); a single dot followed by exactly
 *   three digits groups thousands too (`5.000` = 5000, Indonesian); any other single dot is a
 *   decimal point (`5000000.5`, `1.5`), since it cannot be a thousands separator.
 * - only commas: several commas group thousands (`5,000,000`, English); a single comma is the
 *   Indonesian decimal mark (`1,5`), except a single comma followed by exactly three digits
 *   (`1,250`), which is 1.25 in Indonesian and 1250 in English: reported as ambiguous so the
 *   caller can refuse it or resolve it with context (a unit such as "juta" makes it decimal).
 * - thousands groups must be three digits; anything else (`1.2.3`, `12,34,567`) is invalid.
 */
export type LocaleNumber = { ok: true; value: number } | { ok: false; reason: 'invalid' | 'ambiguous' };

const INVALID: LocaleNumber = { ok: false, reason: 'invalid' };

function groupedInteger(text: string, separator: string): number | null {
  const groups = text.split(separator);
  if (!/^\d{1,3}$/.test(groups[0])) return null;
  for (const group of groups.slice(1)) if (!/^\d{3}$/.test(group)) return null;
  return Number(groups.join(''));
}

function withDecimal(integerPart: number | null, fraction: string): LocaleNumber {
  if (integerPart === null || !/^\d+$/.test(fraction)) return INVALID;
  return { ok: true, value: Number(`${integerPart}.${fraction}`) };
}

export function parseLocaleNumber(text: string): LocaleNumber {
  if (!/^\d[\d.,]*$/.test(text) || /[.,]$/.test(text)) return INVALID;
  if (/^\d+$/.test(text)) return { ok: true, value: Number(text) };
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');

  if (lastDot >= 0 && lastComma >= 0) {
    const decimal = lastDot > lastComma ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const at = text.lastIndexOf(decimal);
    if (text.indexOf(decimal) !== at) return INVALID;
    return withDecimal(groupedInteger(text.slice(0, at), thousands), text.slice(at + 1));
  }

  const separator = lastDot >= 0 ? '.' : ',';
  const count = text.split(separator).length - 1;
  if (count > 1) {
    const value = groupedInteger(text, separator);
    return value === null ? INVALID : { ok: true, value };
  }
  const [head, tail] = text.split(separator);
  const looksGrouped = tail.length === 3 && /^[1-9]\d{0,2}$/.test(head);
  if (separator === '.' && looksGrouped) return { ok: true, value: Number(head + tail) };
  if (separator === ',' && looksGrouped) return { ok: false, reason: 'ambiguous' };
  return withDecimal(Number(head), tail);
}

/** Resolves the `1,250` case the Indonesian way, for callers that have context saying so. */
export function parseLocaleNumberPreferDecimalComma(text: string): LocaleNumber {
  const parsed = parseLocaleNumber(text);
  if (parsed.ok || parsed.reason !== 'ambiguous') return parsed;
  const [head, tail] = text.split(',');
  return { ok: true, value: Number(`${head}.${tail}`) };
}
