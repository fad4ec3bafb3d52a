import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from './auth';

// Drizzle has no tsvector column type; only the database reads it.
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const live = (t: { deletedAt: AnyPgColumn; mergedIntoId: AnyPgColumn }) =>
  sql`${t.deletedAt} is null and ${t.mergedIntoId} is null`;

/** Kemendagri hierarchy from idn-area-data: province 35, regency 35.73, district 35.73.05, village 35.73.05.1001. */
export const regions = pgTable(
  'regions',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    level: text('level', { enum: ['province', 'regency', 'district', 'village'] }).notNull(),
    name: text('name').notNull(),
  },
  (t) => [index('regions_parent_idx').on(t.parentCode), index('regions_level_idx').on(t.level)],
);

/** A person who owns one or more businesses. NIK is personal data (UU PDP): encrypted + keyed hash. */
export const owners = pgTable(
  'owners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    /** AES-256-GCM ciphertext of the 16 digits (server/lib/pii.ts); null when unknown or erased. */
    nikCipher: text('nik_cipher'),
    /** HMAC-SHA256 of the NIK under a key derived from ENCRYPTION_KEY, for duplicate checks. */
    nikHash: text('nik_hash'),
    /** `3573••••••••0001`: what the UI and API show. */
    nikMasked: text('nik_masked'),
    gender: text('gender'),
    birthYear: integer('birth_year'),
    /** Decoded from a valid NIK (its gender too), kept so the owner tab need not decrypt it. */
    birthDate: date('birth_date'),
    phone: text('phone'),
    email: text('email'),
    education: text('education'),
    address: text('address'),
    /** The ikm_owner account that may see and edit this person's businesses. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    consentAt: timestamp('consent_at', { withTimezone: true }),
    consentNoticeVersion: text('consent_notice_version'),
    consentRecordedBy: uuid('consent_recorded_by'),
    /** Set when the person asked to be erased: personal fields are cleared, statistics kept. */
    erasedAt: timestamp('erased_at', { withTimezone: true }),
    source: text('source').notNull().default('manual'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('owners_nik_hash_key').on(t.nikHash).where(sql`${t.nikHash} is not null`),
    index('owners_user_idx').on(t.userId),
    index('owners_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
  ],
);

export const businesses = pgTable(
  'businesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    name: text('name').notNull(),
    brand: text('brand'),
    legalForm: text('legal_form'),
    nib: text('nib'),
    npwp: text('npwp'),
    /** [{ code: '32111', version: 2020 }] */
    kbli: jsonb('kbli').$type<{ code: string; version: 2020 | 2025 }[]>().notNull().default([]),
    subsector: text('subsector').notNull().default('lainnya'),
    address: text('address'),
    villageCode: text('village_code').references(() => regions.code),
    /** Kecamatan, denormalized from the village for scoping officers; required. */
    districtCode: text('district_code')
      .notNull()
      .references(() => regions.code),
    regencyCode: text('regency_code').notNull(),
    lat: numeric('lat', { precision: 9, scale: 6 }),
    lng: numeric('lng', { precision: 9, scale: 6 }),
    yearFounded: integer('year_founded'),
    sentra: text('sentra'),
    /** [{ kind: 'marketplace' | 'instagram' | 'facebook' | 'website' | 'whatsapp' | 'other', url }] */
    links: jsonb('links').$type<{ kind: string; url: string }[]>().notNull().default([]),
    exportStatus: text('export_status').notNull().default('belum'),
    exportCountries: text('export_countries').array().notNull().default(sql`'{}'::text[]`),
    notes: text('notes'),
    /** Product words ("tas anyaman", "keranjang"): what buyers and office workers search for. */
    products: text('products').array().notNull().default(sql`'{}'::text[]`),
    /** Where the record came from: survey, import, officer_visit, owner_self_update, manual. */
    source: text('source').notNull().default('manual'),
    sourceDetail: text('source_detail'),
    /** Set on the record that was merged into another; such rows are hidden everywhere. */
    mergedIntoId: uuid('merged_into_id'),
    /*
     * The latest snapshot's figures, kept by triggers on business_snapshots (migration
     * 0004): lists sort by turnover/workers over 100k rows without a join per row.
     */
    latestDataYear: integer('latest_data_year'),
    latestTurnoverYearlyIdr: bigint('latest_turnover_yearly_idr', { mode: 'number' }),
    latestWorkers: integer('latest_workers'),
    /** Data years with a snapshot and certification types held, kept by the same triggers (0008), so the list filters are index lookups. */
    dataYears: integer('data_years').array().notNull().default(sql`'{}'::integer[]`),
    certificationTypes: text('certification_types').array().notNull().default(sql`'{}'::text[]`),
    /** Names of the linked owners, kept by triggers on business_owners and owners (migration 0005). */
    ownerNames: text('owner_names').notNull().default(''),
    /** The owners' phone numbers as digits (628…), kept by the same triggers (migration 0018): search only. */
    ownerPhones: text('owner_phones').notNull().default(''),
    /** Names of the kelurahan and kecamatan, kept by a row trigger (migration 0018): search only. */
    placeNames: text('place_names').notNull().default(''),
    /**
     * Word-prefix full-text search over the same plus subsector, product and place words and the
     * owners' phone digits: one GIN lookup answers a multi-word query.
     */
    searchVector: tsvector('search_vector').generatedAlwaysAs(
      sql`to_tsvector('simple'::regconfig, name || ' ' || coalesce(brand, '') || ' ' || coalesce(nib, '') || ' ' || owner_names || ' ' || replace(subsector, '_', ' ') || ' ' || search_join(products) || ' ' || place_names || ' ' || owner_phones)`,
    ),
    deletedAt: timestamp('deleted_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('businesses_nib_key')
      .on(t.nib)
      .where(sql`${t.nib} is not null and ${t.deletedAt} is null and ${t.mergedIntoId} is null`),
    index('businesses_district_idx').on(t.districtCode),
    index('businesses_village_idx').on(t.villageCode),
    index('businesses_subsector_idx').on(t.subsector),
    index('businesses_name_trgm_idx').using('gin', t.name.op('gin_trgm_ops')),
    // Listing only ever reads live records: partial indexes keep sorting and paging cheap.
    // (No trigram index over brand or the whole search text: typos are corrected against the
    // short search_words list instead, and every GIN index on this table slows each import.)
    index('businesses_search_fts_idx').using('gin', t.searchVector).where(live(t)),
    index('businesses_live_name_idx').on(sql`lower(${t.name}) COLLATE "C"`, t.id).where(live(t)),
    index('businesses_live_district_name_idx')
      .on(t.districtCode, sql`lower(${t.name}) COLLATE "C"`, t.id)
      .where(live(t)),
    index('businesses_live_updated_idx').on(t.updatedAt.desc(), t.id).where(live(t)),
    index('businesses_merged_into_idx').on(t.mergedIntoId),
    index('businesses_data_years_idx').using('gin', t.dataYears).where(live(t)),
    index('businesses_certification_types_idx').using('gin', t.certificationTypes).where(live(t)),
    index('businesses_live_turnover_idx')
      .on(sql`${t.latestTurnoverYearlyIdr} DESC NULLS LAST`, sql`lower(${t.name}) COLLATE "C"`, t.id)
      .where(live(t)),
  ],
);

/**
 * Words of business and owner names (kept by a trigger on businesses, migration 0007): a typo
 * is corrected against this short list by trigram similarity, then searched like any word.
 */
export const searchWords = pgTable('search_words', { word: text('word').primaryKey() }, (t) => [
  index('search_words_trgm_idx').using('gin', t.word.op('gin_trgm_ops')),
]);

export const businessOwners = pgTable(
  'business_owners',
  {
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    ownerId: uuid('owner_id')
      .notNull()
      .references(() => owners.id, { onDelete: 'cascade' }),
    isPrimary: boolean('is_primary').notNull().default(true),
  },
  (t) => [
    primaryKey({ columns: [t.businessId, t.ownerId] }),
    index('business_owners_owner_idx').on(t.ownerId),
  ],
);

/** Yearly figures (tahun data) following Permenperin 13/2025; several sources may report one year. */
export const businessSnapshots = pgTable(
  'business_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    dataYear: integer('data_year').notNull(),
    workersMale: integer('workers_male'),
    workersFemale: integer('workers_female'),
    /** Total workers; the male/female split is optional. When both parts are known it is their sum. */
    workersTotal: integer('workers_total'),
    investmentIdr: bigint('investment_idr', { mode: 'number' }),
    capacity: numeric('capacity'),
    capacityUnit: text('capacity_unit'),
    /** The period the capacity is stated for: day, week, month or year ("± 250 buah/bulan"). */
    capacityPeriod: text('capacity_period'),
    outputQuantity: numeric('output_quantity'),
    outputValueIdr: bigint('output_value_idr', { mode: 'number' }),
    rawMaterials: text('raw_materials'),
    turnoverMonthlyIdr: bigint('turnover_monthly_idr', { mode: 'number' }),
    turnoverYearlyIdr: bigint('turnover_yearly_idr', { mode: 'number' }),
    /**
     * Figures written as approximations ("± 250", "sekitar 1.000", "100-150"): their field names.
     * A range is stored as its middle.
     */
    estimatedFields: text('estimated_fields').array().notNull().default(sql`'{}'::text[]`),
    source: text('source').notNull(),
    sourceDetail: text('source_detail'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    recordedBy: uuid('recorded_by'),
  },
  (t) => [
    index('business_snapshots_business_idx').on(t.businessId, t.dataYear),
    index('business_snapshots_year_idx').on(t.dataYear, t.businessId),
  ],
);

export const certifications = pgTable(
  'certifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    businessId: uuid('business_id')
      .notNull()
      .references(() => businesses.id, { onDelete: 'cascade' }),
    /** pirt, halal, sni, hki, lainnya */
    type: text('type').notNull(),
    label: text('label'),
    number: text('number'),
    issuedAt: date('issued_at'),
    expiresAt: date('expires_at'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('certifications_business_idx').on(t.businessId), index('certifications_type_idx').on(t.type)],
);

/** One problem of an import, stored as a catalog key so it is shown in the reader's language. */
export type ImportIssueRecord = {
  /** Spreadsheet row as Excel shows it; null for file-level notes. */
  row: number | null;
  sheet?: string;
  /** Header text of the column (or its letter when the header is empty); null when not one cell. */
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
  /** The business name written in the row, shown next to the row number. */
  name?: string;
};

/** One column of an imported sheet, for the column-mapping step. */
export type ImportColumnRecord = {
  sheet: string;
  /** Spreadsheet letter: A, B, … AB. */
  letter: string;
  header: string;
  /** The field it was read into; null when it was left unread. */
  field: string | null;
  /** recognized / mapped (chosen by the uploader) / ignored / unrecognized / duplicate / unused. */
  status: string;
  /** First non-empty value below the header (long digit runs masked: this may be a NIK). */
  sample: string | null;
};

/** A cell as read; dates are tagged so a rejects file gives them back as dates. */
export type StoredCell = string | number | boolean | null | { date: string };

/** One spreadsheet import (or dry run): progress, counts, problems and the rejected rows. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    fileName: text('file_name').notNull(),
    /** SHA-256 of the file bytes. */
    fileHash: text('file_hash').notNull(),
    fileSize: integer('file_size').notNull().default(0),
    dryRun: boolean('dry_run').notNull().default(false),
    status: text('status', { enum: ['running', 'done', 'failed'] }).notNull(),
    /** reading → matching → saving while running (see core/schemas/registry-import.ts). */
    phase: text('phase').notNull().default('reading'),
    processedRows: integer('processed_rows').notNull().default(0),
    /** Known once the whole file has been read. */
    totalRows: integer('total_rows'),
    /** Options the import ran with: dataYear, turnoverPeriod. */
    options: jsonb('options').$type<Record<string, unknown>>().notNull().default({}),
    dataYear: integer('data_year'),
    total: integer('total').notNull().default(0),
    created: integer('created').notNull().default(0),
    updated: integer('updated').notNull().default(0),
    duplicates: integer('duplicates').notNull().default(0),
    rejected: integer('rejected').notNull().default(0),
    /** Why a row was rejected, one entry per problem. */
    errors: jsonb('errors').$type<ImportIssueRecord[]>().notNull().default([]),
    /** What was imported with a remark, and file-level notes (empty rows, columns not read). */
    warnings: jsonb('warnings').$type<ImportIssueRecord[]>().notNull().default([]),
    unrecognizedColumns: jsonb('unrecognized_columns').$type<string[]>().notNull().default([]),
    /** Every column of every data sheet: header, what it was read as (or why not), a sample. */
    columns: jsonb('columns').$type<ImportColumnRecord[]>().notNull().default([]),
    /** Header rows and rejected rows as read (NIK cells blanked), per sheet, for the rejects download. */
    rejects: jsonb('rejects').$type<{
      sheets: {
        name: string;
        /** Title and header rows as read; the last `headerRows` of them are the header. */
        header: StoredCell[][];
        headerRows?: number;
        rows: { row: number; cells: StoredCell[]; nikRemoved?: boolean }[];
      }[];
    }>(),
    /** What stopped a failed import: JSON of a catalog key and its params. */
    failure: text('failure'),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** Touched while a job runs; a running import without a recent heartbeat was interrupted. */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('imports_created_idx').on(t.createdBy, t.createdAt)],
);
