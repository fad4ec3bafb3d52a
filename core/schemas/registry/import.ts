import { z } from 'zod';
import { PageQuery, pageOf } from '#core/schemas/common';

/*
 * Contract of the spreadsheet import (POST /api/businesses/import) and its follow-ups.
 *
 * Progress: a small file can be imported in one request (200 with ImportResult). The web
 * wizard sends `async=true`: the server stores the upload, answers 202 with ImportAccepted at
 * once and runs the import in the background; poll `GET /api/imports/:id` (about once a
 * second) until `status` is `done` or `failed`. While running, `phase` goes
 * reading → matching → saving; `progress` (0–1) grows monotonically across the phases and is
 * what a progress bar shows; `processedRows` counts data rows read so far and `totalRows`
 * is known once the whole file has been read. On the embedded database a poll made during the
 * short `saving` phase is answered when saving ends.
 *
 * Wizard: upload with `dryRun=true` (nothing is written; same counts and problems a real run
 * would give) → show `errors`/`warnings` per row → upload again without dryRun → result, and
 * `rejectsUrl` for the rejected rows as XLSX (original cells + a reason column) to fix and
 * re-import.
 */

/**
 * The fields a spreadsheet column can be read into (the server's header wordings for each are
 * in server/features/registry/service/import/headers). `ignore` leaves a column unread.
 */
export const IMPORT_FIELDS = [
  'businessName',
  'brand',
  'legalForm',
  'nib',
  'npwp',
  'kbli',
  'kbliVersion',
  'subsector',
  'products',
  'address',
  'regency',
  'kecamatan',
  'kelurahan',
  'villageCode',
  'lat',
  'lng',
  'coordinates',
  'yearFounded',
  'ownerName',
  'ownerAddress',
  'nik',
  'gender',
  'birthYear',
  'birthDate',
  'birthPlaceDate',
  'age',
  'phone',
  'email',
  'education',
  'workersMale',
  'workersFemale',
  'workersTotal',
  'investmentIdr',
  'capacity',
  'capacityUnit',
  'outputQuantity',
  'outputValueIdr',
  'rawMaterials',
  'rawMaterialOrigin',
  'turnoverMonthlyIdr',
  'turnoverYearlyIdr',
  'turnoverIdr',
  'dataYear',
  'exportStatus',
  'exportCountries',
  'marketArea',
  'certifications',
  'pirt',
  'halal',
  'sni',
  'hki',
  'marketplaceLinks',
  'socialMedia',
  'website',
  'sentra',
  'notes',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** The uploader's choice for a column, keyed by its header as the import reported it. */
export const ColumnChoice = z.enum([...IMPORT_FIELDS, 'ignore']);
export type ColumnChoice = z.infer<typeof ColumnChoice>;
export const ColumnMapping = z
  .record(z.string().trim().min(1).max(200), ColumnChoice)
  .refine((m) => Object.keys(m).length <= 200, { error: 'registry-import:mapping.tooMany' });
export type ColumnMapping = z.infer<typeof ColumnMapping>;

/** `mapping` travels in the query string as JSON: {"Kapasitas/bln": "capacity", "Warna": "ignore"}. */
const mappingParam = z
  .string()
  .max(20_000)
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.addIssue({ code: 'custom', message: 'registry-import:mapping.notJson' });
      return z.NEVER;
    }
  })
  .pipe(ColumnMapping);

const flag = z
  .enum(['true', 'false', '1', '0'])
  .optional()
  .transform((v) => v === 'true' || v === '1');

export const ImportQuery = z.object({
  /** Preview: everything is checked and counted, nothing is saved. */
  dryRun: flag,
  /** Answer 202 at once and run in the background (progress through GET /api/imports/:id). */
  async: flag,
  /** Data year for rows without one, when the title row names none ("DATA IKM … TAHUN 2021"). */
  dataYear: z.coerce.number().int().min(1990).max(2100).optional(),
  /** What a plain "Omzet" column means; without it such a column is not imported. */
  turnoverPeriod: z.enum(['month', 'year']).optional(),
  /** Column choices of the mapping step; columns not named are read by their header. */
  mapping: mappingParam.optional(),
});
export type ImportQuery = z.input<typeof ImportQuery>;
export type ImportOptions = z.output<typeof ImportQuery>;

