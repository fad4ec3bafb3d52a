import { NEED_CATEGORIES, type NeedCategory } from '#core/domain/monitoring';
import { addDays } from '#core/time';
import { NEED_WEIGHTS, NEEDS_NOTES, PROBLEMS, SUBSECTOR_NEEDS, SUBSECTOR_PROFILE } from './profile';
import type { Rng } from './random';
import { type DemoBusiness, daysBetweenSorted, onlineChance, turnoverOn, workersOn } from './world';

export type Row = Record<string, unknown>;

const round = (value: number, step: number) => Math.round(value / step) * step;

export function businessRows(b: DemoBusiness, rng: Rng): { business: Row; owner: Row; link: Row } {
  const year = Number(b.registeredOn.slice(0, 4));
  return {
    business: {
      id: b.id,
      name: b.name,
      legalForm: rng.weighted([
        ['perorangan', 85],
        ['cv', 10],
        ['koperasi', 3],
        ['pt', 2],
      ]),
      subsector: b.subsector,
      villageCode: b.villageCode,
      districtCode: b.districtCode,
      regencyCode: b.regencyCode,
      yearFounded: year - rng.int(0, 15),
      exportStatus: b.exporter ? 'aktif' : rng.chance(0.04) ? 'pernah' : 'belum',
      source: 'survey',
      sourceDetail: 'demo',
      createdAt: `${b.registeredOn}T03:00:00Z`,
      updatedAt: `${b.registeredOn}T03:00:00Z`,
    },
    // Demo people have no NIK, phone or address: nothing personal is made up.
    owner: { id: b.ownerId, name: b.ownerName, gender: rng.pick(['L', 'P']), source: 'survey' },
    link: { businessId: b.id, ownerId: b.ownerId, isPrimary: true },
  };
}

/** One survey snapshot per data year since registration, four in five years answered. */
export function snapshotRows(b: DemoBusiness, rng: Rng, until: string): Row[] {
  const rows: Row[] = [];
  const lastYear = Number(until.slice(0, 4)) - 1;
  for (let year = Number(b.registeredOn.slice(0, 4)); year <= lastYear; year++) {
    if (!rng.chance(0.8)) continue;
    const mid = `${year}-07-01`;
    const turnover = round(turnoverOn(b, mid) * (0.9 + 0.2 * rng.next()), 1_000_000);
    const workers = workersOn(b, mid);
    const female = Math.round(workers * (0.3 + 0.4 * rng.next()));
    rows.push({
      id: rng.uuid(),
      businessId: b.id,
      dataYear: year,
      workersMale: workers - female,
      workersFemale: female,
      turnoverYearlyIdr: turnover,
      outputValueIdr: round(turnover * (0.7 + 0.2 * rng.next()), 1_000_000),
      investmentIdr: round(turnover * 0.3, 1_000_000),
      source: 'survey',
      sourceDetail: 'demo',
      recordedAt: `${year + 1}-01-${String(rng.int(10, 28)).padStart(2, '0')}T03:00:00Z`,
    });
  }
  return rows;
}

/** Categories a visit observes: weighted by how common they are and by the subsector's usual gaps. */
export function observedNeeds(b: DemoBusiness, rng: Rng): NeedCategory[] {
  const favoured = new Set(SUBSECTOR_NEEDS[b.subsector] ?? []);
  const weights = NEED_WEIGHTS.map(([c, w]) => [c, favoured.has(c) ? w * 2 : w] as const);
  const count = rng.weighted([
    [0, 30],
    [1, 35],
    [2, 25],
    [3, 10],
  ]);
  const out = new Set<NeedCategory>();
  while (out.size < count) out.add(rng.weighted(weights));
  return NEED_CATEGORIES.filter((c) => out.has(c));
}

export type VisitPlan = { officerId: string; formId: string };

/**
 * A business's visits: approved ones (all but some of the last month's) were submitted, then
 * approved; their version history (created, approved) is copied from the rows by the database
 * (versionsOfVisits), so the answers cross the wire once.
 */
export function visitRows(b: DemoBusiness, rng: Rng, count: number, until: string, plan: VisitPlan) {
  const visits: Row[] = [];
  const from = b.registeredOn > '2020-01-01' ? b.registeredOn : '2020-01-01';
  const price = SUBSECTOR_PROFILE[b.subsector].piecePrice;
  for (const day of daysBetweenSorted(rng, from, until, count)) {
    const producing = rng.chance(b.trainedOn && day > b.trainedOn ? 0.88 : 0.8);
    const monthly = turnoverOn(b, day) / 12;
    const turnover = producing ? round(monthly * (0.75 + 0.5 * rng.next()), 50_000) : 0;
    const online = onlineChance(b, day);
    const channels = [
      rng.chance(0.7) ? 'local_shop' : null,
      rng.chance(0.2) ? 'exhibition' : null,
      rng.chance(online) ? 'marketplace' : null,
      rng.chance(Math.min(0.95, online + 0.25)) ? 'social_media' : null,
      rng.chance(0.3) ? 'reseller' : null,
      b.exporter ? 'export' : null,
    ].filter((c): c is string => c !== null);
    const needs = observedNeeds(b, rng);
    const answers: Row = {
      producing: producing ? 'yes' : 'no',
      ...(producing ? { piecesLastMonth: Math.max(1, Math.round(turnover / price)) } : {}),
      turnoverLastMonth: turnover,
      workers: workersOn(b, day),
      salesChannels: channels,
      sellsOutsideCity: rng.chance(online) ? 'yes' : 'no',
      exporting: b.exporter ? 'yes' : 'no',
      ...(b.exporter ? { exportCountries: rng.pick(['Belanda', 'Jepang', 'Australia', 'Malaysia']) } : {}),
      problems: rng.pick(PROBLEMS),
      observedNeeds: needs,
      ...(needs.length > 0 ? { needsNote: rng.pick(NEEDS_NOTES) } : {}),
    };
    const id = rng.uuid();
    const visitedAt = `${day}T0${rng.int(1, 8)}:00:00Z`;
    const status = day < addDays(until, -30) || rng.chance(0.3) ? 'approved' : 'submitted';
    visits.push({
      id,
      businessId: b.id,
      officerId: plan.officerId,
      formId: plan.formId,
      formVersion: 1,
      visitedAt,
      visitedOn: day,
      answers,
      status,
      version: status === 'approved' ? 2 : 1,
      reviewedAt: status === 'approved' ? visitedAt : null,
      createdAt: visitedAt,
      updatedAt: visitedAt,
    });
  }
  return { visits };
}
