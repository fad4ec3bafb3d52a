import { describe, expect, it } from 'vitest';
import { chargeOf, hoursToTarget, planBatch, segmentsFromReadings } from './batch-plan';
import { ElectroformingInputError } from './errors';
import { DEFAULT_WINDOW } from './windows';

const t = (h: number) => new Date(Date.UTC(2030, 0, 1) + h * 3_600_000);

describe('segments from readings', () => {
  it('holds each reading until the next; the first covers the start, the last runs to the stop', () => {
    const segments = segmentsFromReadings(
      [
        { at: t(3), currentA: 0.5, volts: 1.8 },
        { at: t(1), currentA: 1, volts: null },
      ],
      t(0),
      t(4),
    );
    // Sorted by time: 1 A from 0 h to 3 h (first reading at 1 h covers the start), 0.5 A from 3 h to 4 h.
    expect(segments).toEqual([
      { currentA: 1, volts: null, seconds: 3 * 3600 },
      { currentA: 0.5, volts: 1.8, seconds: 3600 },
    ]);
    expect(chargeOf(segments)).toEqual({ chargeC: 1 * 10_800 + 0.5 * 3600, seconds: 4 * 3600 });
  });

  it('clips readings outside the run and drops empty segments', () => {
    const segments = segmentsFromReadings(
      [
        { at: t(1), currentA: 2, volts: null },
        { at: t(5), currentA: 9, volts: null },
      ],
      t(0),
      t(2),
    );
    expect(segments).toEqual([{ currentA: 2, volts: null, seconds: 2 * 3600 }]);
    expect(segmentsFromReadings([], t(0), t(2))).toEqual([]);
  });
});

describe('planning', () => {
  it('finds when each target is reached along a two-step profile', () => {
    const plan = planBatch(
      [{ areaCm2: 100, targetThicknessUm: 100 }],
      {
        mode: 'steps',
        steps: [
          { currentA: 2, minutes: 60 },
          { currentA: 1, minutes: 600 },
        ],
      },
      1,
      DEFAULT_WINDOW,
    );
    // 2 A/dm² grows 26.4620 µm in the first hour, then 13.2310 µm/h.
    const first = plan.steps[0].currentDensityAdm2 * 13.230996;
    expect(hoursToTarget(plan, 10)).toBeCloseTo(10 / first, 5);
    expect(hoursToTarget(plan, 100)).toBeCloseTo(1 + (100 - first) / 13.230996, 4);
    expect(hoursToTarget(plan, 1000)).toBeNull();
  });

  it('refuses a plan without pieces', () => {
    expect(() => planBatch([], { mode: 'target', currentDensityAdm2: 1.5 }, 0.95, DEFAULT_WINDOW)).toThrow(
      ElectroformingInputError,
    );
  });

  it('names the request fields it refuses: a strike thicker than the target, an absurd step', () => {
    const refusal = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error as ElectroformingInputError;
      }
      throw new Error('expected a refusal');
    };
    const strike = refusal(() =>
      planBatch(
        [{ areaCm2: 60, targetThicknessUm: 5 }],
        { mode: 'target', currentDensityAdm2: 1.5, strike: { currentDensityAdm2: 3, minutes: 60 } },
        0.95,
        DEFAULT_WINDOW,
      ),
    );
    expect(strike.reason).toBe('rule');
    expect(strike.issues.map((i) => i.field)).toEqual(['plan.strike.minutes']);
    const absurd = refusal(() =>
      planBatch(
        [{ areaCm2: 1, targetThicknessUm: 100 }],
        { mode: 'steps', steps: [{ currentA: 100, minutes: 10 }] },
        1,
        DEFAULT_WINDOW,
      ),
    );
    expect(absurd.reason).toBe('input');
    expect(absurd.issues[0].field).toBe('plan.steps.0.currentA');
  });
});
