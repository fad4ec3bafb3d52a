import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { PRICE_BANDS, type PriceBand } from '#core/domain/catalog/pricing';
import type { Queryable } from '#server/db/client';
import { catalogMakers, catalogProducts } from '#server/db/schema';

export type ProductRow = typeof catalogProducts.$inferSelect;
export type NewProductRow = typeof catalogProducts.$inferInsert;

export const findProduct = async (db: Queryable, id: string) =>
  (await db.select().from(catalogProducts).where(eq(catalogProducts.id, id)).limit(1))[0];

/** The product row locked for an update in the same transaction. */
export const lockProduct = async (db: Queryable, id: string) =>
  (await db.select().from(catalogProducts).where(eq(catalogProducts.id, id)).for('update').limit(1))[0];

export const findPublishedBySlug = async (db: Queryable, slug: string) =>
  (
    await db
      .select()
      .from(catalogProducts)
      .where(and(eq(catalogProducts.slug, slug), eq(catalogProducts.status, 'published')))
      .limit(1)
  )[0];

/** Slugs already taken that start with `base` (to pick the next free one). */
export async function slugsLike(db: Queryable, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: catalogProducts.slug })
    .from(catalogProducts)
    .where(sql`${catalogProducts.slug} LIKE ${`${base}%`}`);
  return rows.map((r) => r.slug);
}

export const insertProduct = async (db: Queryable, row: NewProductRow) =>
  (await db.insert(catalogProducts).values(row).returning())[0];

export const updateProductRow = async (db: Queryable, id: string, set: Partial<NewProductRow>) =>
  (
    await db
      .update(catalogProducts)
      .set({ ...set, updatedAt: new Date() })
      .where(eq(catalogProducts.id, id))
      .returning()
  )[0];

export type ProductListFilter = { businessId?: string; status?: string; q?: string };

