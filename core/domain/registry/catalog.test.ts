import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '#core/i18n/en/registry-validation.json';
import id from '#core/i18n/id/registry-validation.json';
import { ISSUE_CODES, type IssueCode } from './issues';
import { parseNik } from './nik';

type Catalog = { [key: string]: string | Catalog };

function flatten(catalog: Catalog, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else Object.assign(out, flatten(value, path));
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

// Zod enum and type errors carry no params, so their texts must not expect any.
const WITHOUT_PARAMS: IssueCode[] = [
  'common.empty',
  'common.invalidType',
  'kbli.version',
  'legalForm.unknown',
  'subsector.unmapped',
  'gender.unknown',
  'education.unknown',
  'exportStatus.unknown',
  'certification.unknown',
  'yesNo.unknown',
  'phone.extensionDropped',
];

describe.each([
  ['id', id],
  ['en', en],
])('registry-validation catalog (%s)', (_locale, catalog) => {
  const flat = flatten(catalog as Catalog);

  it('has exactly the issue codes, no more, no less', () => {
    expect(Object.keys(flat).sort()).toEqual([...ISSUE_CODES].sort());
  });

  it('has no empty texts', () => {
    for (const text of Object.values(flat)) expect(text.trim().length).toBeGreaterThan(0);
  });

  it('does not expect params where none are given', () => {
    for (const code of WITHOUT_PARAMS) expect(placeholders(flat[code])).toEqual([]);
  });
});

describe('catalogs agree', () => {
  it('use the same placeholders in both languages', () => {
    const flatId = flatten(id as Catalog);
    const flatEn = flatten(en as Catalog);
    for (const code of ISSUE_CODES)
      expect(placeholders(flatId[code]), code).toEqual(placeholders(flatEn[code]));
  });
});

describe('emitted issues fill every placeholder of their message', () => {
  it('over a battery of messy inputs', async () => {
    const r = await import('./index');
    const flatId = flatten(id as Catalog);
    const inputs: unknown[] = [
      '',
      '-',
      '#N/A',
      'abc',
      '12',
      '1,250',
      '5-10 jt',
      '-5',
      '± 5 jt/bln',
      '5000000.5',
      '0812-3456',
      '0801234567',
      '0341-12',
      '+60 123',
      '0812-3456-7890 / 0857-1234-5678 / 12',
      '551234',
      '0341-551234 ext 1',
      '3 L 2 P',
      '2,5',
      '02/22/2021',
      'Februari 2021',
      '2021',
      '31/02/2021',
      '3573053213900000',
      '35730515',
      'x'.repeat(3),
      '9973051508850001',
      '3573050112990001',
      60,
      2021,
      -1,
      3.5,
      12345678901000,
      3573051508850003,
      '2099',
      '1800',
    ];
    const issues: { key: string; params?: Record<string, unknown> }[] = [];
    const collect = (result: { ok: boolean; issues?: unknown[]; warnings?: unknown[] }) => {
      issues.push(...((result.ok ? result.warnings : result.issues) as typeof issues));
    };
    for (const input of inputs) {
      collect(r.parseNik(input));
      collect(r.parseNib(input));
      collect(r.parseNpwp(input));
      collect(r.parseKbli(input, 1999));
      collect(r.parseKbli(input, 2020));
      collect(r.parsePhone(input));
      collect(r.parseRupiah(input, { max: 1000 }));
      collect(r.parseCount(input, { min: 1, max: 2 }));
      collect(r.parseYear(input));
      collect(r.parseDate(input, { min: '2020-01-01', max: '2020-12-31' }));
      collect(r.parseLegalForm(input));
      collect(r.parseSubsector(input));
      collect(r.parseGender(input));
      collect(r.parseEducation(input));
      collect(r.parseCertifications(input));
      collect(r.parseExportStatus(input));
      collect(r.parseYesNo(input));
    }
    // Header issues (server/features/registry/service/import/headers) are checked next to them.
    const region = r.matchRegionName('Lowokwru', [{ code: '1', name: 'Lowokwaru' }]);
    if (region.kind === 'fuzzy') issues.push(region.warning);
    const outside = r.nikRegionOutside('3507125508850003', '35.73');
    if (outside) issues.push(outside);

    const seen = new Set<string>();
    for (const emitted of issues) {
      const code = emitted.key.replace('registry-validation:', '');
      seen.add(code);
      for (const name of placeholders(flatId[code])) {
        expect(emitted.params?.[name], `${code} needs {{${name}}}`).toBeDefined();
      }
    }
    // The battery must actually exercise most codes, or this test proves little.
    expect(seen.size).toBeGreaterThan(50);
  });
});

describe('i18next', () => {
  it('resolves an issue key with its params in both languages', () => {
    const i18n = i18next.createInstance();
    void i18n.init({
      resources: { id: { 'registry-validation': id }, en: { 'registry-validation': en } },
      lng: 'id',
      ns: ['registry-validation'],
      interpolation: { escapeValue: false },
      initAsync: false,
    });
    const result = parseNik('35730515');
    if (result.ok) throw new Error('expected a failure');
    const [{ key, params }] = result.issues;
    expect(i18n.t(key, params)).toBe('NIK harus 16 digit (tertulis 8 digit).');
    expect(i18n.t(key, { ...params, lng: 'en' })).toBe('A NIK has 16 digits (this one has 8).');
  });
});
