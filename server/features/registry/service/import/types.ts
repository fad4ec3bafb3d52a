import type {
  CertificationItem,
  EducationLevel,
  ExportStatus,
  Kbli,
  LegalForm,
  Subsector,
} from '#core/domain/registry';

/** A problem with one row (or, with row null, the whole file), as a catalog key. */
export type RowIssue = {
  column: string | null;
  key: string;
  params?: Record<string, string | number>;
};

export type Link = { kind: string; url: string };

export type BusinessData = {
  name: string;
  /** Name folded for matching: case, accents, punctuation and the legal form ignored. */
  nameKey: string;
  brand: string | null;
  legalForm: LegalForm | null;
  nib: string | null;
  npwp: string | null;
  kbli: Kbli[];
  subsector: Subsector | null;
  /** Read from the products or the name rather than a subsector column: only fills a blank. */
  subsectorGuessed: boolean;
  address: string | null;
  districtCode: string;
  villageCode: string | null;
  lat: number | null;
  lng: number | null;
  yearFounded: number | null;
  sentra: string | null;
  links: Link[];
  exportStatus: ExportStatus | null;
  exportCountries: string[];
  /** Product words ("tas anyaman", "keranjang"): searched by buyers and office workers. */
  products: string[];
  /** "Pemasaran: …", other licences and the notes column: appended to the record's notes once. */
  noteLines: string[];
};

export type OwnerData = {
  name: string;
  nameKey: string;
  nik: string | null;
  nikHash: string | null;
  gender: 'male' | 'female' | null;
  birthYear: number | null;
  /** Decoded from a valid NIK, else a full birth date column (ISO). */
  birthDate: string | null;
  phone: string | null;
  email: string | null;
  education: EducationLevel | null;
  address: string | null;
};

export const FIGURE_FIELDS = [
  'workersMale',
  'workersFemale',
  'workersTotal',
  'investmentIdr',
  'capacity',
  'capacityUnit',
  'capacityPeriod',
  'outputQuantity',
  'outputValueIdr',
  'rawMaterials',
  'turnoverMonthlyIdr',
  'turnoverYearlyIdr',
] as const;
export type FigureField = (typeof FIGURE_FIELDS)[number];
export type FigureData = Record<FigureField, number | string | null>;

/** One accepted data row, normalized. */
export type ImportRecord = {
  sheet: string;
  row: number;
  dataYear: number;
  business: BusinessData;
  owner: OwnerData | null;
  figures: FigureData;
  /** Figures written as approximations or ranges (a range is kept as its middle). */
  estimated: FigureField[];
  certifications: CertificationItem[];
  warnings: RowIssue[];
};

export type RowOutcome =
  | { ok: true; record: ImportRecord }
  | { ok: false; sheet: string; row: number; errors: RowIssue[]; warnings: RowIssue[] };

export type Counts = {
  total: number;
  created: number;
  updated: number;
  duplicates: number;
  rejected: number;
};
