import { randomUUID } from 'node:crypto';
import type { LightBusiness } from './existing';
import type { ImportRecord } from './types';

/** A business the file touches: an existing record or one this import creates. */
export type Target = {
  id: string;
  existing: LightBusiness | null;
  nib: string | null;
  npwp: string | null;
  nameKey: string;
  districtCode: string;
  villageCode: string | null;
  /** Rows of this file matched to it, in file order; the first one decides created/updated. */
  records: ImportRecord[];
};

export type MatchReason = 'nib' | 'npwp' | 'nik' | 'name' | null;

/** Dice coefficient over letter pairs of the folded names: robust to added words like "Kerajinan". */
export function nameSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.length < 2 || b.length < 2) return 0;
  if (a.includes(b) || b.includes(a)) return Math.min(a.length, b.length) >= 4 ? 0.9 : 0;
  const pairs = new Map<string, number>();
  for (let i = 0; i < a.length - 1; i++) {
    const p = a.slice(i, i + 2);
    pairs.set(p, (pairs.get(p) ?? 0) + 1);
  }
  let common = 0;
  for (let i = 0; i < b.length - 1; i++) {
    const p = b.slice(i, i + 2);
    const n = pairs.get(p) ?? 0;
    if (n > 0) {
      common++;
      pairs.set(p, n - 1);
    }
  }
  return (2 * common) / (a.length - 1 + (b.length - 1));
}

export const SIMILAR_NAME = 0.5;

const nibCompatible = (t: Target, nib: string | null) => !t.nib || !nib || t.nib === nib;

/**
 * Decides which business each row is about, against existing records and earlier rows alike:
 * 1. the same NIB, else the same NPWP (with no NIB against it);
 * 2. the same owner NIK (keyed hash) and a similar name (a person may own several businesses);
 * 3. the same folded name in the same kelurahan, or the same kecamatan when either side has
 *    no kelurahan.
 * Two different NIBs are never the same business, whatever the names say.
 */
export class Matcher {
  private byNib = new Map<string, Target>();
  private byNpwp = new Map<string, Target>();
  private byHash = new Map<string, Target[]>();
  private byName = new Map<string, Target[]>();
  private byId = new Map<string, Target>();
  readonly targets: Target[] = [];

  addExisting(b: LightBusiness, ownerHashes: string[] = []): Target {
    const known = this.byId.get(b.id);
    const target = known ?? {
      id: b.id,
      existing: b,
      nib: b.nib,
      npwp: b.npwp,
      nameKey: b.nameKey,
      districtCode: b.districtCode,
      villageCode: b.villageCode,
      records: [],
    };
    if (!known) {
      this.targets.push(target);
      this.byId.set(target.id, target);
    }
    this.index(target, ownerHashes);
    return target;
  }

  private index(t: Target, hashes: string[]) {
    if (t.nib && !this.byNib.has(t.nib)) this.byNib.set(t.nib, t);
    if (t.npwp && !this.byNpwp.has(t.npwp)) this.byNpwp.set(t.npwp, t);
    for (const h of hashes) {
      const list = this.byHash.get(h) ?? [];
      if (!list.includes(t)) list.push(t);
      this.byHash.set(h, list);
    }
    const key = `${t.nameKey}|${t.districtCode}`;
    const list = this.byName.get(key) ?? [];
    if (!list.includes(t)) list.push(t);
    this.byName.set(key, list);
  }

  find(r: ImportRecord): { target: Target; reason: MatchReason } | null {
    const { nib, npwp, nameKey, districtCode, villageCode } = r.business;
    if (nib) {
      const t = this.byNib.get(nib);
      if (t) return { target: t, reason: 'nib' };
    }
    if (npwp) {
      const t = this.byNpwp.get(npwp);
      if (t && nibCompatible(t, nib)) return { target: t, reason: 'npwp' };
    }
    const hash = r.owner?.nikHash;
    if (hash) {
      let best: Target | null = null;
      let bestScore = SIMILAR_NAME;
      for (const t of this.byHash.get(hash) ?? []) {
        const score = nameSimilarity(t.nameKey, nameKey);
        if (nibCompatible(t, nib) && score >= bestScore) {
          best = t;
          bestScore = score;
        }
      }
      if (best) return { target: best, reason: 'nik' };
    }
    const candidates = (this.byName.get(`${nameKey}|${districtCode}`) ?? []).filter(
      (t) => nibCompatible(t, nib) && (!t.villageCode || !villageCode || t.villageCode === villageCode),
    );
    const sameVillage = candidates.find((t) => t.villageCode && t.villageCode === villageCode);
    const target = sameVillage ?? candidates[0];
    return target ? { target, reason: 'name' } : null;
  }

  /** Attaches the row to its business (creating a new one when nothing matched). */
  assign(r: ImportRecord): { target: Target; created: boolean; reason: MatchReason } {
    const found = this.find(r);
    const target: Target = found?.target ?? {
      id: randomUUID(),
      existing: null,
      nib: r.business.nib,
      npwp: r.business.npwp,
      nameKey: r.business.nameKey,
      districtCode: r.business.districtCode,
      villageCode: r.business.villageCode,
      records: [],
    };
    if (!found) this.targets.push(target);
    target.records.push(r);
    target.nib ??= r.business.nib;
    target.npwp ??= r.business.npwp;
    target.villageCode ??= r.business.villageCode;
    this.index(target, r.owner?.nikHash ? [r.owner.nikHash] : []);
    if (r.business.nameKey !== target.nameKey) {
      // Later rows may spell the name differently; both spellings should find it.
      const key = `${r.business.nameKey}|${r.business.districtCode}`;
      const list = this.byName.get(key) ?? [];
      if (!list.includes(target)) list.push(target);
      this.byName.set(key, list);
    }
    return { target, created: !found, reason: found?.reason ?? null };
  }
}
