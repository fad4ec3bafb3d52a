/*
 * Training's pure rules: who passed the attendance rule, when follow-ups are due, how a
 * cohort's learning gain is summarized, and the canonical text a certificate signs.
 */

/** Default attendance rule: present at ≥ 80 % of sessions. */
export const DEFAULT_MIN_SHARE = 0.8;
export const DEFAULT_FOLLOWUP_OFFSETS = [1, 3, 6, 12] as const;
/** Version of the privacy notice shown on the registration form. */
export const TRAINING_NOTICE_VERSION = '2025-01';
export const SCORE_MIN = 0;
export const SCORE_MAX = 100;

/** Whether a participant present at `attended` of `total` sessions meets the rule. */
export function meetsRule(attended: number, total: number, minShare: number): boolean {
  if (total <= 0) return false;
  // Compared in whole sessions so 0.8 × 5 = 4 is not lost to floating point.
  return attended >= Math.ceil(minShare * total - 1e-9);
}

/** Sessions needed to meet the rule. */
export function sessionsNeeded(total: number, minShare: number): number {
  return total <= 0 ? 0 : Math.ceil(minShare * total - 1e-9);
}

export type Scores = { pre: number | null; post: number | null };

export type GainSummary = {
  /** Participants with both scores. */
  paired: number;
  preMean: number | null;
  postMean: number | null;
  /** Mean of (post − pre) over paired participants. */
  gainMean: number | null;
  /** Hake's normalized gain of the means: (post − pre) / (100 − pre). */
  normalizedGain: number | null;
};

const mean = (values: number[]) =>
  values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;

export function summarizeGain(scores: Scores[]): GainSummary {
  const pairs = scores.filter((s): s is { pre: number; post: number } => s.pre !== null && s.post !== null);
  const preMean = mean(scores.flatMap((s) => (s.pre === null ? [] : [s.pre])));
  const postMean = mean(scores.flatMap((s) => (s.post === null ? [] : [s.post])));
  const pairedPre = mean(pairs.map((p) => p.pre));
  const pairedPost = mean(pairs.map((p) => p.post));
  const normalizedGain =
    pairedPre === null || pairedPost === null || pairedPre >= SCORE_MAX
      ? null
      : (pairedPost - pairedPre) / (SCORE_MAX - pairedPre);
  return {
    paired: pairs.length,
    preMean,
    postMean,
    gainMean: mean(pairs.map((p) => p.post - p.pre)),
    normalizedGain,
  };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** JSON with object keys sorted and no whitespace: the same facts always give the same text. */
export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export type CertificateFacts = {
  code: string;
  name: string;
  event: { id: string; en: string };
  dates: { start: string; end: string };
  issuer: string;
};

/** The exact text a certificate's signature covers. */
export function certificatePayload(facts: CertificateFacts): string {
  return canonicalJson(facts);
}

// No 0/O, 1/I/L: codes are read aloud and typed from paper.
export const CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

/** Normalizes a typed code: upper case, no spaces or dashes. */
export function normalizeCode(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, '');
}
