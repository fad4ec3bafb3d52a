import { IMPORT_FIELDS } from '#core/schemas/registry';
/**
 * The fields an office spreadsheet can fill. The header texts seen for each are in
 * synonyms-*.ts, gathered by synonyms.ts.
 */
export const CANONICAL_FIELDS = IMPORT_FIELDS;

export type CanonicalField = (typeof CANONICAL_FIELDS)[number];

/** Money columns, whose headers may carry a scale such as "(Rp 000)". */
export const MONEY_FIELDS: ReadonlySet<CanonicalField> = new Set([
  'investmentIdr',
  'outputValueIdr',
  'turnoverMonthlyIdr',
  'turnoverYearlyIdr',
  'turnoverIdr',
]);

/** "No", "No.", "NO URUT", "#": the sheet's own row numbers, ignored but not "unrecognized". */
export const ROW_NUMBER_HEADERS = ['No', 'Nomor', 'No Urut', 'Nomor Urut', 'Urut', 'Nmr', 'Nr', 'Number'];
