import type { Locale } from '#core/i18n/locales';
import type { Photo, Product, ProductListItem } from '#core/schemas/catalog';
import type { InquiryRow, MessageRow } from './queries/inquiries';
import type { PhotoMeta } from './queries/photos';
import type { ProductRow } from './queries/products';

/*
 * The only place catalog rows become answers. Public answers are built from positive field
 * lists in present-public.ts; nothing here reads owner records.
 */

export function presentPhoto(p: PhotoMeta): Photo {
  const base = `/api/public/photos/${p.id}`;
  return {
    id: p.id,
    width: p.width,
    height: p.height,
    urls: {
      small: `${base}/400.webp`,
      large: `${base}/1200.webp`,
      jpeg: `${base}/1200.jpg`,
      avif: `${base}/1200.avif`,
    },
  };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentProduct(
  row: ProductRow,
  photos: PhotoMeta[],
  businessName: string,
  permissions: Product['permissions'],
): Product {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    featured: row.featured,
    businessId: row.businessId,
    businessName,
    name: row.name,
    description: row.description,
    category: row.category as Product['category'],
    technique: row.technique as Product['technique'],
    materials: row.materials,
    species: row.species,
    dimensions: row.dimensions ?? null,
    weightG: row.weightG,
    finishes: row.finishes,
    priceIdr: row.priceIdr,
    priceTiers: row.priceTiers,
    moq: row.moq,
    leadTimeDays: row.leadTimeDays,
    monthlyCapacity: row.monthlyCapacity,
    hsCode: row.hsCode,
    certifications: row.certifications,
    compliance: row.compliance as Product['compliance'],
    batchId: row.batchId,
    photos: photos.filter((p) => p.productId === row.id).map(presentPhoto),
    reviewNote: row.reviewNote,
    submittedAt: iso(row.submittedAt),
    publishedAt: iso(row.publishedAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    permissions,
  };
}

export function presentProductListItem(
  row: ProductRow,
  photo: PhotoMeta | undefined,
  businessName: string,
): ProductListItem {
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    featured: row.featured,
    businessId: row.businessId,
    businessName,
    name: row.name,
    category: row.category as Product['category'],
    priceIdr: row.priceIdr,
    moq: row.moq,
    updatedAt: row.updatedAt.toISOString(),
    photo: photo ? presentPhoto(photo) : null,
  };
}

/** A product's name in the reader's language, falling back to the other one. */
export const localized = (text: { id: string; en: string }, locale: Locale) =>
  (locale === 'en' ? text.en || text.id : text.id || text.en).trim();

export function presentMessage(m: MessageRow) {
  return {
    id: m.id,
    author: m.author,
    authorName: m.authorName,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
    mailedAt: iso(m.mailedAt),
  };
}

export function presentInquiryBase(
  row: InquiryRow,
  product: { slug: string; name: { id: string; en: string } },
  businessName: string,
  locale: Locale,
) {
  return {
    id: row.id,
    status: row.status,
    productId: row.productId,
    productSlug: product.slug,
    productName: localized(product.name, locale),
    businessId: row.businessId,
    businessName,
    quantity: row.quantity,
    targetPrice: row.targetPrice,
    targetCurrency: (row.targetCurrency ?? null) as 'IDR' | 'USD' | 'EUR' | null,
    buyerName: row.buyerName,
    buyerEmail: row.buyerEmail,
    buyerCompany: row.buyerCompany,
    country: row.country,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
