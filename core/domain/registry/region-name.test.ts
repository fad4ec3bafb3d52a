import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance';
import { issueCode } from './issues';
import { matchRegionName, normalizeRegionName, type RegionCandidate } from './region-name';

describe('normalizeRegionName', () => {
  it.each([
    ['Kec. Lowokwaru', 'lowokwaru'],
    ['Kec.Lowokwaru', 'lowokwaru'],
    ['KEC LOWOKWARU', 'lowokwaru'],
    ['KECAMATAN LOWOKWARU', 'lowokwaru'],
    ['Kecamatan: Lowokwaru', 'lowokwaru'],
    ['lowokwaru ', 'lowokwaru'],
    ['  LowokWaru', 'lowokwaru'],
    ['Kel. Tlogomas', 'tlogomas'],
    ['Kel Tlogomas', 'tlogomas'],
    ['Kelurahan Tlogomas', 'tlogomas'],
    ['KELURAHAN TLOGOMAS', 'tlogomas'],
    ['Desa Pandanlandung', 'pandanlandung'],
    ['Ds. Pandanlandung', 'pandanlandung'],
    ['Kel. Desa Tunjungsekar', 'tunjungsekar'],
    ['Kedung Kandang', 'kedungkandang'],
    ['KEDUNGKANDANG', 'kedungkandang'],
    ['Kota Lama', 'kotalama'],
    ['Kotalama', 'kotalama'],
    ['Kota Malang', 'kotamalang'],
    ['Kabupaten Malang', 'kabupatenmalang'],
    ['Desaku', 'desaku'],
    ['', ''],
  ])('%s → %s', (input, key) => {
    expect(normalizeRegionName(input)).toBe(key);
  });
});

const KECAMATAN: RegionCandidate[] = [
  { code: '35.73.01', name: 'KEDUNGKANDANG' },
  { code: '35.73.02', name: 'SUKUN' },
  { code: '35.73.03', name: 'KLOJEN' },
  { code: '35.73.04', name: 'BLIMBING' },
  { code: '35.73.05', name: 'LOWOKWARU' },
];

describe('matchRegionName', () => {
  it.each([
    ['Kec. Lowokwaru', '35.73.05'],
    ['LOWOKWARU', '35.73.05'],
    ['lowokwaru ', '35.73.05'],
    ['Kedung Kandang', '35.73.01'],
    ['Kec. Sukun', '35.73.02'],
    ['klojen', '35.73.03'],
  ])('exact: %s → %s', (input, code) => {
    const match = matchRegionName(input, KECAMATAN);
    expect(match.kind).toBe('exact');
    expect(match.kind === 'exact' && match.candidate.code).toBe(code);
  });

  it.each([
    ['Lowokwru', '35.73.05', 1],
    ['Lowkowaru', '35.73.05', 1],
    ['Lowokwaroe', '35.73.05', 2],
    ['Blimbin', '35.73.04', 1],
    ['Kec. Blimbming', '35.73.04', 1],
    ['Kedungkandan', '35.73.01', 1],
    ['Kloejn', '35.73.03', 1],
  ])('fuzzy: %s → %s (distance %s), flagged', (input, code, distance) => {
    const match = matchRegionName(input, KECAMATAN);
    expect(match.kind).toBe('fuzzy');
    if (match.kind !== 'fuzzy') return;
    expect(match.candidate.code).toBe(code);
    expect(match.distance).toBe(distance);
    expect(issueCode(match.warning)).toBe('region.fuzzy');
  });

  it.each([['Sukn'], ['Suku'], ['Lowokwarxyz'], ['Malang'], ['Batu'], ['']])('none: %s', (input) => {
    const match = matchRegionName(input, KECAMATAN);
    expect(match.kind).toBe('none');
    expect(match.kind === 'none' && issueCode(match.issue)).toBe('region.notFound');
  });

  it('reports two candidates with the same normalized name as ambiguous', () => {
    const villages = [
      { code: '35.73.01.1001', name: 'ARJOWINANGUN' },
      { code: '35.07.30.2001', name: 'Arjowinangun' },
    ];
    const match = matchRegionName('Kel. Arjowinangun', villages);
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.code)).toEqual([
      '35.73.01.1001',
      '35.07.30.2001',
    ]);
  });

  it('reports an equally close fuzzy tie as ambiguous instead of picking one', () => {
    const villages = [
      { code: 'a', name: 'Sumbersari' },
      { code: 'b', name: 'Sumberseri' },
    ];
    expect(matchRegionName('Sumbersiri', villages).kind).toBe('ambiguous');
  });

  it('prefers the closer of two fuzzy candidates', () => {
    const villages = [
      { code: 'a', name: 'Tlogomas' },
      { code: 'b', name: 'Tlogowaru' },
    ];
    const match = matchRegionName('Tlogomos', villages);
    expect(match.kind === 'fuzzy' && match.candidate.code).toBe('a');
  });
});

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
    ['lowokwaru', 'lowokwaru', 0],
    ['lowokwaru', 'lowkowaru', 1],
    ['ab', 'ba', 1],
    ['klojen', 'kloejn', 1],
  ])('%s ↔ %s = %s', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it('stops once the limit is passed', () => {
    expect(editDistance('lowokwaru', 'kedungkandang', 2)).toBe(3);
  });
});
