import { numberedSlug, slugify } from '#core/domain/catalog';
import { visibleBusinessNames } from '#server/features/registry/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { ensureMakerRow, makerSlugsLike, updateMakerStory } from '../queries/products';
import { clearPageCache } from './page-cache';
import { loadWorkableBusiness, requireCatalog } from './scope';

async function ensureMaker(ctx: ServiceContext, businessId: string, name: string) {
  const base = slugify(name);
  const taken = new Set(await makerSlugsLike(ctx.db, base));
  let n = 1;
  while (taken.has(numberedSlug(base, n))) n++;
  return ensureMakerRow(ctx.db, businessId, numberedSlug(base, n));
}

export async function getMaker(ctx: ServiceContext, businessId: string) {
  const facts = await loadWorkableBusiness(ctx, businessId);
  const maker = await ensureMaker(ctx, businessId, facts.brand || facts.name);
  return {
    businessId,
    businessName: facts.name,
    slug: maker.slug,
    story: maker.story,
    updatedAt: maker.updatedAt.toISOString(),
  };
}

export async function updateMaker(
  ctx: ServiceContext,
  businessId: string,
  story: { id: string; en: string },
) {
  clearPageCache();
  const facts = await loadWorkableBusiness(ctx, businessId);
  const before = await ensureMaker(ctx, businessId, facts.brand || facts.name);
  return ctx.db.transaction(async (tx) => {
    const row = await updateMakerStory(tx, businessId, story);
    await recordAudit(tx, ctx, {
      action: 'catalog_maker.update',
      entityType: 'business',
      entityId: businessId,
      before,
      after: row,
    });
    return {
      businessId,
      businessName: facts.name,
      slug: row.slug,
      story: row.story,
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}

/** The businesses the actor may prepare products for, for the product form's picker. */
export async function pickBusinesses(ctx: ServiceContext, q: string) {
  requireCatalog(ctx);
  const rows = await visibleBusinessNames(ctx.db, ctx.actor, q, 50);
  return { items: rows.map((r) => ({ id: r.id, name: r.name, district: r.districtName })) };
}