/** Products of the businesses in `visible` (a subquery of ids), newest change first. */
export async function listProductRows(
  db: Queryable,
  visible: SQL,
  filter: ProductListFilter,
  page: number,
  pageSize: number,
) {
  const where = and(
    sql`${catalogProducts.businessId} IN (${visible})`,
    filter.businessId ? eq(catalogProducts.businessId, filter.businessId) : undefined,
    filter.status ? eq(catalogProducts.status, filter.status as ProductRow['status']) : undefined,
    ...searchConditions(filter.q),
  );
  const [rows, [{ total }]] = [
    await db
      .select()
      .from(catalogProducts)
      .where(where)
      .orderBy(desc(catalogProducts.updatedAt), asc(catalogProducts.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    await db.select({ total: count() }).from(catalogProducts).where(where),
  ];
  return { rows, total };
}

function searchConditions(q: string | undefined): SQL[] {
  const words = (q ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(0, 6);
  return words.map((w) => sql`${catalogProducts.searchText} LIKE ${`%${w.replace(/[\\%_]/g, '\\$&')}%`}`);
}

export type PublicFilter = {
  q?: string;
  category?: string;
  technique?: string;
  material?: string;
  priceBand?: PriceBand;
  maxMoq?: number;
  exportReadyScore?: number;
  exportReady?: boolean;
  featured?: boolean;
};

/** Published products of live businesses, featured first, then the most recently published. */
export async function listPublishedRows(
  db: Queryable,
  live: SQL,
  filter: PublicFilter,
  page: number,
  pageSize: number,
) {
  const band = filter.priceBand ? PRICE_BANDS[filter.priceBand] : null;
  const where = and(
    eq(catalogProducts.status, 'published'),
    sql`${catalogProducts.businessId} IN (${live})`,
    filter.category ? eq(catalogProducts.category, filter.category) : undefined,
    filter.technique ? eq(catalogProducts.technique, filter.technique) : undefined,
    filter.material
      ? sql`EXISTS (SELECT 1 FROM unnest(${catalogProducts.materials}) m WHERE lower(m) = ${filter.material.toLowerCase()})`
      : undefined,
    band ? sql`${catalogProducts.priceIdr} >= ${band[0]}` : undefined,
    band && band[1] !== null ? sql`${catalogProducts.priceIdr} < ${band[1]}` : undefined,
    filter.maxMoq ? sql`${catalogProducts.moq} <= ${filter.maxMoq}` : undefined,
    filter.exportReady === undefined
      ? undefined
      : filter.exportReady
        ? sql`${catalogProducts.readinessScore} >= ${filter.exportReadyScore ?? 0}`
        : sql`${catalogProducts.readinessScore} < ${filter.exportReadyScore ?? 0}`,
    filter.featured === undefined ? undefined : eq(catalogProducts.featured, filter.featured),
    ...searchConditions(filter.q),
  );
  const rows = await db
    .select()
    .from(catalogProducts)
    .where(where)
    .orderBy(
      desc(catalogProducts.featured),
      sql`${catalogProducts.publishedAt} DESC NULLS LAST`,
      asc(catalogProducts.id),
    )
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [{ total }] = await db.select({ total: count() }).from(catalogProducts).where(where);
  return { rows, total };
}

/** Every published product's slug and last change, for the sitemap. */
export async function publishedSlugs(db: Queryable, live: SQL, limit: number) {
  return db
    .select({
      slug: catalogProducts.slug,
      updatedAt: catalogProducts.updatedAt,
      businessId: catalogProducts.businessId,
    })
    .from(catalogProducts)
    .where(and(eq(catalogProducts.status, 'published'), sql`${catalogProducts.businessId} IN (${live})`))
    .orderBy(asc(catalogProducts.slug))
    .limit(limit);
}

export const productsOfBusiness = (db: Queryable, businessId: string) =>
  db
    .select()
    .from(catalogProducts)
    .where(eq(catalogProducts.businessId, businessId))
    .orderBy(asc(catalogProducts.createdAt));

export const publishedOfBusiness = (db: Queryable, businessId: string) =>
  db
    .select()
    .from(catalogProducts)
    .where(and(eq(catalogProducts.businessId, businessId), eq(catalogProducts.status, 'published')))
    .orderBy(desc(catalogProducts.featured), desc(catalogProducts.publishedAt));

export async function setReadinessScores(db: Queryable, scores: { id: string; score: number }[]) {
  for (const s of scores)
    await db.update(catalogProducts).set({ readinessScore: s.score }).where(eq(catalogProducts.id, s.id));
}

/* Makers */

export type MakerRow = typeof catalogMakers.$inferSelect;

export const findMakers = async (db: Queryable, businessIds: readonly string[]) =>
  businessIds.length === 0
    ? []
    : db
        .select()
        .from(catalogMakers)
        .where(inArray(catalogMakers.businessId, [...businessIds]));

export const findMakerBySlug = async (db: Queryable, slug: string) =>
  (await db.select().from(catalogMakers).where(eq(catalogMakers.slug, slug)).limit(1))[0];

export async function makerSlugsLike(db: Queryable, base: string): Promise<string[]> {
  const rows = await db
    .select({ slug: catalogMakers.slug })
    .from(catalogMakers)
    .where(sql`${catalogMakers.slug} LIKE ${`${base}%`}`);
  return rows.map((r) => r.slug);
}

/** Creates the maker's page once; a concurrent creation keeps the first. */
export async function ensureMakerRow(db: Queryable, businessId: string, slug: string) {
  await db
    .insert(catalogMakers)
    .values({ businessId, slug })
    .onConflictDoNothing({ target: catalogMakers.businessId });
  return (await db.select().from(catalogMakers).where(eq(catalogMakers.businessId, businessId)).limit(1))[0];
}

export const updateMakerStory = async (
  db: Queryable,
  businessId: string,
  story: { id: string; en: string },
) =>
  (
    await db
      .update(catalogMakers)
      .set({ story, updatedAt: new Date() })
      .where(eq(catalogMakers.businessId, businessId))
      .returning()
  )[0];

/** The mean readiness of a business's published products (what public pages show of the maker). */
export async function publishedScoreOf(db: Queryable, businessId: string): Promise<number> {
  const [row] = await db
    .select({ score: sql<string | null>`avg(${catalogProducts.readinessScore})` })
    .from(catalogProducts)
    .where(and(eq(catalogProducts.businessId, businessId), eq(catalogProducts.status, 'published')));
  return Math.round(Number(row?.score ?? 0));
}
