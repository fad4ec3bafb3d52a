import { describe, expect, it } from 'vitest';
import { score } from './assessments';

describe('a score cell from an uploaded sheet', () => {
  it('reads decimal commas and points, and blanks as no score', () => {
    expect(score('87,5', 'pre')).toBe(87.5);
    expect(score('87.5', 'pre')).toBe(87.5);
    expect(score(90, 'pre')).toBe(90);
    expect(score('  ', 'pre')).toBeNull();
  });

  it.each(['1e2', '8/10', '90 poin', '9O'])('refuses %s rather than half-reading it', (text) => {
    expect(() => score(text, 'post')).toThrow();
  });
});
