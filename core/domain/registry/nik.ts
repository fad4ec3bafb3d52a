import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, failWith, type Issue, issue, ok, type ParseResult } from './issues';

export type Gender = 'male' | 'female';

export type NikParts = {
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  /** ISO date; the century is inferred, so a 1920s birth year reads as the 2020s. */
  birthDate: string;
  gender: Gender;
  serial: string;
};

export type NikOptions = {
  /** "Today" for century inference and the future-birth check; injectable for tests. */
  referenceDate?: Date;
};

// Kemendagri province codes, including the 2022 Papua provinces (93–96 in recent data).
const PROVINCE_CODES = new Set([
  '11',
  '12',
  '13',
  '14',
  '15',
  '16',
  '17',
  '18',
  '19',
  '21',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '51',
  '52',
  '53',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '72',
  '73',
  '74',
  '75',
  '76',
  '81',
  '82',
  '91',
  '92',
  '93',
  '94',
  '95',
  '96',
  '97',
]);

/** Removes the separators people type into a NIK; anything else is left for the digit check. */
export function normalizeNikInput(value: unknown): string {
  return cellText(value).replace(/[\s.\-_']/g, '');
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.toISOString().slice(0, 10);
}

/** 2-digit year above the reference's 2-digit year is last century: nobody registers before birth. */
export function inferCentury(twoDigitYear: number, referenceDate: Date = new Date()): number {
  const current = referenceDate.getUTCFullYear() % 100;
  const century = Math.floor(referenceDate.getUTCFullYear() / 100) * 100;
  return twoDigitYear > current ? century - 100 + twoDigitYear : century + twoDigitYear;
}

/**
 * Checks a NIK's structure and decodes it. Several issues may be reported at once so the
 * officer fixes the cell in one go.
 */
export function parseNik(value: unknown, options: NikOptions = {}): ParseResult<NikParts> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  // Excel keeps 15 significant digits: a NIK typed into a number cell has lost its last digit.
  if (typeof value === 'number') return fail('nik.precisionLost');
  const raw = normalizeNikInput(value);
  if (/^\d+(,\d+)?e\+?\d+$/i.test(raw)) return fail('nik.precisionLost');
  if (!/^\d+$/.test(raw)) return fail('nik.digits');
  if (raw.length !== 16) return fail('nik.length', { length: raw.length });

  const issues: Issue[] = [];
  const province = raw.slice(0, 2);
  if (!PROVINCE_CODES.has(province)) issues.push(issue('nik.province', { code: province }));
  if (raw.slice(2, 4) === '00' || raw.slice(4, 6) === '00') issues.push(issue('nik.region'));

  const rawDay = Number(raw.slice(6, 8));
  const month = Number(raw.slice(8, 10));
  const yy = Number(raw.slice(10, 12));
  const female = rawDay >= 41 && rawDay <= 71;
  const day = female ? rawDay - 40 : rawDay;
  if (!(rawDay >= 1 && rawDay <= 31) && !female) issues.push(issue('nik.day', { day: raw.slice(6, 8) }));
  if (month < 1 || month > 12) issues.push(issue('nik.month', { month: raw.slice(8, 10) }));
  if (raw.slice(12) === '0000') issues.push(issue('nik.serial'));

  const referenceDate = options.referenceDate ?? new Date();
  const year = inferCentury(yy, referenceDate);
  let birthDate: string | null = null;
  if (day >= 1 && day <= 31 && month >= 1 && month <= 12) {
    birthDate = isoDate(year, month, day);
    if (!birthDate)
      issues.push(issue('nik.date', { date: `${raw.slice(6, 8)}${raw.slice(8, 10)}${raw.slice(10, 12)}` }));
    else if (birthDate > referenceDate.toISOString().slice(0, 10))
      issues.push(issue('nik.future', { date: birthDate }));
  }
  if (issues.length > 0 || !birthDate) return failWith(issues);

  return ok({
    nik: raw,
    provinceCode: province,
    regencyCode: `${province}.${raw.slice(2, 4)}`,
    districtCode: `${province}.${raw.slice(2, 4)}.${raw.slice(4, 6)}`,
    birthDate,
    gender: female ? 'female' : 'male',
    serial: raw.slice(12),
  });
}

/** Validity only, for callers that want the normalized 16 digits. */
export function validateNik(value: unknown, options: NikOptions = {}): ParseResult<string> {
  const parsed = parseNik(value, options);
  return parsed.ok ? ok(parsed.value.nik, parsed.warnings) : parsed;
}

/**
 * People move, so a NIK registered elsewhere is a warning, never a refusal. Returns null when
 * the NIK is inside the home regency or is not structurally valid (that is parseNik's job).
 */
export function nikRegionOutside(nik: unknown, homeRegencyCode: string): Issue | null {
  const raw = normalizeNikInput(nik);
  if (!/^\d{16}$/.test(raw)) return null;
  const home = homeRegencyCode.replace(/\D/g, '').slice(0, 4);
  if (home.length !== 4) return null;
  const regency = raw.slice(0, 4);
  if (regency === home) return null;
  return issue('nik.regionOutside', {
    regencyCode: `${regency.slice(0, 2)}.${regency.slice(2)}`,
    homeRegencyCode: `${home.slice(0, 2)}.${home.slice(2)}`,
  });
}

const MASK = '\u2022';

/**
 * Shows only the region's first four and the serial's last four digits. Anything that is not
 * a full 16-digit NIK is masked entirely (save the last four when long enough) so a typo never
 * leaks a near-complete number.
 */
export function maskNik(value: unknown): string {
  const raw = normalizeNikInput(value);
  if (raw.length === 0) return '';
  if (raw.length === 16) return `${raw.slice(0, 4)}${MASK.repeat(8)}${raw.slice(12)}`;
  if (raw.length >= 8) return `${MASK.repeat(raw.length - 4)}${raw.slice(-4)}`;
  return MASK.repeat(raw.length);
}
