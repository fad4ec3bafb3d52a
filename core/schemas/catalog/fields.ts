import { z } from 'zod';
import { checkHsCode } from '#core/domain/catalog/hs-code';

/*
 * Field schemas shared by the catalog's requests. Text never carries markup: a tag in any
 * text is refused naming the field (and every page escapes what it shows anyway).
 */

const MARKUP = /<\s*[a-z/!?]/i;

/** Plain text: trimmed, bounded, no HTML tags. */
export const plainText = (max: number, min = 0, minKey = 'catalog:fields.required') =>
  z
    .string()
    .trim()
    .min(min, minKey)
    .max(max, 'catalog:fields.too_long')
    .refine((v) => !MARKUP.test(v), 'catalog:fields.no_markup');

export const PRODUCT_CATEGORIES = [
  'jewellery',
  'home_decor',
  'fashion_accessories',
  'bags',
  'tableware',
  'wall_art',
  'souvenirs',
  'furniture',
  'textiles',
  'other',
] as const;
export const ProductCategory = z.enum(PRODUCT_CATEGORIES, 'catalog:fields.category');
export type ProductCategory = z.infer<typeof ProductCategory>;

export const TECHNIQUES = [
  'electroforming',
  'metal_casting',
  'silversmithing',
  'wood_carving',
  'ceramics',
  'weaving',
  'batik',
  'leather',
  'beadwork',
  'other',
] as const;
export const Technique = z.enum(TECHNIQUES, 'catalog:fields.technique');
export type Technique = z.infer<typeof Technique>;

export const PRODUCT_STATUSES = ['draft', 'submitted', 'published'] as const;
export const ProductStatus = z.enum(PRODUCT_STATUSES);
export type ProductStatus = z.infer<typeof ProductStatus>;

export const MARKETS = ['EU', 'US', 'UK', 'JP', 'AU', 'CN', 'SG', 'MY', 'OTHER'] as const;
export const COMPLIANCE_TOPICS = ['nickel_cadmium_lead', 'cites', 'labelling', 'other'] as const;

/** A name or text in both languages; Bahasa Indonesia is the maker's, English the buyer's. */
export const Localized = (max: number, idMin = 0) =>
  z.strictObject({
    id: plainText(max, idMin),
    en: plainText(max).default(''),
  });

export const LocalizedOut = z.object({ id: z.string(), en: z.string() });

export const HsCode = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const check = checkHsCode(value);
    if (!check.ok)
      ctx.addIssue({
        code: 'custom',
        message:
          check.reason === 'chapter' ? 'catalog:fields.hs_code_chapter' : 'catalog:fields.hs_code_format',
      });
  })
  .transform((value) => {
    const check = checkHsCode(value);
    return check.ok ? check.code : value;
  });

export const PriceIdr = z
  .number('catalog:fields.price_number')
  .int('catalog:fields.price_whole')
  .positive('catalog:fields.price_positive')
  .max(10_000_000_000, 'catalog:fields.price_too_high');

export const Moq = z
  .number('catalog:fields.moq_number')
  .int('catalog:fields.moq_whole')
  .min(1, 'catalog:fields.moq_min')
  .max(1_000_000, 'catalog:fields.moq_too_high');

export const LeadTimeDays = z
  .number('catalog:fields.lead_time_number')
  .int('catalog:fields.lead_time_whole')
  .min(1, 'catalog:fields.lead_time_min')
  .max(365, 'catalog:fields.lead_time_max');

export const PriceTierIn = z.strictObject({
  minQuantity: z.number().int().min(2, 'catalog:fields.tier_quantity').max(1_000_000),
  priceIdr: PriceIdr,
});

export const ComplianceNoteIn = z.strictObject({
  market: z.enum(MARKETS, 'catalog:fields.market'),
  topic: z.enum(COMPLIANCE_TOPICS, 'catalog:fields.topic'),
  note: plainText(1000, 1),
});

const positiveMeasure = z.number().positive('catalog:fields.measure_positive').max(100_000);

export const DimensionsIn = z.strictObject({
  lengthMm: positiveMeasure.nullable().default(null),
  widthMm: positiveMeasure.nullable().default(null),
  heightMm: positiveMeasure.nullable().default(null),
});

export const shortList = (max: number) => z.array(plainText(60, 1)).max(max, 'catalog:fields.too_many');

/** ISO 3166-1 alpha-2, a region Intl knows by name. */
export const CountryCode = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, 'catalog:fields.country')
  .refine((code) => {
    try {
      return new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' }).of(code) !== undefined;
    } catch {
      return false;
    }
  }, 'catalog:fields.country');
