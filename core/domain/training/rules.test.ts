import { describe, expect, it } from 'vitest';
import { canonicalJson, meetsRule, sessionsNeeded, summarizeGain } from './rules';

describe('attendance rule', () => {
  it('needs whole sessions: 4 of 5 meets 80 %, 3 of 5 does not', () => {
    expect(meetsRule(4, 5, 0.8)).toBe(true);
    expect(meetsRule(3, 5, 0.8)).toBe(false);
    expect(sessionsNeeded(4, 0.8)).toBe(4);
    expect(meetsRule(1, 2, 0.5)).toBe(true);
    expect(meetsRule(0, 0, 0.8)).toBe(false);
  });
});

describe('learning gain', () => {
  it('averages paired gains and the normalized gain', () => {
    const s = summarizeGain([
      { pre: 40, post: 70 },
      { pre: 60, post: 90 },
      { pre: 50, post: null },
    ]);
    expect(s.paired).toBe(2);
    expect(s.gainMean).toBe(30);
    expect(s.preMean).toBe(50);
    expect(s.normalizedGain).toBeCloseTo(30 / 50);
  });
  it('has no figures without scores', () => {
    expect(summarizeGain([]).gainMean).toBeNull();
  });
});

describe('canonical JSON', () => {
  it('sorts keys at every depth and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: { d: 'x', c: [2, 1] } })).toBe('{"a":{"c":[2,1],"d":"x"},"b":1}');
  });
});
