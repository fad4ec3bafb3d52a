import { describe, expect, it } from 'vitest';
import { calibrateEfficiency } from './calibrate';
import { depositRun } from './faraday';
import { expectClose, issuesOf } from './test-helpers';

const STRIKE = [
  { currentA: 0.5, minutes: 10 },
  { currentA: 0.15, minutes: 300 },
];

describe('efficiency calibration from a weighed piece', () => {
  it('0.9 g from 3000 C: η = 0.9 / 0.987912 = 0.911013', () => {
    // m₀ = 3000 C · 63.546 / (2 · 96485.33212) = 0.987912 g at η = 1
    const r = calibrateEfficiency({ measuredMassG: 0.9, steps: STRIKE });
    expectClose(r.theoreticalMassG, 0.987912);
    expectClose(r.efficiency, 0.911013);
    expect(r.warnings).toEqual([]);
  });

  it('round-trips with a deposit run', () => {
    const run = depositRun({ areaCm2: 50, efficiency: 0.93, steps: STRIKE });
    expectClose(calibrateEfficiency({ measuredMassG: run.massG, steps: STRIKE }).efficiency, 0.93, 1e-12);
  });

  it('warns on impossible or poor efficiencies', () => {
    expect(calibrateEfficiency({ measuredMassG: 1.2, steps: STRIKE }).warnings[0].code).toBe(
      'efficiencyAboveOne',
    );
    expect(calibrateEfficiency({ measuredMassG: 0.5, steps: STRIKE }).warnings[0].code).toBe('efficiencyLow');
    expect(issuesOf(() => calibrateEfficiency({ measuredMassG: 0, steps: [] })).map((i) => i.field)).toEqual([
      'measuredMassG',
      'steps',
    ]);
  });
});
