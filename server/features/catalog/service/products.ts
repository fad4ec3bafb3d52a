import { firstBadTier, numberedSlug, slugify } from '#core/domain/catalog';
import type { CreateProductBody, Product, ProductList, UpdateProductBody } from '#core/schemas/catalog';
import { ListProductsQuery } from '#core/schemas/catalog';
import type { Queryable } from '#server/db/client';
import { batchQcEvidence } from '#server/features/electroforming/service';
import { businessIdsVisibleTo, type CatalogBusinessFacts } from '#server/features/registry/service';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { fieldError, forbidden } from '#server/lib/errors';
import { productPermissions } from '../policy';
import { presentProduct, presentProductListItem } from '../present';
import { photosOf } from '../queries/photos';
import {
  ensureMakerRow,
  insertProduct,
  listProductRows,
  lockProduct,
  makerSlugsLike,
  type NewProductRow,
  type ProductRow,
  slugsLike,
  updateProductRow,
} from '../queries/products';
import { clearPageCache } from './page-cache';
import { refreshProductScores } from './readiness';
import {
  factsById,
  type LoadedProduct,
  loadProduct,
  loadWorkableBusiness,
  requireCatalog,
  scopeOf,
} from './scope';

/** The first free slug of `base`, `base-2`, … among `taken`. */
export function freeSlug(base: string, taken: readonly string[]): string {
  const set = new Set(taken);
  for (let n = 1; ; n++) if (!set.has(numberedSlug(base, n))) return numberedSlug(base, n);
}

const searchTextOf = (
  row: Pick<NewProductRow, 'name' | 'materials' | 'species' | 'technique' | 'category' | 'finishes'>,
) =>
  [
    row.name.id,
    row.name.en,
    ...(row.materials ?? []),
    ...(row.finishes ?? []),
    row.species ?? '',
    row.technique,
    row.category,
  ]
    .join(' ')
    .toLowerCase();

function checkTiers(priceIdr: number, tiers: { minQuantity: number; priceIdr: number }[]) {
  const bad = firstBadTier(priceIdr, tiers);
  if (bad !== null) throw fieldError(`priceTiers.${bad}`, 'catalog:fields.tier_order');
}

/** A linked batch must be one of the maker's own (QC evidence cannot be borrowed). */
async function checkBatch(db: Queryable, batchId: string | null | undefined, facts: CatalogBusinessFacts) {
  if (!batchId) return;
  const [batch] = await batchQcEvidence(db, [batchId]);
  if (!batch || !facts.ownerUserIds.includes(batch.ownerUserId))
    throw fieldError('batchId', 'catalog:fields.batch');
}

export async function presentLoaded(
  ctx: ServiceContext,
  db: Queryable,
  row: ProductRow,
  facts: CatalogBusinessFacts,
): Promise<Product> {
  const photos = await photosOf(db, [row.id]);
  return presentProduct(row, photos, facts.name, productPermissions(ctx.actor, scopeOf(facts), row.status));
}

export async function createProduct(ctx: ServiceContext, input: CreateProductBody): Promise<Product> {
  clearPageCache();
  const facts = await loadWorkableBusiness(ctx, input.businessId, 'businessId');
  checkTiers(input.priceIdr, input.priceTiers);
  const { businessId, ...fields } = input;
  return ctx.db.transaction(async (tx) => {
    await checkBatch(tx, input.batchId, facts);
    const base = slugify(fields.name.en || fields.name.id);
    const slug = freeSlug(base, await slugsLike(tx, base));
    const makerBase = slugify(facts.brand || facts.name);
    await ensureMakerRow(tx, businessId, freeSlug(makerBase, await makerSlugsLike(tx, makerBase)));
    const row = await insertProduct(tx, {
      ...fields,
      businessId,
      slug,
      status: 'draft',
      searchText: searchTextOf(fields),
      createdBy: ctx.actor?.id ?? null,
    });
    await refreshProductScores(tx, facts, [row]);
    await recordAudit(tx, ctx, {
      action: 'catalog_product.create',
      entityType: 'catalog_product',
      entityId: row.id,
      after: row,
    });
    return presentLoaded(ctx, tx, row, facts);
  });
}

/**
 * Changes a product. A maker's or officer's change to a published product sends it back for
 * review (submitted): what buyers read is always what the office approved.
 */
export async function updateProduct(
  ctx: ServiceContext,
  id: string,
  input: UpdateProductBody,
): Promise<Product> {
  clearPageCache();
  return ctx.db.transaction(async (tx) => {
    const loaded = await loadProduct(ctx, id, tx);
    const before = await lockProduct(tx, id);
    if (!before) throw forbidden();
    const priceIdr = input.priceIdr ?? before.priceIdr;
    checkTiers(priceIdr, input.priceTiers ?? before.priceTiers);
    if (input.batchId !== undefined) await checkBatch(tx, input.batchId, loaded.facts);
    const merged = { ...before, ...stripUndefined(input) };
    const reReview = before.status === 'published' && ctx.actor?.role !== 'admin';
    const row = await updateProductRow(tx, id, {
      ...stripUndefined(input),
      searchText: searchTextOf(merged),
      ...(reReview ? { status: 'submitted' as const, submittedAt: new Date(), featured: false } : {}),
    });
    await refreshProductScores(tx, loaded.facts, [row]);
    await recordAudit(tx, ctx, {
      action: 'catalog_product.update',
      entityType: 'catalog_product',
      entityId: id,
      before,
      after: row,
    });
    return presentLoaded(ctx, tx, row, loaded.facts);
  });
}

function stripUndefined<T extends Record<string, unknown>>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}

export async function getProduct(ctx: ServiceContext, id: string): Promise<Product> {
  const { row, facts }: LoadedProduct = await loadProduct(ctx, id);
  return presentLoaded(ctx, ctx.db, row, facts);
}

export async function listProducts(
  ctx: ServiceContext,
  query: Record<string, unknown>,
): Promise<ProductList> {
  requireCatalog(ctx);
  const { page, pageSize, ...filter } = ListProductsQuery.parse(query);
  const { rows, total } = await listProductRows(
    ctx.db,
    businessIdsVisibleTo(ctx.actor),
    filter,
    page,
    pageSize,
  );
  const photos = await photosOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  const facts = await factsById(
    ctx.db,
    rows.map((r) => r.businessId),
  );
  return {
    items: rows.map((r) =>
      presentProductListItem(
        r,
        photos.find((p) => p.productId === r.id),
        facts.get(r.businessId)?.name ?? '',
      ),
    ),
    total,
    page,
    pageSize,
  };
}
