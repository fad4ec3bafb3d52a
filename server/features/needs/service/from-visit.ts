import { NEED_CATEGORIES, NEED_LABELS, type NeedCategory } from '#core/domain/needs';
import type { Queryable } from '#server/db/client';
import { observedNeedsOfVisit } from '#server/features/monitoring/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import * as q from '../queries/needs';

const isCategory = (c: string): c is NeedCategory => (NEED_CATEGORIES as readonly string[]).includes(c);

/**
 * The needs observed in an approved visit flow into the inventory: per category, the
 * business's open need is created (identified, medium priority, evidence: this visit) or, when
 * there is one, the visit is added to its evidence. Run inside the approval's transaction, so
 * the approval and its needs land together; under concurrent approvals the partial unique
 * index makes exactly one open need per (business, category). Approving the same visit again
 * adds nothing (the evidence is keyed by visit).
 */
export async function needsFromApprovedVisit(
  tx: Queryable,
  ctx: Pick<ServiceContext, 'actor' | 'ip'>,
  visitId: string,
): Promise<{ created: string[]; updated: string[] }> {
  const observed = await observedNeedsOfVisit({ db: tx as ServiceContext['db'] }, visitId);
  const created: string[] = [];
  const updated: string[] = [];
  for (const o of observed) {
    if (!isCategory(o.category)) continue;
    const need = await q.upsertOpenNeed(tx, {
      businessId: o.businessId,
      category: o.category,
      priority: 'medium',
      description: o.description?.trim() || NEED_LABELS[o.category].id,
      evidenceSource: 'visit',
      evidenceRef: visitId,
      identifiedOn: o.observedOn,
      actorId: o.officerId,
    });
    if (!need) continue; // the business is no longer live
    const added = await q.addEvidence(tx, {
      needId: need.id,
      source: 'visit',
      ref: visitId,
      visitId,
      observedOn: o.observedOn,
      note: o.description,
      actorId: o.officerId,
    });
    if (need.inserted) {
      await q.addHistory(tx, {
        needId: need.id,
        fromStatus: null,
        toStatus: 'identified',
        note: null,
        source: 'visit',
        actorId: o.officerId,
      });
      created.push(need.id);
    } else if (added) updated.push(need.id);
  }
  if (created.length + updated.length > 0)
    await recordAudit(tx, ctx, {
      action: 'needs.from_visit',
      entityType: 'visit',
      entityId: visitId,
      after: { created, updated },
    });
  return { created, updated };
}
