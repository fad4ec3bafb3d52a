import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, type Issue, issue, ok, type ParseResult } from './issues';

export const KBLI_VERSIONS = [2020, 2025] as const;
export type KbliVersion = (typeof KBLI_VERSIONS)[number];
export type Kbli = { code: string; version: KbliVersion };

function stripSeparators(value: unknown): string {
  return cellText(value).replace(/[\s.\-_/']/g, '');
}

function numberToDigits(value: number): string | null {
  return Number.isSafeInteger(value) && value >= 0 ? String(value) : null;
}

/** NIB from OSS: 13 digits. Offices paste it with spaces or as an Excel number (13 digits survive). */
export function parseNib(value: unknown): ParseResult<string> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const raw = typeof value === 'number' ? numberToDigits(value) : stripSeparators(value);
  if (raw === null || !/^\d+$/.test(raw)) return fail('nib.digits');
  if (raw.length !== 13) return fail('nib.length', { length: raw.length });
  if (/^0+$/.test(raw)) return fail('nib.placeholder');
  return ok(raw);
}

/**
 * NPWP: the 15-digit form (`01.234.567.8-901.000`) or the 16-digit form introduced in 2024
 * (NIK for individuals, a leading 0 for others). Kept as the digits given; we do not convert
 * 15→16 because which 16-digit number applies depends on the taxpayer, not on the input.
 */
export function parseNpwp(value: unknown): ParseResult<string> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const warnings: Issue[] = [];
  let raw: string;
  if (typeof value === 'number') {
    const digits = numberToDigits(value);
    if (digits === null) return fail('npwp.precisionLost');
    // Excel keeps 15 significant digits, so a 16-digit NPWP in a number cell is already damaged.
    if (digits.length >= 16) return fail('npwp.precisionLost');
    raw = digits;
    // A number cell drops the leading zero of the common "0x.xxx…" 15-digit form; it is certain
    // here (unlike a 14-digit string, which may be a typo), so restore it and say so.
    if (raw.length === 14) {
      raw = `0${raw}`;
      warnings.push(issue('npwp.leadingZeroRestored', { value: raw }));
    }
  } else {
    raw = stripSeparators(value);
    if (/^\d+(,\d+)?e\+?\d+$/i.test(raw)) return fail('npwp.precisionLost');
  }
  if (!/^\d+$/.test(raw)) return fail('npwp.digits');
  if (raw.length !== 15 && raw.length !== 16) return fail('npwp.length', { length: raw.length });
  if (/^0+$/.test(raw)) return fail('npwp.placeholder');
  return ok(raw, warnings);
}

/** Display form; 16-digit NPWPs have no official grouping, so they are shown as is. */
export function formatNpwp(digits: string): string {
  if (!/^\d{15}$/.test(digits)) return digits;
  return `${digits.slice(0, 2)}.${digits.slice(2, 5)}.${digits.slice(5, 8)}.${digits.slice(8, 9)}-${digits.slice(9, 12)}.${digits.slice(12)}`;
}

export function parseKbliVersion(value: unknown): ParseResult<KbliVersion> {
  if (isBlankCell(value)) return fail('common.empty');
  const year = Number(cellText(value).replace(/^kbli\s*/i, ''));
  return year === 2020 || year === 2025 ? ok(year) : fail('kbli.version', { value: cellText(value) });
}

/**
 * A KBLI code is 5 digits; the version must be stated because 2020 and 2025 reuse codes with
 * different meanings. Accepts "KBLI 16292" and "16292 - Industri barang anyaman…" because
 * OSS printouts put the title next to the code.
 */
export function parseKbli(value: unknown, version: unknown): ParseResult<Kbli> {
  const parsedVersion = parseKbliVersion(version);
  if (!parsedVersion.ok) return fail('kbli.version', { value: cellText(version) });
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  let text = typeof value === 'number' ? String(value) : cellText(value);
  text = text.replace(/^kbli\s*:?\s*/i, '');
  const withTitle = /^(\d+)\s*[-:–]\s*\D/.exec(text);
  const code = withTitle ? withTitle[1] : text.replace(/\s/g, '');
  if (!/^\d+$/.test(code)) return fail('kbli.digits');
  if (code.length !== 5) return fail('kbli.length', { length: code.length });
  return ok({ code, version: parsedVersion.value });
}

/** A cell listing several codes ("16292, 32111"): every code must be valid, duplicates collapse. */
export function parseKbliList(value: unknown, version: unknown): ParseResult<Kbli[]> {
  if (isBlankCell(value)) return fail('common.empty');
  const parts = cellText(value)
    .split(/[,;/\n]|\s+dan\s+/i)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
  const result: Kbli[] = [];
  for (const part of parts) {
    const parsed = parseKbli(part, version);
    if (!parsed.ok) return parsed;
    if (!result.some((k) => k.code === parsed.value.code)) result.push(parsed.value);
  }
  return ok(result);
}
