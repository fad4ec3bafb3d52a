import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { $ZodRawIssue } from 'zod/v4/core';
import zodEn from 'zod/v4/locales/en.js';
import zodId from 'zod/v4/locales/id.js';
import type { Endpoint } from '../api/endpoint';
import { KecamatanCode } from '../schemas/common';
import { createI18n } from './i18n';
import { fieldLabel, fieldName, type IssueLike, localizeIssues, looksLikeKey, MESSAGE_PARSE } from './issues';
import { LOCALES } from './locales';
import { fieldSlots, hostileInputs } from './schema-walk';

/*
 * Every request schema of every route table, and every form body schema, is fed nothing, an
 * empty object and wrong-typed values field by field. Whatever zod refuses must read as a
 * person's message in both languages: it names the field and what it needs, and it is never
 * zod's own developer text ("Invalid input: expected string, received undefined").
 */

const isSchema = (value: unknown): value is z.ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value && 'safeParse' in value;
const isEndpoint = (value: unknown): value is Endpoint =>
  typeof value === 'object' && value !== null && 'method' in value && 'path' in value && 'responses' in value;

type Target = { name: string; schema: z.ZodType; from: 'route table' | 'form' };

function routeTableSchemas(): Target[] {
  const modules = import.meta.glob<Record<string, unknown>>('../api/*.ts', { eager: true });
  const out: Target[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [tableName, table] of Object.entries(mod)) {
      if (typeof table !== 'object' || table === null) continue;
      for (const [name, endpoint] of Object.entries(table)) {
        if (!isEndpoint(endpoint)) continue;
        for (const part of ['params', 'query', 'body'] as const) {
          const schema = endpoint[part];
          if (schema) out.push({ name: `${file} ${tableName}.${name}.${part}`, schema, from: 'route table' });
        }
      }
    }
  }
  return out;
}

/** What the web's forms validate with `zodValidate`: every exported `…Body` (SetupFormBody too). */
function formSchemas(): Target[] {
  const modules = import.meta.glob<Record<string, unknown>>(['../schemas/**/*.ts', '!**/*.test.ts'], {
    eager: true,
  });
  const out: Target[] = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, schema] of Object.entries(mod)) {
      if (/Body$/.test(name) && isSchema(schema)) out.push({ name: `${file} ${name}`, schema, from: 'form' });
    }
  }
  return out;
}

const ZOD_WORDING = [
  /invalid input/i,
  /invalid option/i,
  /expected .+ received/i,
  /too (small|big)/i,
  /unrecognized key/i,
  /invalid (string|element|key|value|iso|uuid|email|url|date)/i,
  /input tidak valid/i,
  /diharapkan/i,
  /diterima/i,
  /terlalu (kecil|besar):/i,
  /kunci tidak dikenali/i,
];

const zodText = { en: zodEn(), id: zodId() };
function zodOwnText(issue: IssueLike, locale: 'id' | 'en'): string | undefined {
  const made = zodText[locale].localeError?.(issue as unknown as $ZodRawIssue);
  return typeof made === 'string' ? made : made?.message;
}

const i18n = createI18n();
const translators = Object.fromEntries(LOCALES.map((l) => [l, i18n.getFixedT(l)])) as Record<
  'id' | 'en',
  (key: string, params?: Record<string, unknown>) => string
>;

function problemsOf(target: Target): string[] {
  const problems = new Set<string>();
  for (const input of hostileInputs(target.schema)) {
    const result = target.schema.safeParse(input, MESSAGE_PARSE);
    if (result.success) continue;
    const issues = result.error.issues as unknown as IssueLike[];
    for (const locale of LOCALES) {
      const t = translators[locale];
      const localized = localizeIssues(issues, locale, (key, params) => t(key, params ?? {}));
      localized.forEach((field, i) => {
        const issue = issues[Math.min(i, issues.length - 1)];
        const where = `${target.name} ${locale} ${field.path}`;
        const text = field.message;
        if (ZOD_WORDING.some((re) => re.test(text))) problems.add(`${where}: zod wording "${text}"`);
        if (issue && issue.code !== 'unrecognized_keys' && text === zodOwnText(issue, locale))
          problems.add(`${where}: zod's own text "${text}"`);
        if (looksLikeKey(text) || text.includes('{{')) problems.add(`${where}: untranslated "${text}"`);
        if (!text.trim()) problems.add(`${where}: empty message`);
        const generic = issue && !looksLikeKey(issue.message);
        if (generic && issue.code !== 'unrecognized_keys') {
          const label = fieldLabel(issue.path, (k, p) => t(k, p ?? {}));
          if (!text.toLowerCase().includes(label.toLowerCase()))
            problems.add(`${where}: does not name the field "${text}"`);
        }
      });
    }
  }
  return [...problems];
}

describe('messages of refused input', () => {
  const targets = [...routeTableSchemas(), ...formSchemas()];

  it('finds the route tables and the form schemas', () => {
    expect(targets.filter((t) => t.from === 'route table').length).toBeGreaterThanOrEqual(10);
    expect(targets.filter((t) => t.from === 'form').length).toBeGreaterThan(5);
  });

  for (const target of targets) {
    it(`${target.name}: names the field and what it needs, never in zod's words`, {
      timeout: 120_000,
    }, () => {
      expect(problemsOf(target)).toEqual([]);
    });
  }

  it('every field of every request and form schema has a name in both languages', () => {
    const missing = new Set<string>();
    for (const target of targets) {
      for (const slot of fieldSlots(target.schema)) {
        const name = fieldName(slot.path);
        if (!name) continue;
        for (const locale of LOCALES) {
          if (!i18n.exists(`fields:${name}`, { lng: locale, fallbackLng: false }))
            missing.add(`${locale}:${name}`);
        }
      }
    }
    expect([...missing].sort()).toEqual([]);
  });
});

describe('a field picked from a list', () => {
  const schema = z.object({ name: z.string().min(1), districtCode: KecamatanCode });
  const messages = (input: unknown, locale: 'id' | 'en') => {
    const result = schema.safeParse(input, MESSAGE_PARSE);
    const issues = result.success ? [] : (result.error.issues as unknown as IssueLike[]);
    const t = translators[locale];
    return Object.fromEntries(
      localizeIssues(issues, locale, (key, params) => t(key, params ?? {})).map((i) => [i.path, i.message]),
    );
  };

  it('left empty asks to choose one, in words; a typed field is still required', () => {
    expect(messages({ name: '', districtCode: '' }, 'id')).toEqual({
      name: 'Nama wajib diisi.',
      districtCode: 'Pilih kecamatan.',
    });
    expect(messages({ name: 'A', districtCode: null }, 'en')).toEqual({
      districtCode: 'Choose a kecamatan.',
    });
  });

  it('given a malformed code still says what a code looks like', () => {
    expect(messages({ name: 'A', districtCode: '3573' }, 'id')).toEqual({
      districtCode: 'Kode kecamatan harus seperti 35.73.05.',
    });
  });
});
