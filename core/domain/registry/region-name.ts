import { cellText } from './cell';
import { editDistance } from './edit-distance';
import { type Issue, issue } from './issues';
import { foldText } from './text';

export type RegionCandidate = { code: string; name: string };

export type RegionMatch =
  | { kind: 'exact'; candidate: RegionCandidate }
  | { kind: 'fuzzy'; candidate: RegionCandidate; distance: number; warning: Issue }
  | { kind: 'ambiguous'; candidates: RegionCandidate[]; issue: Issue }
  | { kind: 'none'; issue: Issue };

// Only district/village prefixes are stripped. "Kota"/"Kabupaten" stay: "Kota Malang" and
// "Kabupaten Malang" are different places, and Malang has a kelurahan named Kotalama.
const PREFIX = /^(?:kecamatan|kec|kelurahan|kel|desa|ds)(?:\s*[.:]\s*|\s+)/;

/**
 * Comparable key for a kecamatan/kelurahan name: "Kec. Lowokwaru", "KECAMATAN LOWOKWARU" and
 * "lowokwaru " all give "lowokwaru". Spaces and punctuation are dropped too, so
 * "Kedung Kandang" meets the official "KEDUNGKANDANG".
 */
export function normalizeRegionName(value: unknown): string {
  let text = foldText(cellText(value));
  let previous = '';
  // "Kel. Desa X" happens; strip repeatedly.
  while (text !== previous) {
    previous = text;
    text = text.replace(PREFIX, '').trim();
  }
  return text.replace(/[^a-z0-9]/g, '');
}

const FUZZY_MIN_LENGTH = 6;
const FUZZY_MAX_DISTANCE = 2;

/**
 * Matches a typed region name against the official names. Exact (after normalization) wins;
 * otherwise the closest name within edit distance 2 is offered as fuzzy, but only for names of
 * at least six letters — on shorter names two edits reach unrelated places. Two candidates
 * equally close are reported as ambiguous rather than picked at random.
 */
export function matchRegionName(input: unknown, candidates: readonly RegionCandidate[]): RegionMatch {
  const key = normalizeRegionName(input);
  const shown = cellText(input);
  if (key === '') return { kind: 'none', issue: issue('region.notFound', { value: shown }) };

  const exact = candidates.filter((c) => normalizeRegionName(c.name) === key);
  if (exact.length === 1) return { kind: 'exact', candidate: exact[0] };
  if (exact.length > 1) {
    return {
      kind: 'ambiguous',
      candidates: exact,
      issue: issue('region.ambiguous', { value: shown, candidates: exact.map((c) => c.name).join(', ') }),
    };
  }

  let best: RegionCandidate[] = [];
  let bestDistance = FUZZY_MAX_DISTANCE + 1;
  for (const candidate of candidates) {
    const candidateKey = normalizeRegionName(candidate.name);
    if (candidateKey.length < FUZZY_MIN_LENGTH || key.length < FUZZY_MIN_LENGTH - FUZZY_MAX_DISTANCE)
      continue;
    const distance = editDistance(key, candidateKey, FUZZY_MAX_DISTANCE);
    if (distance > FUZZY_MAX_DISTANCE) continue;
    if (distance < bestDistance) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance) {
      best.push(candidate);
    }
  }
  if (best.length === 1) {
    return {
      kind: 'fuzzy',
      candidate: best[0],
      distance: bestDistance,
      warning: issue('region.fuzzy', { value: shown, match: best[0].name }),
    };
  }
  if (best.length > 1) {
    return {
      kind: 'ambiguous',
      candidates: best,
      issue: issue('region.ambiguous', { value: shown, candidates: best.map((c) => c.name).join(', ') }),
    };
  }
  return { kind: 'none', issue: issue('region.notFound', { value: shown }) };
}
