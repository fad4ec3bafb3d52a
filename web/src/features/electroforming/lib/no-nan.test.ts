import { describe, expect, it } from 'vitest';
import { calculate } from '#core/domain/electroforming/calculate';
import { isElectroformingInputError } from '#core/domain/electroforming/errors';
import { createI18n } from '#core/i18n/i18n';
import type { CalculateRequestInput } from '#core/schemas/electroforming';
import { figureDigits, formatDuration, formatFigure, localizeWorking } from './format';
import { translateMessage } from './messages';
import { toNumber } from './numbers';

/**
 * What the calculator pages put on screen: either figures through `formatFigure`, or the
 * core's refusal through `translateMessage`. Neither may ever read NaN, Infinity or undefined,
 * whatever a maker types (negative, zero, empty, huge, half-typed).
 */
const NONSENSE = /NaN|Infinity|undefined|\{\{/;
const TYPED: unknown[] = [
  '',
  '-',
  '1,',
  '-5',
  '0',
  '0,0001',
  '1e400',
  1.5,
  -1,
  0,
  1e12,
  1e300,
  Number.NaN,
  undefined,
];

const i18n = createI18n('id');
const t = i18n.t.bind(i18n);

function screenText(request: CalculateRequestInput): string[] {
  try {
    const result = calculate(request) as Record<string, unknown> & {
      working: { key: string; params?: Record<string, string | number>; result: { value: number } }[];
      warnings: { key: string; params: Record<string, string | number> }[];
    };
    return [
      ...Object.values(result)
        .filter((v): v is number => typeof v === 'number')
        .map((v) => formatFigure(v, 'id')),
      ...result.working.map(
        (s) => `${translateMessage(i18n, s.key, s.params)} ${formatFigure(s.result.value, 'id')}`,
      ),
      ...result.warnings.map((w) => translateMessage(i18n, w.key, w.params)),
    ];
  } catch (error) {
    if (!isElectroformingInputError(error)) throw error;
    return error.issues.map((issue) => translateMessage(i18n, issue.key, issue.params));
  }
}

describe('what the calculators display', () => {
  it('formats any number without NaN or Infinity', () => {
    for (const v of [Number.NaN, Number.POSITIVE_INFINITY, -0, 0, 1e-12, 0.000123, 0.9, 13.231, 1e9, -7]) {
      expect(formatFigure(v, 'id')).not.toMatch(NONSENSE);
      expect(formatFigure(v, 'en')).not.toMatch(NONSENSE);
      expect(formatDuration(v, t)).not.toMatch(NONSENSE);
      expect(Number.isFinite(figureDigits(v))).toBe(true);
    }
    expect(formatFigure(0.0968, 'id')).toBe('0,0968');
    expect(formatDuration(7.9558, t)).toBe('7 jam 57 menit');
  });

  it('reads half-typed inputs as "not a number yet", and unreadable text as refused (NaN)', () => {
    for (const v of TYPED) {
      const n = toNumber(v as string | number);
      if (v === '1e400') expect(n).toBeNaN();
      else expect(n === undefined || Number.isFinite(n)).toBe(true);
    }
    expect(toNumber('1/2')).toBeNaN();
    expect(toNumber('12abc')).toBeNaN();
    expect(toNumber('1,5')).toBe(1.5);
  });

  it('shows a figure or a translated refusal for every combination a maker can type', () => {
    const values = TYPED.map((v) => toNumber(v as string | number)) as number[];
    const lines: string[] = [];
    for (const a of values) {
      for (const b of values) {
        lines.push(
          ...screenText({
            kind: 'time',
            areaCm2: a,
            currentDensityAdm2: b,
            thicknessUm: 200,
            efficiency: 0.95,
          }),
          ...screenText({ kind: 'time', areaCm2: 60, currentA: a, thicknessUm: b, efficiency: 0.95 }),
          ...screenText({ kind: 'current', areaCm2: a, currentDensity: b, currentDensityUnit: 'A/in2' }),
          ...screenText({
            kind: 'deposit',
            areaCm2: a,
            efficiency: b,
            steps: [{ currentA: 0.5, minutes: 10 }],
          }),
          ...screenText({ kind: 'deposit', areaCm2: 60, steps: [{ currentA: a, minutes: b }] }),
          ...screenText({ kind: 'energy', currentA: a, volts: b, hours: 2 }),
          ...screenText({ kind: 'bath', volumeL: a, copperSulfateGL: b }),
          ...screenText({ kind: 'price', materialsIdr: a, labourHours: b, labourRateIdr: 20000 }),
          ...screenText({ kind: 'area', lengthCm: a, widthCm: b, shapeFactor: 0.7, faces: 2 }),
          ...screenText({ kind: 'photoArea', objectPixels: a, coinPixels: b, coinDiameterMm: 24.1 }),
        );
      }
    }
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.filter((line) => NONSENSE.test(line))).toEqual([]);
  });

  it('says why efficiency 0 or above 1, negative area and zero time are refused', () => {
    const [efficiency] = screenText({
      kind: 'time',
      areaCm2: 60,
      currentDensityAdm2: 1.5,
      thicknessUm: 200,
      efficiency: 0,
    });
    expect(efficiency).toMatch(/Efisiensi katoda harus lebih dari 0/);
    expect(
      screenText({
        kind: 'time',
        areaCm2: 60,
        currentDensityAdm2: 1.5,
        thicknessUm: 200,
        efficiency: 1.2,
      })[0],
    ).toMatch(/paling besar 1/);
    expect(screenText({ kind: 'current', areaCm2: -5, currentDensityAdm2: 1.5 })[0]).toMatch(
      /Luas harus lebih dari 0/,
    );
    expect(screenText({ kind: 'deposit', areaCm2: 60, steps: [{ currentA: 0.5, minutes: 0 }] })[0]).toMatch(
      /Waktu harus lebih dari nol/,
    );
  });
});

describe('working steps in the reader’s notation', () => {
  it('writes the numbers put in the Indonesian way in Indonesian, like the result under them', () => {
    expect(localizeWorking('8.96 g/cm³ · (23.56 cm² · 200 µm) · 10⁻⁴ cm/µm', 'id')).toBe(
      '8,96 g/cm³ · (23,56 cm² · 200 µm) · 10⁻⁴ cm/µm',
    );
    expect(localizeWorking('55867 · 2.2', 'id')).toBe('55.867 · 2,2');
    expect(localizeWorking('55867 · 2.2', 'en')).toBe('55,867 · 2.2');
    expect(localizeWorking('1e-7 g', 'id')).toBe('1e-7 g');
    // Four significant figures at most: a step reads like a working, not like a float.
    expect(localizeWorking('1.5 A / 0.56 dm² = 2.67857 A/dm²', 'id')).toBe('1,5 A / 0,56 dm² = 2,679 A/dm²');
    expect(localizeWorking('2 · 96485.33212 C/mol', 'en')).toBe('2 · 96,485 C/mol');
    expect(localizeWorking('m_Cl/(0.97235·w)', 'id')).toBe('m_Cl/(0,9724·w)');
  });

  it('uses no English words in formulas (the step above says it in words)', () => {
    const price = calculate({ kind: 'price', materialsIdr: 1000, labourHours: 1, labourRateIdr: 1000 });
    const area = calculate({ kind: 'area', lengthCm: 5, widthCm: 3, shapeFactor: 0.6, faces: 2 } as never);
    for (const step of [...price.working, ...area.working]) {
      expect(step.formula).not.toMatch(/faces|materials/);
    }
  });
});
