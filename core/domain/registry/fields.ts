import { BUSINESS_HEADER_SYNONYMS } from './header-synonyms-business';
import { FIGURES_HEADER_SYNONYMS } from './header-synonyms-figures';
import { MARKET_HEADER_SYNONYMS } from './header-synonyms-market';
import { PERSON_HEADER_SYNONYMS } from './header-synonyms-person';

/**
 * The fields an office spreadsheet can fill, and the header texts seen for each. Headers are
 * compared as compact keys (case, spaces, punctuation, "Rp" and "per" ignored), so list each
 * wording once. A key listed under two fields throws at load time (see header-map.ts).
 */
export const CANONICAL_FIELDS = [
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

export const HEADER_SYNONYMS: Record<CanonicalField, readonly string[]> = {
  ...BUSINESS_HEADER_SYNONYMS,
  ...PERSON_HEADER_SYNONYMS,
  ...FIGURES_HEADER_SYNONYMS,
  ...MARKET_HEADER_SYNONYMS,
};
