import type { FieldIssue } from '../errors';
import { formatNumber } from '../format';
import type { Locale } from './locales';

export type IssueLike = {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  params?: Record<string, unknown>;
  input?: unknown;
  [key: string]: unknown;
};

export type Translate = (key: string, params?: Record<string, unknown>) => string;

/**
 * Parse options for every parse whose issues a person will read: zod then keeps the offending
 * value on each issue, which is how "missing" (Nama wajib diisi) is told apart from "wrong type".
 * The value never leaves the process: only path, code and the translated message are answered.
 */
export const MESSAGE_PARSE = { reportInput: true } as const;

/** Custom zod messages are catalog keys such as `errors:fields.required`. */
export const looksLikeKey = (text: string) => /^[a-z][\w-]*:[\w.-]+$/i.test(text);

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** True when the issue is about a value that was not given at all (or given empty). */
function isMissing(issue: IssueLike): boolean {
  if ('input' in issue) {
    // A coerced number from text that is not one ('abc' → NaN) is wrong, not missing.
    if (issue.received === 'NaN') return false;
    return isBlank(issue.input);
  }
  // Parsed without MESSAGE_PARSE: zod's own text still says what it received.
  return /received (undefined|null)\b/.test(issue.message);
}

/** The field an issue is about: the last named step of its path (`owners.0.name` → `name`). */
export function fieldName(path: readonly PropertyKey[] | string): string | null {
  const steps = typeof path === 'string' ? path.split('.') : path.map(String);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (step && step !== '(root)' && !/^\d+$/.test(step)) return step;
  }
  return null;
}

/** The field's name as a person reads it ("Nama", "Email"), from the `fields` catalog. */
export function fieldLabel(path: readonly PropertyKey[] | string, translate: Translate): string {
  const name = fieldName(path);
  if (!name) return translate('errors:issue.the_input');
  const key = `fields:${name}`;
  const label = translate(key);
  return label && label !== key && label !== name ? label : translate('errors:issue.this_field');
}

const KINDS: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'whole_number',
  bigint: 'whole_number',
  boolean: 'yes_no',
  array: 'list',
  set: 'list',
  date: 'date',
  file: 'file',
};

const SIZED: Record<string, string> = {
  string: 'text',
  number: 'number',
  int: 'number',
  bigint: 'number',
  array: 'list',
  set: 'list',
  date: 'date',
  file: 'file',
};

const FORMATS: Record<string, string> = {
  email: 'email',
  url: 'url',
  date: 'date',
  datetime: 'datetime',
  time: 'time',
  uuid: 'id',
  guid: 'id',
  cuid: 'id',
  cuid2: 'id',
  ulid: 'id',
  nanoid: 'id',
};

/**
 * What a person is asked when a field picked from a list is left empty ("Pilih kecamatan."),
 * from `fields:choose.<field>`; null for fields typed in (they are "required").
 */
function chooseMessage(path: readonly PropertyKey[], translate: Translate): string | null {
  const name = fieldName(path);
  if (!name) return null;
  const key = `fields:choose.${name}`;
  const text = translate(key);
  return typeof text === 'string' && text !== key && text !== `choose.${name}` ? text : null;
}

/**
 * The catalog key (under `errors:issue.`) for an issue zod phrased itself. Each names the field
 * and what it needs; none repeats zod's developer wording ("expected string, received undefined").
 */
function genericKey(issue: IssueLike): string {
  if (isMissing(issue) && issue.code !== 'custom' && issue.code !== 'unrecognized_keys') return 'required';
  switch (issue.code) {
    case 'invalid_type':
      return `type_${KINDS[String(issue.expected)] ?? 'other'}`;
    case 'too_small': {
      const origin = SIZED[String(issue.origin)] ?? 'number';
      if (origin === 'list' && Number(issue.minimum) <= 1) return 'list_empty';
      return `${origin}_min${issue.inclusive === false ? '_exclusive' : ''}`;
    }
    case 'too_big': {
      const origin = SIZED[String(issue.origin)] ?? 'number';
      return `${origin}_max${issue.inclusive === false ? '_exclusive' : ''}`;
    }
    case 'invalid_format':
      return `format_${FORMATS[String(issue.format)] ?? 'other'}`;
    case 'not_multiple_of':
      return 'multiple_of';
    case 'invalid_value':
      return 'option';
    default:
      return 'invalid';
  }
}

function bound(value: unknown, locale: Locale, origin: unknown): string {
  if (typeof value === 'bigint') return value.toString();
  if (typeof value !== 'number') return String(value);
  if (origin === 'date') return new Date(value).toISOString().slice(0, 10);
  return formatNumber(value, locale, 6);
}

/**
 * Turns zod issues into field-level messages in `locale` (one per unknown key). Shared by the
 * server's error handler and the web forms so both say the same thing. A schema's own message
 * (a catalog key) wins, except when the field was left empty: then it says the field is required.
 */
export function localizeIssues(
  issues: readonly IssueLike[],
  locale: Locale,
  translate: Translate,
  prefix: string[] = [],
): FieldIssue[] {
  const out: FieldIssue[] = [];
  for (const issue of issues) {
    const base = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        out.push({
          path: [...base, key].join('.'),
          code: 'unrecognized_key',
          message: translate('errors:fields.unknown_field', { field: key }),
        });
      }
      continue;
    }
    const field = fieldLabel(issue.path, translate);
    const params = {
      field,
      min: bound(issue.minimum, locale, issue.origin),
      max: bound(issue.maximum, locale, issue.origin),
      count: typeof issue.minimum === 'number' ? issue.minimum : undefined,
      divisor: bound(issue.divisor, locale, 'number'),
      ...(issue.params ?? {}),
    };
    const missing = issue.code !== 'custom' && issue.code !== 'unrecognized_keys' && isMissing(issue);
    const ownKey = looksLikeKey(issue.message) && !missing;
    const message = ownKey
      ? translate(issue.message, params)
      : ((missing ? chooseMessage(issue.path, translate) : null) ??
        translate(`errors:issue.${genericKey(issue)}`, params));
    out.push({ path: base.join('.') || '(root)', code: issue.code, message });
  }
  return out;
}
