import {
  type BusinessFacts,
  businessReadiness,
  isJewelleryHs,
  type ProductFacts,
  productReadiness,
  type Readiness as ReadinessResult,
} from '#core/domain/catalog';
import type { Locale } from '#core/i18n/locales';
import type { Readiness } from '#core/schemas/catalog';
import type { Queryable } from '#server/db/client';
import { batchQcEvidence } from '#server/features/electroforming/service';
import { businessFactsFor, type CatalogBusinessFacts } from '#server/features/registry/service';
import type { ServiceContext } from '#server/lib/context';
import { translate } from '#server/lib/i18n';
import { localized } from '../present';
import { photosOf } from '../queries/photos';
import { findMakers, type ProductRow, productsOfBusiness, setReadinessScores } from '../queries/products';
import { loadWorkableBusiness } from './scope';
import { trainingEvidenceFor } from './training-evidence';

/** A product counts as export-ready from this score on (the public filter). */
export const EXPORT_READY_SCORE = 70;

/** Product facts for readiness from rows, photo counts and QC of linked batches (the maker's own only). */
export async function productFactsOf(
  db: Queryable,
  rows: readonly ProductRow[],
  ownerUserIds: readonly string[],
): Promise<ProductFacts[]> {
  const photos = await photosOf(
    db,
    rows.map((r) => r.id),
  );
  const batchIds = rows.flatMap((r) => (r.batchId ? [r.batchId] : []));
  const qc = new Map((await batchQcEvidence(db, batchIds)).map((b) => [b.id, b]));
  return rows.map((r) => {
    const batch = r.batchId ? qc.get(r.batchId) : undefined;
    const own = batch && ownerUserIds.includes(batch.ownerUserId);
    return {
      id: r.id,
      nameEn: r.name.en,
      descriptionEn: r.description.en,
      photoCount: photos.filter((p) => p.productId === r.id).length,
      hsCode: r.hsCode,
      jewellery: isJewelleryHs(r.hsCode) || r.category === 'jewellery',
      species: r.species,
      euMetalsNote: r.compliance.some((c) => c.market === 'EU' && c.topic === 'nickel_cadmium_lead'),
      citesNote: r.compliance.some((c) => c.topic === 'cites'),
      moq: r.moq,
      monthlyCapacity: r.monthlyCapacity,
      leadTimeDays: r.leadTimeDays,
      qc: own && batch ? { pieces: batch.pieces, passed: batch.passed } : null,
      certifications: r.certifications,
    };
  });
}

export async function businessFactsForReadiness(
  db: Queryable,
  facts: CatalogBusinessFacts,
): Promise<BusinessFacts> {
  const [maker] = await findMakers(db, [facts.id]);
  const training = (await trainingEvidenceFor(db, [facts.id])).get(facts.id) ?? [];
  return {
    hasNib: facts.hasNib,
    certificationTypes: facts.certificationTypes,
    workers: facts.latestWorkers,
    hasStoryEn: (maker?.story.en ?? '').trim().length >= 40,
    trainingCertificates: training.length,
  };
}

/** Recomputes and stores the readiness score of some products of one business. */
export async function refreshProductScores(
  db: Queryable,
  facts: CatalogBusinessFacts,
  rows: readonly ProductRow[],
) {
  if (rows.length === 0) return;
  const business = await businessFactsForReadiness(db, facts);
  const products = await productFactsOf(db, rows, facts.ownerUserIds);
  await setReadinessScores(
    db,
    products.map((p) => ({ id: p.id, score: productReadiness(p, business).score })),
  );
}

export type BusinessReadiness = ReadinessResult & {
  products: { id: string; name: { id: string; en: string }; score: number }[];
  trainingEvidence: boolean;
};

/** An IKM's readiness over all its products (drafts included: they are what it is preparing). */
export async function computeBusinessReadiness(
  db: Queryable,
  facts: CatalogBusinessFacts,
): Promise<BusinessReadiness> {
  const rows = await productsOfBusiness(db, facts.id);
  const business = await businessFactsForReadiness(db, facts);
  const products = await productFactsOf(db, rows, facts.ownerUserIds);
  const result = businessReadiness(business, products);
  const scores = products.map((p) => ({ id: p.id, score: productReadiness(p, business).score }));
  await setReadinessScores(db, scores);
  return {
    ...result,
    products: rows.map((r, i) => ({ id: r.id, name: r.name, score: scores[i]?.score ?? 0 })),
    trainingEvidence: business.trainingCertificates > 0,
  };
}

export async function getReadiness(
  ctx: ServiceContext,
  businessId: string,
  locale: Locale,
): Promise<Readiness> {
  const facts = await loadWorkableBusiness(ctx, businessId);
  const r = await computeBusinessReadiness(ctx.db, facts);
  const names = new Map(r.products.map((p) => [p.id, localized(p.name, locale)]));
  return {
    businessId,
    score: r.score,
    areas: r.areas,
    gaps: r.gaps.map((g) => ({
      ...g,
      ...(g.productId ? { productName: names.get(g.productId) ?? '' } : {}),
      advice: translate(locale, `catalog:gaps.${g.key}`),
    })),
    products: r.products.map((p) => ({ id: p.id, name: localized(p.name, locale), score: p.score })),
    trainingEvidence: r.trainingEvidence,
  };
}

export type ExportReadinessGap = {
  key: string;
  needCategory: string;
  priority: 'high' | 'medium' | 'low';
  productId: string | null;
  /** What to do, in both languages (a need's description). */
  description: { id: string; en: string };
};

/**
 * For the needs inventory (issue 13): an IKM's export-readiness gaps, each with the need
 * category that answers it. No authorization: the caller has already scoped the business.
 * Null when the business does not exist or is no longer live.
 */
export async function exportReadinessGaps(
  db: Queryable,
  businessId: string,
): Promise<{ businessId: string; score: number; gaps: ExportReadinessGap[] } | null> {
  const [facts] = await businessFactsFor(db, [businessId]);
  if (!facts?.live) return null;
  const r = await computeBusinessReadiness(db, facts);
  const names = new Map(r.products.map((p) => [p.id, p.name]));
  return {
    businessId,
    score: r.score,
    gaps: r.gaps.map((g) => {
      const product = g.productId ? names.get(g.productId) : undefined;
      const text = (locale: Locale) =>
        `${translate(locale, `catalog:gaps.${g.key}`)}${product ? ` (${localized(product, locale)})` : ''}`;
      return {
        key: g.key,
        needCategory: g.needCategory,
        priority: g.priority,
        productId: g.productId ?? null,
        description: { id: text('id'), en: text('en') },
      };
    }),
  };
}
