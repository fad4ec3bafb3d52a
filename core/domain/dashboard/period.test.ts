import { describe, expect, it } from 'vitest';
import { monthsBetween, quarterDays, quarterOf, resolvePeriod } from './period';

describe('dashboard periods', () => {
  it('turns a quarter into its first and last day', () => {
    expect(quarterDays('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterDays('2024-Q4')).toEqual({ from: '2024-10-01', to: '2024-12-31' });
    expect(quarterOf('2026-08-17')).toBe('2026-Q3');
  });

  it('defaults to the twelve months up to today and counts whole months', () => {
    expect(resolvePeriod({}, '2026-12-04')).toEqual({
      from: '2026-01-01',
      to: '2026-12-04',
      firstMonth: '2026-01-01',
      lastMonth: '2026-12-01',
    });
    expect(resolvePeriod({ from: '2025-03-15', to: '2025-05-02' }, '2026-12-04')).toMatchObject({
      firstMonth: '2025-03-01',
      lastMonth: '2025-05-01',
    });
    expect(monthsBetween('2025-11-01', '2026-02-01')).toEqual([
      '2025-11-01',
      '2025-12-01',
      '2026-01-01',
      '2026-02-01',
    ]);
  });
});
