import { type Currency, convertIdr } from '#core/domain/catalog';
import type { Locale } from '#core/i18n/locales';
import {
  type PublicMaker,
  type PublicProduct,
  type PublicProductItem,
  PublicProductsQuery,
} from '#core/schemas/catalog';
import type { Queryable } from '#server/db/client';
import { batchQcEvidence, officeExchangeRates } from '#server/features/electroforming/service';
import { type CatalogBusinessFacts, liveBusinessIds } from '#server/features/registry/service';
import { notFound } from '#server/lib/errors';
import { localized, presentPhoto } from '../present';
import { type PhotoMeta, photosOf } from '../queries/photos';
import {
  findMakerBySlug,
  findMakers,
  findPublishedBySlug,
  listPublishedRows,
  type MakerRow,
  type ProductRow,
  publishedOfBusiness,
  publishedScoreOf,
  publishedSlugs,
} from '../queries/products';
import { EXPORT_READY_SCORE } from './readiness';
import { factsById } from './scope';
import { trainingEvidenceFor } from './training-evidence';

/*
 * What buyers see, without an account. Only published products of live businesses; of the
 * business only its name, city, founding year, story, certifications and evidence — never
 * anything about its owners (no names, NIK, phone or address).
 */

type Rates = Awaited<ReturnType<typeof officeExchangeRates>>;

export function priceIn(idr: number, currency: Currency, rates: Rates) {
  if (currency === 'IDR') return { idr, currency, amount: idr, rate: null, rateDate: null };
  const rate = currency === 'USD' ? rates.idrPerUsd : rates.idrPerEur;
  return { idr, currency, amount: convertIdr(idr, rate), rate, rateDate: rates.asOf };
}

function item(
  row: ProductRow,
  facts: CatalogBusinessFacts | undefined,
  maker: MakerRow | undefined,
  photo: PhotoMeta | undefined,
  locale: Locale,
  currency: Currency,
  rates: Rates,
): PublicProductItem {
  return {
    slug: row.slug,
    name: localized(row.name, locale),
    category: row.category as PublicProductItem['category'],
    technique: row.technique as PublicProductItem['technique'],
    makerName: facts ? facts.brand || facts.name : '',
    makerSlug: maker?.slug ?? '',
    city: facts?.regencyName ?? null,
    price: priceIn(row.priceIdr, currency, rates),
    moq: row.moq,
    exportReady: row.readinessScore >= EXPORT_READY_SCORE,
    featured: row.featured,
    photo: photo ? presentPhoto(photo) : null,
  };
}

export async function listPublicProducts(
  db: Queryable,
  query: PublicProductsQuery | Record<string, unknown>,
) {
  const q = PublicProductsQuery.parse(query);
  const { rows, total } = await listPublishedRows(
    db,
    liveBusinessIds(),
    {
      q: q.q,
      category: q.category,
      technique: q.technique,
      material: q.material,
      priceBand: q.priceBand,
      maxMoq: q.maxMoq,
      exportReady: q.exportReady === undefined ? undefined : q.exportReady === 'true',
      exportReadyScore: EXPORT_READY_SCORE,
      featured: q.featured === undefined ? undefined : q.featured === 'true',
    },
    q.page,
    q.pageSize,
  );
  const businessIds = rows.map((r) => r.businessId);
  const [facts, makers, photos, rates] = [
    await factsById(db, businessIds),
    new Map((await findMakers(db, businessIds)).map((m) => [m.businessId, m])),
    await photosOf(
      db,
      rows.map((r) => r.id),
    ),
    await officeExchangeRates(db),
  ];
  return {
    items: rows.map((r) =>
      item(
        r,
        facts.get(r.businessId),
        makers.get(r.businessId),
        photos.find((p) => p.productId === r.id),
        q.lang,
        q.currency,
        rates,
      ),
    ),
    total,
    query: q,
    rates,
  };
}

