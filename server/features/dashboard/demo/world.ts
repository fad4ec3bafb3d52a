import { SUBSECTORS, type Subsector } from '#core/domain/registry';
import { addDays, addMonths, daysBetween } from '#core/time';
import { CITY_DISTRICT_SHARE, NAME_PARTS, START_YEAR, SUBSECTOR_PROFILE } from './profile';
import type { Rng } from './random';

/** A kecamatan with its villages and the share of businesses it gets. */
export type DemoDistrict = {
  code: string;
  regencyCode: string;
  name: string;
  villages: string[];
  share: number;
};

/** One business's life in the demo: what the row generators read. */
export type DemoBusiness = {
  id: string;
  ownerId: string;
  ownerName: string;
  name: string;
  districtCode: string;
  regencyCode: string;
  villageCode: string | null;
  subsector: Subsector;
  /** Office day it entered the registry. */
  registeredOn: string;
  /** Yearly turnover (Rp) in its first year, its yearly growth, and workers per Rp 40 million. */
  turnover0: number;
  growth: number;
  workerRatio: number;
  online: number;
  exporter: boolean;
  /** Set by the training generator: the last day of the first event it finished. */
  trainedOn: string | null;
  /** Support (answered needs) begins on this day; outcomes after it grow faster. */
  supportedOn: string | null;
};

/** District weights: Kota Malang's known shares; elsewhere a stable uneven spread. */
export function weighDistricts(rng: Rng, districts: Omit<DemoDistrict, 'share'>[]): DemoDistrict[] {
  const city = districts.every((d) => d.name in CITY_DISTRICT_SHARE);
  return districts.map((d) => ({
    ...d,
    share: city ? CITY_DISTRICT_SHARE[d.name] : 0.3 + rng.next() ** 2 * 2,
  }));
}

/**
 * Registration day: rising over the years (the office registers more each year), density
 * ∝ 1 + 2t on [START, until]: sampled by inverting its cumulative share.
 */
function registrationDay(rng: Rng, until: string): string {
  const span = daysBetween(`${START_YEAR}-01-01`, until);
  const u = rng.next();
  // CDF of (1 + 2t)/2 on [0,1] is (t + t²)/2 → t = (−1 + √(1 + 8u)) / 2.
  const t = (-1 + Math.sqrt(1 + 8 * u)) / 2;
  return addDays(`${START_YEAR}-01-01`, Math.floor(t * span));
}

const SUBSECTOR_WEIGHTS = SUBSECTORS.map((s) => [s, SUBSECTOR_PROFILE[s].share] as const);

/** Each district list's weights, made once (a province has ~660 kecamatan and 500,000 IKM). */
const districtWeights = new WeakMap<DemoDistrict[], (readonly [DemoDistrict, number])[]>();
function weightsOf(districts: DemoDistrict[]) {
  let weights = districtWeights.get(districts);
  if (!weights) {
    weights = districts.map((d) => [d, d.share] as const);
    districtWeights.set(districts, weights);
  }
  return weights;
}

export function makeBusiness(
  rng: Rng,
  serial: number,
  districts: DemoDistrict[],
  until: string,
): DemoBusiness {
  const district = rng.weighted(weightsOf(districts));
  const subsector = rng.weighted(SUBSECTOR_WEIGHTS);
  const ownerName = `${rng.pick(NAME_PARTS.first)} ${rng.pick(NAME_PARTS.last)}`;
  const kind = rng.pick(NAME_PARTS.kind);
  return {
    id: rng.uuid(),
    ownerId: rng.uuid(),
    ownerName,
    name: `${kind} ${rng.pick(NAME_PARTS.word)} ${ownerName.split(' ')[0]} ${serial}`,
    districtCode: district.code,
    regencyCode: district.regencyCode,
    villageCode: district.villages.length > 0 ? rng.pick(district.villages) : null,
    subsector,
    registeredOn: registrationDay(rng, until),
    turnover0: Math.round(rng.logNormal(SUBSECTOR_PROFILE[subsector].turnover, 0.8) / 1_000_000) * 1_000_000,
    growth: 0.04 + 0.08 * rng.normal(),
    workerRatio: rng.logNormal(1, 0.4),
    online: rng.next(),
    exporter: rng.chance(0.03),
    trainedOn: null,
    supportedOn: null,
  };
}

const YEAR_DAYS = 365.25;

/** Yearly turnover on a day: own growth, plus a lift building up over a year after training and support. */
export function turnoverOn(b: DemoBusiness, day: string): number {
  const years = Math.max(0, daysBetween(b.registeredOn, day) / YEAR_DAYS);
  let value = b.turnover0 * (1 + b.growth) ** years;
  for (const [since, lift] of [
    [b.trainedOn, 0.15],
    [b.supportedOn, 0.25],
  ] as const) {
    if (since && day > since) value *= 1 + lift * Math.min(1, daysBetween(since, day) / YEAR_DAYS);
  }
  return Math.max(5_000_000, value);
}

export function workersOn(b: DemoBusiness, day: string): number {
  return Math.max(1, Math.min(80, Math.round((turnoverOn(b, day) / 40_000_000) * b.workerRatio)));
}

/** The chance a business sells online on a day: rising over the years, and after support. */
export function onlineChance(b: DemoBusiness, day: string): number {
  const years = daysBetween(`${START_YEAR}-01-01`, day) / YEAR_DAYS;
  const base = 0.1 + 0.06 * years;
  const lift = b.supportedOn && day > b.supportedOn ? 0.2 : 0;
  return Math.min(0.95, base * (0.5 + b.online) + lift);
}

/** `n` sorted days between `from` and `until`. */
export function daysBetweenSorted(rng: Rng, from: string, until: string, n: number): string[] {
  const span = Math.max(0, daysBetween(from, until));
  return Array.from({ length: n }, () => addDays(from, Math.floor(rng.next() * (span + 1)))).sort();
}

export const monthAfter = (day: string, months: number) => addMonths(day, months);