export const IMPORT_STATUSES = ['running', 'done', 'failed'] as const;
export const IMPORT_PHASES = ['reading', 'matching', 'saving', 'done'] as const;

/** One problem. `row` is the row number Excel shows (null: about the file or a column). */
export const ImportIssue = z.object({
  row: z.number().int().nullable(),
  /** Sheet name, for workbooks with more than one data sheet. */
  sheet: z.string().optional(),
  /** The column's header text as written in the file; null when the issue is not one cell's. */
  column: z.string().nullable(),
  /** In the requester's language. */
  message: z.string(),
  /** Stable catalog key, e.g. `registry-validation:nik.length`, for tests and UI icons. */
  code: z.string(),
  /** The business name written in that row, so a person finds it without counting rows. */
  name: z.string().optional(),
});
export type ImportIssue = z.infer<typeof ImportIssue>;

const counts = {
  /** Data rows read (empty, heading and total rows are not data rows). */
  total: z.number().int(),
  created: z.number().int(),
  updated: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.number().int(),
};

const importBase = {
  importId: z.uuid(),
  fileName: z.string(),
  dryRun: z.boolean(),
  status: z.enum(IMPORT_STATUSES),
  phase: z.enum(IMPORT_PHASES),
  processedRows: z.number().int(),
  totalRows: z.number().int().nullable(),
  progress: z.number().min(0).max(1),
  dataYear: z.number().int().nullable(),
  ...counts,
  /** Why a failed import stopped (nothing was saved), in the requester's language. */
  failure: z.string().nullable(),
  /** Download of the rejected rows, when there are any. */
  rejectsUrl: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
};

export const COLUMN_STATUSES = [
  'recognized',
  'mapped',
  'ignored',
  'rowNumber',
  'unrecognized',
  'duplicate',
] as const;

/** One column of a sheet as the import read it, for the column-mapping step. */
export const ImportColumn = z.object({
  sheet: z.string(),
  /** Spreadsheet letter (A, B, … AB). */
  letter: z.string(),
  /** Header as read; a grouped header is "Group / Sub". This is the key of a mapping. */
  header: z.string(),
  field: z.enum(IMPORT_FIELDS).nullable(),
  /** recognized by its header, mapped by the uploader, ignored by the uploader, the sheet's own
   * row numbers, not recognized (left unread), or a second column for a field already taken. */
  status: z.enum(COLUMN_STATUSES),
  /** First value below the header (personal data and long digit runs masked). */
  sample: z.string().nullable(),
});
export type ImportColumn = z.infer<typeof ImportColumn>;

/** The answer of a synchronous import and of GET /api/imports/:id. */
export const ImportResult = z.object({
  ...importBase,
  /** One entry per reason a row was rejected (a row may have several). */
  errors: z.array(ImportIssue),
  /** Imported with a remark, and notes about the file (empty rows, headings, data year). */
  warnings: z.array(ImportIssue),
  /** Headers that were not understood; their columns were not imported. */
  unrecognizedColumns: z.array(z.string()),
  /** Every column of every data sheet: what it was read as, or why not, with a sample. */
  columns: z.array(ImportColumn),
});
export type ImportResult = z.infer<typeof ImportResult>;

export const ImportAccepted = z.object({
  importId: z.uuid(),
  status: z.literal('running'),
  statusUrl: z.string(),
});
export type ImportAccepted = z.infer<typeof ImportAccepted>;

export const ImportSummary = z.object({
  ...importBase,
  errorCount: z.number().int(),
  warningCount: z.number().int(),
});
export type ImportSummary = z.infer<typeof ImportSummary>;

export const ListImportsQuery = PageQuery.extend({
  dryRun: z.enum(['true', 'false']).optional(),
});
export const ImportList = pageOf(ImportSummary);
export type ImportList = z.infer<typeof ImportList>;