async function publicMaker(
  db: Queryable,
  facts: CatalogBusinessFacts,
  maker: MakerRow,
  locale: Locale,
): Promise<PublicMaker> {
  const training = (await trainingEvidenceFor(db, [facts.id])).get(facts.id) ?? [];
  // Read, never computed here: a page view must not write (scores are kept on each change).
  const readinessScore = await publishedScoreOf(db, facts.id);
  return {
    slug: maker.slug,
    name: facts.brand || facts.name,
    city: facts.regencyName,
    district: facts.districtName,
    yearFounded: facts.yearFounded,
    story: localized(maker.story, locale),
    legalRegistered: facts.hasNib,
    certifications: facts.certificationTypes,
    exportCountries: facts.exportCountries,
    readinessScore,
    training: training.map((c) => ({ ...c, title: localized(c.title, locale) })),
  };
}

/** A published product of a live business by slug, or 404. */
export async function getPublicProduct(
  db: Queryable,
  slug: string,
  locale: Locale,
  currency: Currency,
): Promise<PublicProduct> {
  const row = await findPublishedBySlug(db, slug);
  if (!row) throw notFound();
  const facts = (await factsById(db, [row.businessId])).get(row.businessId);
  if (!facts?.live) throw notFound();
  const [maker] = await findMakers(db, [row.businessId]);
  if (!maker) throw notFound();
  const photos = await photosOf(db, [row.id]);
  const rates = await officeExchangeRates(db);
  const [batch] = row.batchId ? await batchQcEvidence(db, [row.batchId]) : [];
  const ownBatch = batch && facts.ownerUserIds.includes(batch.ownerUserId) ? batch : null;
  return {
    ...item(row, facts, maker, photos[0], locale, currency, rates),
    lang: locale,
    description: localized(row.description, locale),
    materials: row.materials,
    species: row.species,
    dimensions: row.dimensions ?? null,
    weightG: row.weightG,
    finishes: row.finishes,
    tiers: row.priceTiers.map((t) => ({
      minQuantity: t.minQuantity,
      price: priceIn(t.priceIdr, currency, rates),
    })),
    leadTimeDays: row.leadTimeDays,
    monthlyCapacity: row.monthlyCapacity,
    hsCode: row.hsCode,
    certifications: row.certifications,
    compliance: row.compliance as PublicProduct['compliance'],
    photos: photos.map(presentPhoto),
    qc: ownBatch
      ? {
          batchName: ownBatch.name,
          completedAt: ownBatch.completedAt,
          pieces: ownBatch.pieces,
          passed: ownBatch.passed,
          rework: ownBatch.rework,
          rejected: ownBatch.rejected,
          defects: ownBatch.defects,
        }
      : null,
    maker: await publicMaker(db, facts, maker, locale),
    readinessScore: row.readinessScore,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** A maker's story page with its published products, or 404 when it has none or is not live. */
export async function getPublicMaker(db: Queryable, slug: string, locale: Locale, currency: Currency) {
  const maker = await findMakerBySlug(db, slug);
  if (!maker) throw notFound();
  const facts = (await factsById(db, [maker.businessId])).get(maker.businessId);
  if (!facts?.live) throw notFound();
  const rows = await publishedOfBusiness(db, maker.businessId);
  if (rows.length === 0) throw notFound();
  const photos = await photosOf(
    db,
    rows.map((r) => r.id),
  );
  const rates = await officeExchangeRates(db);
  return {
    maker: await publicMaker(db, facts, maker, locale),
    products: rows.map((r) =>
      item(
        r,
        facts,
        maker,
        photos.find((p) => p.productId === r.id),
        locale,
        currency,
        rates,
      ),
    ),
  };
}

/** Published products and the makers that have one, for the sitemap. */
export async function sitemapEntries(db: Queryable, limit = 45_000) {
  const products = await publishedSlugs(db, liveBusinessIds(), limit);
  const makers = await findMakers(db, [...new Set(products.map((p) => p.businessId))]);
  return { products, makers };
}
