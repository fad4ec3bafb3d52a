import { NEED_CATEGORIES, type NeedCategory, type NeedPriority } from '#core/domain/needs';
import { officeDate } from '#core/time';
import { exportReadinessGaps } from '#server/features/catalog/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, forbidden } from '#server/lib/errors';
import * as q from '../queries/needs';
import { writeScope } from './scope';

const RANK: Record<NeedPriority, number> = { high: 0, medium: 1, low: 2 };
const isCategory = (c: string): c is NeedCategory => (NEED_CATEGORIES as readonly string[]).includes(c);

type Group = { category: NeedCategory; priority: NeedPriority; keys: string[]; texts: string[] };

/**
 * Turns an IKM's export-readiness gaps into needs: one open need per category the gaps point to
 * (the highest of their priorities; their advice, in Bahasa Indonesia, as the description),
 * each gap kept as evidence (source readiness_gap, ref: the gap's key). Idempotent: run again,
 * it finds the open needs and the evidence already there and changes nothing.
 */
export async function needsFromReadiness(ctx: ServiceContext, businessId: string) {
  const scope = writeScope(ctx);
  const state = await q.businessState(ctx.db, businessId, scope);
  if (!state.exists) throw fieldError('businessId', 'needs:errors.businessNotFound');
  if (!state.inScope) throw forbidden('needs:errors.outsideKecamatan');
  const readiness = await exportReadinessGaps(ctx.db, businessId);
  if (!readiness) throw fieldError('businessId', 'needs:errors.businessNotFound');

  const groups = new Map<NeedCategory, Group>();
  for (const gap of readiness.gaps) {
    if (!isCategory(gap.needCategory)) continue;
    const g = groups.get(gap.needCategory) ?? {
      category: gap.needCategory,
      priority: gap.priority,
      keys: [],
      texts: [],
    };
    if (RANK[gap.priority] < RANK[g.priority]) g.priority = gap.priority;
    g.keys.push(gap.key + (gap.productId ? `:${gap.productId}` : ''));
    g.texts.push(gap.description.id);
    groups.set(gap.needCategory, g);
  }

  const actorId = ctx.actor!.id;
  const today = officeDate();
  return ctx.db.transaction(async (tx) => {
    // The scope again, inside the write's transaction (the business may have moved meanwhile).
    if (!(await q.businessState(tx, businessId, scope)).inScope)
      throw forbidden('needs:errors.outsideKecamatan');
    const created: string[] = [];
    const updated: string[] = [];
    for (const g of groups.values()) {
      const need = await q.upsertOpenNeed(tx, {
        businessId,
        category: g.category,
        priority: g.priority,
        description: g.texts.join('; '),
        evidenceSource: 'readiness_gap',
        evidenceRef: g.keys.join(', '),
        identifiedOn: today,
        actorId,
      });
      if (!need) continue;
      let added = false;
      for (const [i, key] of g.keys.entries())
        added =
          (await q.addEvidence(tx, {
            needId: need.id,
            source: 'readiness_gap',
            ref: key,
            visitId: null,
            observedOn: today,
            note: g.texts[i] ?? null,
            actorId,
          })) || added;
      if (need.inserted) {
        await q.addHistory(tx, {
          needId: need.id,
          fromStatus: null,
          toStatus: 'identified',
          note: null,
          source: 'readiness_gap',
          actorId,
        });
        created.push(need.id);
      } else if (added) updated.push(need.id);
    }
    if (created.length + updated.length > 0)
      await recordAudit(tx, ctx, {
        action: 'needs.from_readiness',
        entityType: 'business',
        entityId: businessId,
        after: { created, updated, score: readiness.score },
      });
    return { created, updated, score: readiness.score };
  });
}
