import { classifyFollowUp, FUNNEL_STAGES, funnelOf, windowsOf } from '#core/domain/monitoring';
import type { FollowUpItem, FollowUpQuery, Funnel } from '#core/schemas/monitoring';
import { officeDate } from '#core/time';
import type { BusinessFacts } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { forbidden, notFound } from '#server/lib/errors';
import { canSeeFollowUps } from '../policy';
import { visitOutcomesOf } from '../queries/visits';
import { factsById } from './load';
import { type CohortMember, schedules } from './schedules';

const RANK = { overdue: 0, due: 1, upcoming: 2, fulfilled: 3, missed: 4 } as const;

/** Live businesses of these members that the actor works on (officers: assigned kecamatan). */
async function inScope(ctx: ServiceContext, members: readonly CohortMember[]) {
  const facts = await factsById(
    ctx,
    members.map((m) => m.businessId),
  );
  const visible = (f: BusinessFacts | undefined): f is BusinessFacts =>
    !!f?.live &&
    (ctx.actor?.role === 'admin' || (ctx.actor?.kecamatanCodes.includes(f.districtCode) ?? false));
  return { members: members.filter((m) => visible(facts.get(m.businessId))), facts };
}

/** Each member's due visits with where they stand today. */
export async function followUpItems(
  ctx: ServiceContext,
  members: readonly CohortMember[],
): Promise<FollowUpItem[]> {
  const scoped = await inScope(ctx, members);
  const outcomes = await visitOutcomesOf(ctx.db, [...new Set(scoped.members.map((m) => m.businessId))]);
  const days = new Map<string, string[]>();
  for (const o of outcomes) days.set(o.businessId, [...(days.get(o.businessId) ?? []), o.visitedOn]);
  const today = officeDate();
  return scoped.members.flatMap((m) => {
    const business = scoped.facts.get(m.businessId)!;
    const visited = (days.get(m.businessId) ?? []).filter((d) => d <= today).sort();
    return windowsOf(m.dueVisits).map((w) => {
      const { status, visitedOn } = classifyFollowUp(w, visited, today);
      return {
        businessId: m.businessId,
        businessName: business.name,
        districtCode: business.districtCode,
        districtName: business.districtName,
        eventId: m.eventId,
        eventTitle: m.eventTitle,
        offsetMonths: w.offsetMonths,
        dueDate: w.dueDate,
        windowStart: w.start,
        windowEnd: w.end,
        status,
        lastVisitedOn: visited.at(-1) ?? null,
        visitedOn,
      };
    });
  });
}

/** The most pressing follow-up of each business. */
export function pressing(items: readonly FollowUpItem[]): Map<string, FollowUpItem> {
  const best = new Map<string, FollowUpItem>();
  for (const item of items) {
    const seen = best.get(item.businessId);
    if (
      !seen ||
      RANK[item.status] < RANK[seen.status] ||
      (RANK[item.status] === RANK[seen.status] && item.dueDate < seen.dueDate)
    )
      best.set(item.businessId, item);
  }
  return best;
}

/**
 * Due this week, overdue, or never visited (one row per business in a cohort with no visit at
 * all: its most pressing due visit). Officers get their kecamatan only.
 */
export async function listFollowUps(ctx: ServiceContext, query: FollowUpQuery) {
  if (!canSeeFollowUps(ctx.actor)) throw forbidden();
  const all = await schedules().all(ctx.db);
  const members = query.eventId ? all.filter((m) => m.eventId === query.eventId) : all;
  const items = await followUpItems(ctx, members);
  const picked =
    query.status === 'never'
      ? [...pressing(items.filter((i) => i.lastVisitedOn === null)).values()]
      : query.status === 'all'
        ? items
        : items.filter((i) => i.status === query.status);
  picked.sort(
    (a, b) =>
      RANK[a.status] - RANK[b.status] ||
      a.dueDate.localeCompare(b.dueDate) ||
      a.businessName.localeCompare(b.businessName),
  );
  return { items: picked, today: officeDate() };
}

/** The cohort funnel of one finished event (officers: its members in their kecamatan). */
export async function cohortFunnel(ctx: ServiceContext, eventId: string): Promise<Funnel> {
  if (!canSeeFollowUps(ctx.actor)) throw forbidden();
  const event = await schedules().forEvent(ctx.db, eventId);
  if (!event) throw notFound();
  const { members } = await inScope(ctx, event.members);
  const outcomes = await visitOutcomesOf(
    ctx.db,
    members.map((m) => m.businessId),
  );
  const today = officeDate();
  const result = funnelOf(
    members.map((m) => ({
      businessId: m.businessId,
      since: m.eventEndDate,
      windows: windowsOf(m.dueVisits),
    })),
    outcomes.map((o) => ({
      businessId: o.businessId,
      day: o.visitedOn,
      at: o.visitedAt.toISOString(),
      answers: o.answers,
    })),
    event.offsets,
    today,
  );
  return {
    eventId,
    eventTitle: event.eventTitle,
    eventEndDate: event.eventEndDate,
    stages: [...FUNNEL_STAGES],
    cohortSize: members.length,
    windows: result.windows,
    latest: result.latest,
    today,
  };
}
