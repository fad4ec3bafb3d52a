import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';
import { businesses } from './registry';

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

const created = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updated = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

type Localized = { id: string; en: string };

/** A product an IKM offers to buyers: draft → submitted → published (the office approves). */
export const catalogProducts = pgTable(
  'catalog_products',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    status: text('status', { enum: ['draft', 'submitted', 'published'] })
      .notNull()
      .default('draft'),
    featured: boolean('featured').notNull().default(false),
    name: jsonb('name').$type<Localized>().notNull(),
    description: jsonb('description').$type<Localized>().notNull(),
    category: text('category').notNull(),
    technique: text('technique').notNull(),
    materials: text('materials').array().notNull().default(sql`'{}'::text[]`),
    species: text('species'),
    dimensions: jsonb('dimensions').$type<{
      lengthMm: number | null;
      widthMm: number | null;
      heightMm: number | null;
    }>(),
    weightG: doublePrecision('weight_g'),
    finishes: text('finishes').array().notNull().default(sql`'{}'::text[]`),
    priceIdr: bigint('price_idr', { mode: 'number' }).notNull(),
    priceTiers: jsonb('price_tiers')
      .$type<{ minQuantity: number; priceIdr: number }[]>()
      .notNull()
      .default([]),
    moq: integer('moq').notNull(),
    leadTimeDays: integer('lead_time_days').notNull(),
    monthlyCapacity: integer('monthly_capacity'),
    hsCode: text('hs_code'),
    certifications: text('certifications').array().notNull().default(sql`'{}'::text[]`),
    compliance: jsonb('compliance')
      .$type<{ market: string; topic: string; note: string }[]>()
      .notNull()
      .default([]),
    batchId: uuid('batch_id'),
    /** Export readiness of the product, refreshed on every change of it (a public filter). */
    readinessScore: integer('readiness_score').notNull().default(0),
    /** Lower-cased names and materials in both languages, for the public search. */
    searchText: text('search_text').notNull().default(''),
    reviewNote: text('review_note'),
    createdBy: uuid('created_by').references(() => users.id, { onDelete: 'set null' }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    uniqueIndex('catalog_products_slug_key').on(t.slug),
    index('catalog_products_business_idx').on(t.businessId, t.updatedAt),
    index('catalog_products_published_idx')
      .on(t.featured.desc(), t.publishedAt.desc(), t.id)
      .where(sql`${t.status} = 'published'`),
    index('catalog_products_search_trgm_idx').using('gin', t.searchText.op('gin_trgm_ops')),
  ],
);

/** A product photo, resized once on upload into the sizes and formats the pages serve. */
export const catalogPhotos = pgTable(
  'catalog_photos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => catalogProducts.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    small: bytea('small_webp').notNull(),
    large: bytea('large_webp').notNull(),
    jpeg: bytea('large_jpeg').notNull(),
    avif: bytea('large_avif').notNull(),
    createdAt: created(),
  },
  (t) => [index('catalog_photos_product_idx').on(t.productId, t.position)],
);

/** A maker's public page: its slug and story (the business facts come from the registry). */
export const catalogMakers = pgTable(
  'catalog_makers',
  {
    businessId: uuid('business_id')
      .primaryKey()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    story: jsonb('story').$type<Localized>().notNull().default({ id: '', en: '' }),
    updatedAt: updated(),
  },
  (t) => [uniqueIndex('catalog_makers_slug_key').on(t.slug)],
);

/** A buyer's inquiry or quote request, sent without an account. */
export const catalogInquiries = pgTable(
  'catalog_inquiries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    productId: uuid('product_id')
      .notNull()
      .references(() => catalogProducts.id, { onDelete: 'cascade' }),
    businessId: uuid('business_id').notNull(),
    status: text('status', { enum: ['new', 'replied', 'quoted', 'won', 'lost'] })
      .notNull()
      .default('new'),
    quantity: integer('quantity').notNull(),
    targetPrice: doublePrecision('target_price'),
    targetCurrency: text('target_currency'),
    buyerName: text('buyer_name').notNull(),
    buyerEmail: text('buyer_email').notNull(),
    buyerCompany: text('buyer_company'),
    country: text('country').notNull(),
    locale: text('locale').notNull().default('en'),
    /** HMAC of the sender's address: the rate limit counts by it, the address itself is not kept. */
    senderKey: text('sender_key').notNull(),
    createdAt: created(),
    updatedAt: updated(),
  },
  (t) => [
    index('catalog_inquiries_business_idx').on(t.businessId, t.createdAt),
    index('catalog_inquiries_sender_idx').on(t.senderKey, t.createdAt),
    index('catalog_inquiries_email_idx').on(t.buyerEmail, t.createdAt),
  ],
);

export const catalogInquiryMessages = pgTable(
  'catalog_inquiry_messages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    inquiryId: uuid('inquiry_id')
      .notNull()
      .references(() => catalogInquiries.id, { onDelete: 'cascade' }),
    author: text('author', { enum: ['buyer', 'staff'] }).notNull(),
    authorUserId: uuid('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    authorName: text('author_name').notNull(),
    body: text('body').notNull(),
    mailedAt: timestamp('mailed_at', { withTimezone: true }),
    createdAt: created(),
  },
  (t) => [index('catalog_inquiry_messages_inquiry_idx').on(t.inquiryId, t.createdAt)],
);
