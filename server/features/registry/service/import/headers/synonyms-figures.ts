import type { CanonicalField } from './fields';

function cross(groups: readonly string[], subs: readonly string[]): string[] {
  return groups.flatMap((g) => subs.map((s) => `${g} ${s}`));
}

const WORKER_GROUPS = [
  'tenaga kerja',
  'TK',
  'jumlah tenaga kerja',
  'jumlah TK',
  'jml TK',
  'total tenaga kerja',
  'karyawan',
  'jumlah karyawan',
  'pekerja',
  'jumlah pekerja',
  'naker',
  'penyerapan tenaga kerja',
  'workers',
  'employees',
  'number of workers',
];
const MALE = ['L', 'Lk', 'laki', 'laki-laki', 'laki2', 'pria', 'male', 'men'];
const FEMALE = ['P', 'Pr', 'perempuan', 'wanita', 'W', 'female', 'women'];
const TOTAL = ['jumlah', 'jml', 'total', 'L+P', 'L dan P', 'orang'];
const TURNOVER_GROUPS = [
  'omzet',
  'omset',
  'omzet rata-rata',
  'rata-rata omzet',
  'omset rata-rata',
  'rata-rata omset',
  'penjualan',
  'nilai penjualan',
  'pendapatan',
  'turnover',
  'sales',
  'revenue',
];
const MONTHLY = ['bulan', 'bln', 'perbulan', 'bulanan', 'monthly', 'month'];
const DAILY = ['hari', 'hr', 'harian', 'day', 'daily'];
const WEEKLY = ['minggu', 'mgg', 'mingguan', 'week', 'weekly'];
const YEARLY = ['tahun', 'thn', 'th', 'pertahun', 'tahunan', 'annual', 'yearly', 'year'];

/** Header wordings for the yearly figures (Permenperin 13/2025 small-industry fields). */
export const FIGURES_HEADER_SYNONYMS = {
  workersMale: cross(WORKER_GROUPS, MALE),
  workersFemale: cross(WORKER_GROUPS, FEMALE),
  workersTotal: [...WORKER_GROUPS, ...cross(WORKER_GROUPS, TOTAL)],
  investmentIdr: [
    'Investasi',
    'Nilai Investasi',
    'Modal',
    'Modal Usaha',
    'Nilai Modal',
    'Aset',
    'Nilai Aset',
    'Investasi Mesin/Peralatan',
    'Investment',
    'Investment Value',
  ],
  capacity: [
    ...cross(
      ['Kapasitas', 'Kapasitas Produksi', 'Kap Produksi', 'Kap'],
      [...DAILY, ...WEEKLY, ...MONTHLY, ...YEARLY],
    ),
    'Kapasitas',
    'Kapasitas Produksi',
    'Kapasitas Terpasang',
    'Capacity',
    'Production Capacity',
  ],
  capacityUnit: ['Satuan', 'Satuan Kapasitas', 'Satuan Produksi', 'Unit', 'Capacity Unit'],
  outputQuantity: [
    ...cross(
      ['Produksi', 'Jumlah Produksi', 'Volume Produksi', 'Realisasi Produksi', 'Hasil Produksi'],
      YEARLY,
    ),
    'Jumlah Produksi',
    'Volume Produksi',
    'Produksi',
    'Realisasi Produksi',
    'Output',
    'Output Quantity',
  ],
  outputValueIdr: [
    ...cross(['Nilai Produksi', 'Nilai Output', 'Nilai Hasil Produksi'], YEARLY),
    'Nilai Hasil Produksi',
    'Nilai Produksi Setahun',
    'Nilai Produksi',
    'Nilai Output',
    'Nilai Produksi Tahun',
    'Output Value',
    'Production Value',
  ],
  rawMaterials: [
    'Bahan Baku',
    'Bahan Baku Utama',
    'Jenis Bahan Baku',
    'Bahan',
    'Raw Material',
    'Raw Materials',
  ],
  rawMaterialOrigin: ['Asal Bahan Baku', 'Sumber Bahan Baku', 'Raw Material Origin'],
  turnoverMonthlyIdr: [
    ...cross(TURNOVER_GROUPS, MONTHLY),
    'Monthly Turnover',
    'Monthly Sales',
    'Monthly Revenue',
  ],
  turnoverYearlyIdr: [
    ...cross(TURNOVER_GROUPS, YEARLY),
    'Annual Turnover',
    'Annual Sales',
    'Yearly Turnover',
    'Annual Revenue',
  ],
  // Omzet with no period: a 12x error if guessed, so it gets its own field and the importer asks.
  turnoverIdr: TURNOVER_GROUPS,
  dataYear: ['Tahun Data', 'Th Data', 'Thn Data', 'Data Tahun', 'Tahun Pendataan', 'Data Year'],
} satisfies Partial<Record<CanonicalField, readonly string[]>>;
