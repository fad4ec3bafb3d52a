import { NEED_LABELS, type NeedCategory, type SupportType } from '#core/domain/needs';
import { addDays } from '#core/time';
import type { Row } from './business-rows';
import type { Rng } from './random';
import type { DemoBusiness } from './world';

/** The kind of support that answers a category. */
const SUPPORT_FOR: Record<NeedCategory, SupportType> = {
  capital: 'financing_referral',
  equipment: 'equipment_grant',
  raw_materials: 'mentoring',
  skills: 'training',
  design: 'mentoring',
  packaging: 'mentoring',
  marketing: 'exhibition',
  digital: 'marketplace_onboarding',
  certification: 'certification_facilitation',
  ip: 'certification_facilitation',
  licensing: 'certification_facilitation',
  export: 'exhibition',
  premises: 'financing_referral',
};

/** Value per business reached (Rp): what such support typically costs the office. */
const VALUE: Record<SupportType, [number, number]> = {
  training: [1_500_000, 3_000_000],
  equipment_grant: [5_000_000, 25_000_000],
  certification_facilitation: [2_000_000, 6_000_000],
  exhibition: [3_000_000, 10_000_000],
  marketplace_onboarding: [500_000, 2_000_000],
  mentoring: [1_000_000, 3_000_000],
  financing_referral: [0, 0],
};

const DELIVERER: Record<SupportType, [string, string]> = {
  training: ['office', 'Diskopindag'],
  equipment_grant: ['office', 'Diskopindag'],
  certification_facilitation: ['partner_agency', 'Dinas Kesehatan / LPPOM'],
  exhibition: ['office', 'Diskopindag'],
  marketplace_onboarding: ['university', 'Universitas Brawijaya'],
  mentoring: ['university', 'Politeknik Negeri Malang'],
  financing_referral: ['bank', 'Bank Jatim (KUR)'],
};

export type SupportBucket = { row: Row; businesses: Set<string>; needs: string[] };

/** Supports of one kind in one month and regency are one intervention reaching many. */
export function supportFor(
  buckets: Map<string, SupportBucket>,
  rng: Rng,
  b: DemoBusiness,
  type: SupportType,
  day: string,
): SupportBucket {
  const key = `${type}|${day.slice(0, 7)}|${b.regencyCode}`;
  let bucket = buckets.get(key);
  if (!bucket) {
    const [kind, name] = DELIVERER[type];
    bucket = {
      row: {
        id: rng.uuid(),
        type,
        date: `${day.slice(0, 7)}-15`,
        valueIdr: 0,
        deliveredByKind: kind,
        deliveredByName: name,
        title: `Demo ${type} ${day.slice(0, 7)}`,
      },
      businesses: new Set(),
      needs: [],
    };
    buckets.set(key, bucket);
  }
  if (!bucket.businesses.has(b.id)) {
    bucket.businesses.add(b.id);
    const [lo, hi] = VALUE[type];
    bucket.row.valueIdr =
      Number(bucket.row.valueIdr) + Math.round((lo + (hi - lo) * rng.next()) / 100_000) * 100_000;
  }
  return bucket;
}

type Open = { id: string; closesOn: string | null };

/**
 * Needs from what the visits observed: the first observation of a category opens a need (kept
 * with probability `keep`, to reach the scale's count), later ones add evidence until it closes.
 * A need open when the business's support comes is answered by it (met within months, or still
 * in progress); others are planned, left identified, or not pursued.
 */
export function needRows(
  b: DemoBusiness,
  rng: Rng,
  visits: Row[],
  until: string,
  keep: number,
  buckets: Map<string, SupportBucket>,
) {
  const needs: Row[] = [];
  const history: Row[] = [];
  const evidence: Row[] = [];
  const open = new Map<NeedCategory, Open>();
  let reached = false;
  for (const v of visits) {
    const day = String(v.visitedOn);
    const observed = ((v.answers as Row).observedNeeds ?? []) as NeedCategory[];
    for (const category of observed) {
      const current = open.get(category);
      if (current && (current.closesOn === null || current.closesOn > day)) {
        evidence.push({ needId: current.id, source: 'visit', ref: v.id, visitId: v.id, observedOn: day });
        continue;
      }
      if (!rng.chance(keep)) continue;
      const id = rng.uuid();
      const priority = rng.weighted([
        ['high', 30],
        ['medium', 50],
        ['low', 20],
      ] as const);
      const at = (d: string) => `${d}T05:00:00Z`;
      history.push({ needId: id, fromStatus: null, toStatus: 'identified', source: 'visit', at: at(day) });
      let status = 'identified';
      let closedOn: string | null = null;
      const supported = b.supportedOn && b.supportedOn > day;
      if (supported && b.supportedOn && rng.chance(0.7)) {
        const bucket = supportFor(buckets, rng, b, SUPPORT_FOR[category], b.supportedOn);
        bucket.needs.push(id);
        reached = true;
        status = 'in_progress';
        history.push({
          needId: id,
          fromStatus: 'identified',
          toStatus: 'in_progress',
          source: 'support',
          supportId: bucket.row.id,
          at: at(b.supportedOn),
        });
        const metOn = addDays(b.supportedOn, rng.int(30, 150));
        if (metOn <= until && rng.chance(0.75)) {
          status = 'met';
          closedOn = metOn;
          history.push({
            needId: id,
            fromStatus: 'in_progress',
            toStatus: 'met',
            source: 'manual',
            at: at(metOn),
          });
        }
      } else {
        const r = rng.next();
        const dropOn = addDays(day, rng.int(60, 300));
        if (r < 0.15 && dropOn <= until) {
          status = 'not_pursued';
          closedOn = dropOn;
          history.push({
            needId: id,
            fromStatus: 'identified',
            toStatus: 'not_pursued',
            source: 'manual',
            at: at(dropOn),
          });
        } else if (r < 0.4) {
          status = 'planned';
          const plannedOn = addDays(day, rng.int(7, 40));
          history.push({
            needId: id,
            fromStatus: 'identified',
            toStatus: 'planned',
            source: 'manual',
            at: at(plannedOn > until ? until : plannedOn),
          });
        }
      }
      const note = (v.answers as Row).needsNote;
      needs.push({
        id,
        businessId: b.id,
        districtCode: b.districtCode,
        category,
        priority,
        description: typeof note === 'string' ? note : NEED_LABELS[category].id,
        status,
        evidenceSource: 'visit',
        evidenceRef: v.id,
        identifiedOn: day,
        closedAt: closedOn ? at(closedOn) : null,
        createdAt: at(day),
        updatedAt: at(closedOn ?? day),
      });
      evidence.push({ needId: id, source: 'visit', ref: v.id, visitId: v.id, observedOn: day });
      open.set(category, { id, closesOn: closedOn });
    }
  }
  // Support that answered no recorded need still reached the business (mentoring).
  if (b.supportedOn && !reached) {
    supportFor(buckets, rng, b, 'mentoring', b.supportedOn);
  }
  return { needs, history, evidence };
}
