import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors';
import { resources } from './resources';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

// i18next plural forms differ by language (English: _one/_other; Indonesian: one form).
const PLURAL = /_(zero|one|two|few|many|other)$/;
const baseKeys = (keys: Iterable<string>) => [...new Set([...keys].map((k) => k.replace(PLURAL, '')))].sort();

const variables = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  for (const ns of Object.keys(resources.id) as (keyof typeof resources.id)[]) {
    it(`${ns}: Bahasa Indonesia and English have the same keys and placeholders`, () => {
      const id = flatten(resources.id[ns] as Tree);
      const en = flatten(resources.en[ns] as Tree);
      expect(baseKeys(id.keys())).toEqual(baseKeys(en.keys()));
      for (const [key, text] of id) {
        if (!en.has(key)) continue;
        expect({ key, vars: variables(text) }).toEqual({ key, vars: variables(en.get(key) ?? '') });
        expect(text.trim(), key).not.toBe('');
      }
    });
  }

  it('has a text for every error code in both languages', () => {
    for (const code of ERROR_CODES) {
      expect(resources.id.errors.codes).toHaveProperty(code);
      expect(resources.en.errors.codes).toHaveProperty(code);
    }
  });
});
