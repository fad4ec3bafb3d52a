import type { Answers } from '#core/domain/monitoring';
import type { ListVisitsQuery, ObservedNeed, Visit } from '#core/schemas/monitoring';
import { readableBusinessIds } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { forbidden, notFound } from '#server/lib/errors';
import { canRecordVisits } from '../policy';
import { presentVersion, presentVisit } from '../present';
import { photoOf } from '../queries/photos';
import { findVisit, lastVisitsOf, listVisitRows, type VisitFilter, versionsOf } from '../queries/visits';
import { factsById, loadVisit } from './load';

/**
 * The visits an actor may list: admins all; officers those of businesses now in their
 * kecamatan; IKM owners the approved visits of their own businesses; nobody else any.
 */
function listScope(ctx: ServiceContext): {
  scope: ReturnType<typeof readableBusinessIds> | null;
  filter: Partial<VisitFilter>;
} {
  const role = ctx.actor?.role;
  if (role === 'admin') return { scope: null, filter: {} };
  if (role === 'officer') return { scope: readableBusinessIds(ctx.actor), filter: {} };
  if (role === 'ikm_owner') return { scope: readableBusinessIds(ctx.actor), filter: { status: 'approved' } };
  throw forbidden();
}

export async function getVisit(ctx: ServiceContext, id: string): Promise<Visit> {
  const { row, business } = await loadVisit(ctx, id);
  return presentVisit(row, business, ctx.actor);
}

export async function listVisits(ctx: ServiceContext, query: ListVisitsQuery) {
  const { scope, filter } = listScope(ctx);
  if (filter.status && query.status && query.status !== filter.status)
    return { items: [], total: 0, page: query.page, pageSize: query.pageSize };
  const { rows, total } = await listVisitRows(ctx.db, { ...query, ...filter }, scope, query);
  const facts = await factsById(
    ctx,
    rows.map((r) => r.businessId),
  );
  const items = rows.flatMap((r) => {
    const business = facts.get(r.businessId);
    return business ? [presentVisit(r, business, ctx.actor)] : [];
  });
  return { items, total, page: query.page, pageSize: query.pageSize };
}

export async function visitHistory(ctx: ServiceContext, id: string) {
  await loadVisit(ctx, id);
  const rows = await versionsOf(ctx.db, id);
  // An owner sees the approved visit, not the drafts and corrections behind it.
  const shown = ctx.actor?.role === 'ikm_owner' ? rows.filter((r) => r.status === 'approved') : rows;
  return { items: shown.map(presentVersion) };
}

/** The business's latest visit, to start a repeat visit pre-filled. */
export async function lastVisit(ctx: ServiceContext, businessId: string): Promise<{ visit: Visit | null }> {
  if (!canRecordVisits(ctx.actor)) throw forbidden();
  const facts = await factsById(ctx, [businessId]);
  const business = facts.get(businessId);
  if (!business) throw notFound();
  if (ctx.actor?.role !== 'admin' && !ctx.actor?.kecamatanCodes.includes(business.districtCode))
    throw forbidden();
  const [row] = await lastVisitsOf(ctx.db, [businessId]);
  return { visit: row ? presentVisit(row, business, ctx.actor) : null };
}

export async function getVisitPhoto(ctx: ServiceContext, visitId: string, photoId: string) {
  await loadVisit(ctx, visitId);
  const photo = await photoOf(ctx.db, visitId, photoId);
  if (!photo) throw notFound();
  return photo;
}

/**
 * The needs an officer observed in a visit, one per category, in the shape the needs
 * inventory takes over (evidence: this visit). No actor check: for other features' services,
 * which authorize their own callers.
 */
export async function observedNeedsOfVisit(
  ctx: Pick<ServiceContext, 'db'>,
  visitId: string,
): Promise<ObservedNeed[]> {
  const row = await findVisit(ctx.db, visitId);
  if (!row) return [];
  const answers: Answers = row.answers;
  const categories = Array.isArray(answers.observedNeeds) ? (answers.observedNeeds as string[]) : [];
  const note = typeof answers.needsNote === 'string' ? answers.needsNote : null;
  return categories.map((category) => ({
    visitId: row.id,
    businessId: row.businessId,
    category,
    description: note,
    observedOn: row.visitedOn,
    officerId: row.officerId,
  }));
}
