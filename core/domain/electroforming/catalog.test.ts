import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '#core/i18n/en/electroforming.json';
import id from '#core/i18n/id/electroforming.json';
import { makeUpBath, SAFETY_NOTE_KEYS } from './bath';
import { calculate } from './calculate';
import { DEFECT_IDS, DEFECTS, findDefect } from './defects';
import { LIMITS } from './limits';
import { COST_ITEMS } from './pricing';
import { SOLVE_FOR } from './solve';
import { stringsIn } from './test-helpers';
import { OPERATING_WINDOWS, WARNING_CODES, warningKey } from './windows';

type Catalog = { [key: string]: string | Catalog };

function lookup(catalog: Catalog, fullKey: string): string | undefined {
  const [ns, path] = fullKey.split(':');
  if (ns !== 'electroforming' || !path) return undefined;
  let node: string | Catalog | undefined = catalog;
  for (const part of path.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

function _leaves(catalog: Catalog, prefix = ''): string[] {
  return Object.entries(catalog).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k}`] : _leaves(v, `${prefix}${k}.`),
  );
}

const _variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

/** Every error name the sources can produce, found by reading them. */
function errorNamesInSources(): string[] {
  const dirs = [import.meta.dirname, join(import.meta.dirname, '../../schemas')];
  const names = new Set<string>();
  for (const dir of dirs) {
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))) {
      if (dir.endsWith('schemas') && file !== 'electroforming.ts') continue;
      const text = readFileSync(join(dir, file), 'utf8');
      for (const m of text.matchAll(/(?:errorKey|msg)\('(\w+)'\)|\.add\([^,]+,\s*'(\w+)'/g))
        names.add(m[1] ?? m[2]);
    }
  }
  return [...names];
}

describe('i18n catalogs', () => {
  // Key and placeholder parity between the languages is checked for every namespace in core/i18n/catalogs.test.ts.
  it('has a text for every key the core can emit', () => {
    const fromSources = errorNamesInSources();
    expect(fromSources).toEqual(
      expect.arrayContaining(['currentOrDensity', 'solveNeedsField', 'unknownKind', 'resultOutOfRange']),
    );
    const keys = new Set<string>([
      ...Object.values(LIMITS).map((l) => `electroforming:errors.${l.key}`),
      ...fromSources.map((n) => `electroforming:errors.${n}`),
      ...WARNING_CODES.map(warningKey),
      ...SAFETY_NOTE_KEYS,
      ...DEFECTS.flatMap((d) => [d.nameKey, d.descriptionKey, ...d.causeKeys, ...d.fixKeys]),
      ...COST_ITEMS.map((i) => `electroforming:cost.items.${i}`),
      ...Object.keys(OPERATING_WINDOWS).map((w) => `electroforming:windows.${w}`),
      ...SOLVE_FOR.map((s) => `electroforming:solveFor.${s}`),
      ...makeUpBath({ volumeL: 1 }).procedure.map((n) => n.key),
    ]);
    // Working keys: run every calculator with the working it can produce.
    const results = [
      calculate({
        kind: 'deposit',
        areaCm2: 60,
        steps: [
          { currentA: 0.5, minutes: 10 },
          { currentA: 0.15, minutes: 300 },
        ],
      }),
      calculate({ kind: 'time', areaCm2: 60, currentA: 0.9, thicknessUm: 250 }),
      calculate({ kind: 'solve', solveFor: 'current', areaCm2: 60, thicknessUm: 250, hours: 12 }),
      calculate({ kind: 'thickness', currentDensityAdm2: 1.5, hours: 12 }),
      calculate({ kind: 'current', areaCm2: 60, currentDensity: 0.1, currentDensityUnit: 'A/in2' }),
      calculate({ kind: 'density', areaCm2: 60, currentA: 0.9 }),
      calculate({ kind: 'convert', quantity: 'area', value: 1, from: 'in2', to: 'cm2' }),
      calculate({ kind: 'area', lengthCm: 8, widthCm: 5 }),
      calculate({ kind: 'photoArea', objectPixels: 30_000, coinPixels: 10_000 }),
      calculate({ kind: 'copper', areaCm2: 60, thicknessUm: 250, pricePerKgIdr: 150_000 }),
      calculate({ kind: 'energy', currentA: 0.9, volts: 1.5, hours: 2 }),
      calculate({ kind: 'bath', volumeL: 1 }),
      calculate({ kind: 'price', materialsIdr: 1, idrPerUsd: 16_000, idrPerEur: 17_000 }),
      calculate({ kind: 'calibrate', measuredMassG: 1, steps: [{ currentA: 1, minutes: 60 }] }),
    ];
    for (const s of stringsIn(results)) if (s.startsWith('electroforming:')) keys.add(s);
    const missing = (catalog: Catalog) => [...keys].filter((k) => !lookup(catalog, k));
    expect(missing(en as Catalog)).toEqual([]);
    expect(missing(id as Catalog)).toEqual([]);
    expect(keys.size).toBeGreaterThan(150);
  });

  it('warns the maker to add acid to water in both languages', () => {
    expect(lookup(en as Catalog, 'electroforming:safety.acidIntoWater')).toMatch(/acid to water/i);
    expect(lookup(id as Catalog, 'electroforming:safety.acidIntoWater')).toMatch(/asam ke dalam air/i);
  });
});

describe('defects catalog', () => {
  it('has the seven QC defects of electroforming.md with causes and fixes', () => {
    expect(DEFECT_IDS).toEqual([
      'burning',
      'grainy',
      'rough',
      'bareSpots',
      'pitting',
      'poorAdhesion',
      'unevenThickness',
    ]);
    for (const defect of DEFECTS) {
      expect(defect.causeKeys.length).toBeGreaterThanOrEqual(3);
      expect(defect.fixKeys.length).toBeGreaterThanOrEqual(3);
    }
    expect(findDefect('burning')?.causeKeys[0]).toBe('electroforming:defects.causes.currentTooHigh');
    expect(findDefect('nope')).toBeUndefined();
  });
});
