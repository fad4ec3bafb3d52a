import type { Product } from '#core/schemas/catalog';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError, forbidden, notFound } from '#server/lib/errors';
import { type CatalogScope, canFeatureProduct, canPublishProduct, canSubmitProduct } from '../policy';
import { lockProduct, type ProductRow, updateProductRow } from '../queries/products';
import { clearPageCache } from './page-cache';
import { presentLoaded } from './products';
import { refreshProductScores } from './readiness';
import { loadProduct } from './scope';

/*
 * The review flow: draft → submitted (maker or officer) → published (office); the office can
 * send a submitted or published product back to draft with a note, and feature a published one.
 * The status is read and changed under a row lock, so two reviewers cannot both act on it.
 */

type Status = ProductRow['status'];

async function transition(
  ctx: ServiceContext,
  id: string,
  action: string,
  may: (scope: CatalogScope) => boolean,
  from: readonly Status[],
  change: () => Partial<ProductRow>,
): Promise<Product> {
  clearPageCache();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadProduct(ctx, id, tx);
    if (!may(loaded.scope)) throw forbidden();
    const before = await lockProduct(tx, id);
    if (!before) throw notFound();
    if (!from.includes(before.status))
      throw new AppError('conflict', 'catalog:errors.wrong_status', { details: { status: before.status } });
    const row = await updateProductRow(tx, id, change());
    await refreshProductScores(tx, loaded.facts, [row]);
    await recordAudit(tx, ctx, { action, entityType: 'catalog_product', entityId: id, before, after: row });
    return presentLoaded(ctx, tx, row, loaded.facts);
  });
}

export const submitProduct = (ctx: ServiceContext, id: string) =>
  transition(
    ctx,
    id,
    'catalog_product.submit',
    (scope) => canSubmitProduct(ctx.actor, scope),
    ['draft'],
    () => ({ status: 'submitted', submittedAt: new Date(), reviewNote: null }),
  );

export const publishProduct = (ctx: ServiceContext, id: string) =>
  transition(
    ctx,
    id,
    'catalog_product.publish',
    () => canPublishProduct(ctx.actor),
    ['draft', 'submitted'],
    () => ({
      status: 'published',
      publishedAt: new Date(),
      publishedBy: ctx.actor?.id ?? null,
      reviewNote: null,
    }),
  );

export const returnProduct = (ctx: ServiceContext, id: string, note: string) =>
  transition(
    ctx,
    id,
    'catalog_product.return',
    () => canPublishProduct(ctx.actor),
    ['submitted', 'published'],
    () => ({ status: 'draft', reviewNote: note, featured: false }),
  );

export const featureProduct = (ctx: ServiceContext, id: string, featured: boolean) =>
  transition(
    ctx,
    id,
    featured ? 'catalog_product.feature' : 'catalog_product.unfeature',
    () => canFeatureProduct(ctx.actor),
    ['published'],
    () => ({ featured }),
  );
