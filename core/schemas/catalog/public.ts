import { z } from 'zod';
import { CURRENCIES, PRICE_BANDS } from '#core/domain/catalog/pricing';
import { LocaleSchema } from '../common';
import { COMPLIANCE_TOPICS, MARKETS, ProductCategory, Technique } from './fields';
import { DimensionsOut, Photo } from './products';

/*
 * What buyers see. A positive list of fields: nothing about the owners (no NIK, phone,
 * address or person name), only the business, its city and its evidence.
 */

export const Currency = z.enum(CURRENCIES as unknown as ['IDR', 'USD', 'EUR']);

export const PublicProductsQuery = z.object({
  q: z.string().trim().max(100).optional(),
  category: ProductCategory.optional(),
  technique: Technique.optional(),
  material: z.string().trim().max(60).optional(),
  priceBand: z.enum(Object.keys(PRICE_BANDS) as [keyof typeof PRICE_BANDS]).optional(),
  /** Products whose MOQ is at most this many pieces. */
  maxMoq: z.coerce.number().int().min(1).max(1_000_000).optional(),
  exportReady: z.enum(['true', 'false']).optional(),
  featured: z.enum(['true', 'false']).optional(),
  lang: LocaleSchema.default('en'),
  currency: Currency.default('USD'),
  page: z.coerce.number().int().min(1).max(1000).default(1),
  pageSize: z.coerce.number().int().min(1).max(60).default(24),
});
export type PublicProductsQuery = z.infer<typeof PublicProductsQuery>;

export const PublicProductQuery = z.object({
  lang: LocaleSchema.default('en'),
  currency: Currency.default('USD'),
});
export const SlugParams = z.strictObject({ slug: z.string().regex(/^[a-z0-9-]{1,80}$/) });

/** A converted price with the office rate it used and that rate's date. */
export const PublicPrice = z.object({
  idr: z.number(),
  currency: Currency,
  amount: z.number(),
  rate: z.number().nullable(),
  rateDate: z.string().nullable(),
});

export const PublicMaker = z.object({
  slug: z.string(),
  name: z.string(),
  city: z.string().nullable(),
  district: z.string().nullable(),
  yearFounded: z.number().nullable(),
  story: z.string(),
  legalRegistered: z.boolean(),
  certifications: z.array(z.string()),
  exportCountries: z.array(z.string()),
  readinessScore: z.number(),
  training: z.array(
    z.object({
      title: z.string(),
      date: z.string().nullable(),
      issuer: z.string(),
      verifyUrl: z.string().nullable(),
    }),
  ),
});
export type PublicMaker = z.infer<typeof PublicMaker>;

export const PublicQc = z.object({
  batchName: z.string(),
  completedAt: z.string().nullable(),
  pieces: z.number(),
  passed: z.number(),
  rework: z.number(),
  rejected: z.number(),
  defects: z.array(z.string()),
});

export const PublicProductItem = z.object({
  slug: z.string(),
  name: z.string(),
  category: ProductCategory,
  technique: Technique,
  makerName: z.string(),
  makerSlug: z.string(),
  city: z.string().nullable(),
  price: PublicPrice,
  moq: z.number(),
  exportReady: z.boolean(),
  featured: z.boolean(),
  photo: Photo.nullable(),
});
export type PublicProductItem = z.infer<typeof PublicProductItem>;

export const PublicProductList = z.object({ items: z.array(PublicProductItem), total: z.number().int() });

export const PublicProduct = PublicProductItem.extend({
  lang: LocaleSchema,
  description: z.string(),
  /** The other language's text, for the alternate page. */
  materials: z.array(z.string()),
  species: z.string().nullable(),
  dimensions: DimensionsOut,
  weightG: z.number().nullable(),
  finishes: z.array(z.string()),
  tiers: z.array(z.object({ minQuantity: z.number(), price: PublicPrice })),
  leadTimeDays: z.number(),
  monthlyCapacity: z.number().nullable(),
  hsCode: z.string().nullable(),
  certifications: z.array(z.string()),
  compliance: z.array(
    z.object({ market: z.enum(MARKETS), topic: z.enum(COMPLIANCE_TOPICS), note: z.string() }),
  ),
  photos: z.array(Photo),
  qc: PublicQc.nullable(),
  maker: PublicMaker,
  readinessScore: z.number(),
  updatedAt: z.string(),
});
export type PublicProduct = z.infer<typeof PublicProduct>;
