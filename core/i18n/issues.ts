import type { $ZodRawIssue } from 'zod/v4/core';
// One import per locale: `z.locales` would pull every language zod ships into the web bundle.
import en from 'zod/v4/locales/en.js';
import id from 'zod/v4/locales/id.js';
import type { FieldIssue } from '../errors';
import type { Locale } from './locales';

export type IssueLike = {
  code: string;
  path: PropertyKey[];
  message: string;
  keys?: string[];
  params?: Record<string, unknown>;
  [key: string]: unknown;
};

export type Translate = (key: string, params?: Record<string, unknown>) => string;

const zodLocales = { id: id(), en: en() } as const;

/** Custom zod messages are catalog keys such as `errors:fields.required`. */
export const looksLikeKey = (text: string) => /^[a-z][\w-]*:[\w.-]+$/i.test(text);

/**
 * Turns zod issues into field-level messages in `locale` (one per unknown key). Shared by the
 * server's error handler and the web forms so both say the same thing.
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
    let message: string;
    if (looksLikeKey(issue.message)) {
      message = translate(issue.message, {
        ...issue,
        min: issue.minimum,
        max: issue.maximum,
        ...(issue.params ?? {}),
      });
    } else {
      const generated = zodLocales[locale].localeError?.(issue as unknown as $ZodRawIssue);
      const text = typeof generated === 'string' ? generated : generated?.message;
      message = text ? text.charAt(0).toUpperCase() + text.slice(1) : issue.message;
    }
    out.push({ path: base.join('.') || '(root)', code: issue.code, message });
  }
  return out;
}
