import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, type Issue, issue, ok, type ParseResult } from './issues';

export type PhoneKind = 'mobile' | 'landline';
export type PhoneNumber = { e164: string; kind: PhoneKind };

/** The first usable number of a cell plus whatever else the cell held, so nothing is dropped unseen. */
export type PhoneCell = PhoneNumber & {
  others: PhoneNumber[];
  /** Fragments that looked like numbers but are not valid ones, verbatim. */
  unparsed: string[];
};

export type PhoneOptions = {
  /**
   * Area code to assume for a bare 5–8 digit landline ("551234"), e.g. '0341' for Malang.
   * Off by default: the city is configuration, not something core/ may assume.
   */
  defaultAreaCode?: string;
};

// Area codes of two digits (Jakarta, Bandung, Semarang, Surabaya, Medan); all others have three.
const TWO_DIGIT_AREA_CODES = new Set(['21', '22', '24', '31', '61']);

// Runs of digits with the separators people put inside a number: "(0341) 551-234", "+62 812.3456".
const NUMBER_RUN = /\+?\(?\d[\d()\-.\s]*\d|\+?\d/g;

function normalizeOne(run: string, options: PhoneOptions): ParseResult<PhoneNumber> {
  let digits = run.replace(/\D/g, '');
  const warnings: Issue[] = [];
  let international = /^\s*\+/.test(run);
  if (digits.startsWith('00')) {
    digits = digits.slice(2);
    international = true;
  }
  let national: string;
  if (international) {
    if (!digits.startsWith('62')) return fail('phone.notIndonesian', { value: run.trim() });
    national = digits.slice(2);
  } else if (digits.startsWith('62') && digits.length >= 10) {
    // Without '+' a leading 62 is still the country code: no Indonesian trunk number starts with 62.
    national = digits.slice(2);
  } else if (digits.startsWith('0')) {
    national = digits.slice(1);
  } else if (digits.startsWith('8')) {
    // Excel number cells drop the leading 0 of 08xx.
    national = digits;
  } else if (digits.length >= 5 && digits.length <= 8) {
    const area = options.defaultAreaCode?.replace(/\D/g, '').replace(/^0+/, '');
    if (!area) return fail('phone.missingAreaCode', { value: run.trim() });
    national = area + digits;
    warnings.push(issue('phone.areaCodeAssumed', { areaCode: `0${area}` }));
  } else {
    return fail('phone.invalid', { value: run.trim() });
  }
  // "+62 (0) 812…" and "+62 0812…" carry a redundant trunk 0.
  national = national.replace(/^0+/, '');

  if (national.startsWith('8')) {
    if (!/^8[1235789]/.test(national))
      return fail('phone.mobilePrefix', { prefix: `0${national.slice(0, 3)}` });
    if (national.length < 9) return fail('phone.mobileTooShort', { value: run.trim() });
    if (national.length > 12) return fail('phone.mobileTooLong', { value: run.trim() });
    return ok({ e164: `+62${national}`, kind: 'mobile' }, warnings);
  }
  if (/^[2-79]/.test(national)) {
    const areaLength = TWO_DIGIT_AREA_CODES.has(national.slice(0, 2)) ? 2 : 3;
    const subscriber = national.length - areaLength;
    const [min, max] = areaLength === 2 ? [7, 8] : [5, 8];
    if (subscriber < min || subscriber > max) {
      return fail('phone.landlineLength', { areaCode: `0${national.slice(0, areaLength)}`, min, max });
    }
    return ok({ e164: `+62${national}`, kind: 'landline' }, warnings);
  }
  return fail('phone.invalid', { value: run.trim() });
}

function findRuns(text: string): string[] {
  const runs = (text.match(NUMBER_RUN) ?? []).map((r) => r.trim());
  // "0341/551234" and "0341 - 551234" split the area code from the subscriber number.
  const joined: string[] = [];
  for (const run of runs) {
    const previous = joined[joined.length - 1];
    if (previous !== undefined && /^\(?0[2-79]\d{1,2}\)?$/.test(previous) && /^[\d\-.\s]{5,10}$/.test(run)) {
      joined[joined.length - 1] = `${previous} ${run}`;
    } else {
      joined.push(run);
    }
  }
  return joined;
}

/** "0812 3456 7890 0857 1234 5678" has no separator; split only if every part is then valid. */
function splitGluedNumbers(run: string, options: PhoneOptions): string[] | null {
  for (const separator of [/\s+[-–]\s+/, /\s+/]) {
    const parts = run.split(separator).filter((p) => p.length > 0);
    if (parts.length >= 2 && parts.every((p) => normalizeOne(p, options).ok)) return parts;
  }
  return null;
}

/**
 * Normalizes an Indonesian phone number written in any local style to E.164 (+62…).
 * A cell may hold several numbers ("0812xxx / 0857yyy", "HP 0812… WA 0857…"): the first valid
 * one is the value, the rest are returned in `others`/`unparsed` with a `phone.multiple` warning.
 */
export function parsePhone(value: unknown, options: PhoneOptions = {}): ParseResult<PhoneCell> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  if (typeof value === 'number' && !Number.isSafeInteger(value)) {
    return fail('phone.invalid', { value: String(value) });
  }
  const text = typeof value === 'number' ? String(value) : cellText(value);
  if (/\d[.,]?\d*e\+?\d+/i.test(text)) return fail('phone.invalid', { value: text });

  const warnings: Issue[] = [];
  // Extensions cannot be dialled from E.164; drop them, but say so.
  const withoutExtensions = text.replace(/\b(?:ext|psw|pes|pesawat)\.?\s*\d+/gi, ' ');
  if (withoutExtensions !== text) warnings.push(issue('phone.extensionDropped'));
  const runs: string[] = [];
  for (const run of findRuns(withoutExtensions)) {
    const glued = normalizeOne(run, options).ok ? null : splitGluedNumbers(run, options);
    runs.push(...(glued ?? [run]));
  }
  if (runs.length === 0) return fail('phone.noDigits', { value: text });

  const parsed = runs.map((run) => ({ run, result: normalizeOne(run, options) }));
  const firstValid = parsed.find((p) => p.result.ok);
  if (!firstValid?.result.ok) {
    const first = parsed[0].result;
    return first.ok ? fail('phone.invalid') : { ok: false, issues: first.issues };
  }
  const others: PhoneNumber[] = [];
  const unparsed: string[] = [];
  for (const p of parsed) {
    if (p === firstValid) continue;
    if (p.result.ok) {
      if (p.result.value.e164 !== firstValid.result.value.e164) others.push(p.result.value);
    } else {
      unparsed.push(p.run);
    }
  }
  warnings.push(...firstValid.result.warnings);
  if (others.length + unparsed.length > 0) {
    warnings.push(
      issue('phone.multiple', {
        count: others.length + unparsed.length + 1,
        others: [...others.map((o) => o.e164), ...unparsed].join(', '),
      }),
    );
  }
  return ok({ ...firstValid.result.value, others, unparsed }, warnings);
}

/** Convenience for code that only wants the E.164 string or nothing. */
export function normalizePhone(value: unknown, options: PhoneOptions = {}): string | null {
  const parsed = parsePhone(value, options);
  return parsed.ok ? parsed.value.e164 : null;
}

/** Local display form: "0812-3456-7890", "(0341) 551234". */
export function formatPhone(e164: string): string {
  if (!/^\+62\d+$/.test(e164)) return e164;
  const national = e164.slice(3);
  if (national.startsWith('8')) {
    const rest = national.slice(3);
    const groups = rest.length > 4 ? [rest.slice(0, 4), rest.slice(4)] : [rest];
    return [`0${national.slice(0, 3)}`, ...groups].join('-');
  }
  const areaLength = TWO_DIGIT_AREA_CODES.has(national.slice(0, 2)) ? 2 : 3;
  return `(0${national.slice(0, areaLength)}) ${national.slice(areaLength)}`;
}
