import { z } from 'zod';
import { PageQuery } from '../common';
import {
  COMPLIANCE_TOPICS,
  ComplianceNoteIn,
  DimensionsIn,
  HsCode,
  LeadTimeDays,
  Localized,
  LocalizedOut,
  MARKETS,
  Moq,
  PriceIdr,
  PriceTierIn,
  ProductCategory,
  ProductStatus,
  plainText,
  shortList,
  Technique,
} from './fields';

const productFields = {
  name: Localized(120, 1),
  description: Localized(5000),
  category: ProductCategory,
  technique: Technique.default('other'),
  materials: shortList(12).default([]),
  /** The plant species of a natural object (e.g. Ficus benjamina): a CITES check applies. */
  species: plainText(120).nullable().default(null),
  dimensions: DimensionsIn.nullable().default(null),
  weightG: z.number().positive('catalog:fields.measure_positive').max(1_000_000).nullable().default(null),
  finishes: shortList(12).default([]),
  priceIdr: PriceIdr,
  priceTiers: z.array(PriceTierIn).max(6, 'catalog:fields.too_many').default([]),
  moq: Moq,
  leadTimeDays: LeadTimeDays,
  monthlyCapacity: z
    .number()
    .int()
    .min(1, 'catalog:fields.capacity_min')
    .max(10_000_000)
    .nullable()
    .default(null),
  hsCode: HsCode.nullable().default(null),
  certifications: shortList(12).default([]),
  compliance: z.array(ComplianceNoteIn).max(12, 'catalog:fields.too_many').default([]),
  /** An electroforming batch of the maker whose QC is shown as evidence. */
  batchId: z.uuid('catalog:fields.batch').nullable().default(null),
};

/** A product's measured size as answered (mm; any side may be unknown). */
export const DimensionsOut = z
  .object({
    lengthMm: z.number().nullable(),
    widthMm: z.number().nullable(),
    heightMm: z.number().nullable(),
  })
  .nullable();

export const CreateProductBody = z.strictObject({
  businessId: z.uuid('catalog:fields.business'),
  ...productFields,
});
export type CreateProductBody = z.infer<typeof CreateProductBody>;

/** Every field optional; no defaults, so a missing field is left as it is. */
export const UpdateProductBody = z.strictObject({
  name: productFields.name.optional(),
  description: productFields.description.optional(),
  category: ProductCategory.optional(),
  technique: Technique.optional(),
  materials: shortList(12).optional(),
  species: plainText(120).nullable().optional(),
  dimensions: DimensionsIn.nullable().optional(),
  weightG: z.number().positive('catalog:fields.measure_positive').max(1_000_000).nullable().optional(),
  finishes: shortList(12).optional(),
  priceIdr: PriceIdr.optional(),
  priceTiers: z.array(PriceTierIn).max(6, 'catalog:fields.too_many').optional(),
  moq: Moq.optional(),
  leadTimeDays: LeadTimeDays.optional(),
  monthlyCapacity: z
    .number()
    .int()
    .min(1, 'catalog:fields.capacity_min')
    .max(10_000_000)
    .nullable()
    .optional(),
  hsCode: HsCode.nullable().optional(),
  certifications: shortList(12).optional(),
  compliance: z.array(ComplianceNoteIn).max(12, 'catalog:fields.too_many').optional(),
  batchId: z.uuid('catalog:fields.batch').nullable().optional(),
});
export type UpdateProductBody = z.infer<typeof UpdateProductBody>;

export const ReturnProductBody = z.strictObject({ note: plainText(1000, 1) });
export const FeatureProductBody = z.strictObject({ featured: z.boolean() });

export const Photo = z.object({
  id: z.uuid(),
  width: z.number().int(),
  height: z.number().int(),
  /** `/api/public/photos/<id>/<size>.<format>` */
  urls: z.object({ small: z.string(), large: z.string(), jpeg: z.string(), avif: z.string() }),
});
export type Photo = z.infer<typeof Photo>;

export const ProductPermissions = z.object({
  edit: z.boolean(),
  submit: z.boolean(),
  publish: z.boolean(),
  feature: z.boolean(),
});

export const Product = z.object({
  id: z.uuid(),
  slug: z.string(),
  status: ProductStatus,
  featured: z.boolean(),
  businessId: z.uuid(),
  businessName: z.string(),
  name: LocalizedOut,
  description: LocalizedOut,
  category: ProductCategory,
  technique: Technique,
  materials: z.array(z.string()),
  species: z.string().nullable(),
  dimensions: DimensionsOut,
  weightG: z.number().nullable(),
  finishes: z.array(z.string()),
  priceIdr: z.number(),
  priceTiers: z.array(z.object({ minQuantity: z.number(), priceIdr: z.number() })),
  moq: z.number(),
  leadTimeDays: z.number(),
  monthlyCapacity: z.number().nullable(),
  hsCode: z.string().nullable(),
  certifications: z.array(z.string()),
  compliance: z.array(
    z.object({ market: z.enum(MARKETS), topic: z.enum(COMPLIANCE_TOPICS), note: z.string() }),
  ),
  batchId: z.uuid().nullable(),
  photos: z.array(Photo),
  reviewNote: z.string().nullable(),
  submittedAt: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: ProductPermissions,
});
export type Product = z.infer<typeof Product>;

export const ProductListItem = Product.pick({
  id: true,
  slug: true,
  status: true,
  featured: true,
  businessId: true,
  businessName: true,
  name: true,
  category: true,
  priceIdr: true,
  moq: true,
  updatedAt: true,
}).extend({ photo: Photo.nullable() });
export type ProductListItem = z.infer<typeof ProductListItem>;

export const ProductList = z.object({
  items: z.array(ProductListItem),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type ProductList = z.infer<typeof ProductList>;

export const ListProductsQuery = PageQuery.extend({
  businessId: z.uuid().optional(),
  status: ProductStatus.optional(),
  q: z.string().trim().max(100).optional(),
});

export const ProductPhotoParams = z.strictObject({ id: z.uuid(), photoId: z.uuid() });
