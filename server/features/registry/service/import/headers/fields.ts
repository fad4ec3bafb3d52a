/**
 * The fields an office spreadsheet can fill. The header texts seen for each are in
 * synonyms-*.ts, gathered by synonyms.ts.
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
