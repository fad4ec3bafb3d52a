import { NEED_CATEGORIES, NEED_LABELS } from './need-categories';
import type { ChoiceOption, Question } from './questions';

/*
 * The default "kunjungan pemantauan" form (../shared/domain/ikm.md, Monitoring). The funnel and
 * the needs inventory read the answers under the keys of FUNNEL_KEYS, so every later version
 * keeps those questions with their types (checked by validateFormDefinition).
 */

const YES_NO: ChoiceOption[] = [
  { value: 'yes', label: { id: 'Ya', en: 'Yes' } },
  { value: 'no', label: { id: 'Tidak', en: 'No' } },
];

export const SALES_CHANNELS: ChoiceOption[] = [
  { value: 'local_shop', label: { id: 'Toko / kios lokal', en: 'Local shop' } },
  { value: 'exhibition', label: { id: 'Pameran / bazar', en: 'Exhibition / bazaar' } },
  { value: 'marketplace', label: { id: 'Marketplace (Shopee, Tokopedia, …)', en: 'Marketplace' } },
  { value: 'social_media', label: { id: 'Media sosial', en: 'Social media' } },
  { value: 'reseller', label: { id: 'Reseller / pengepul', en: 'Reseller / collector' } },
  { value: 'export', label: { id: 'Ekspor', en: 'Export' } },
];

export const DEFAULT_FORM_TITLE = { id: 'Kunjungan pemantauan', en: 'Monitoring visit' };

export const DEFAULT_QUESTIONS: Question[] = [
  {
    key: 'producing',
    type: 'choice',
    required: true,
    label: { id: 'Masih memproduksi produk hasil pelatihan?', en: 'Still producing the trained product?' },
    options: YES_NO,
  },
  {
    key: 'piecesLastMonth',
    type: 'number',
    integer: true,
    min: 0,
    max: 1_000_000,
    label: { id: 'Jumlah produksi bulan lalu', en: 'Pieces produced last month' },
    unit: { id: 'buah', en: 'pieces' },
    showIf: { key: 'producing', equals: 'yes' },
  },
  {
    key: 'turnoverLastMonth',
    type: 'money',
    min: 0,
    max: 100_000_000_000,
    label: { id: 'Omzet bulan lalu (Rp)', en: 'Turnover last month (IDR)' },
  },
  {
    key: 'workers',
    type: 'number',
    integer: true,
    min: 0,
    max: 10_000,
    label: { id: 'Jumlah tenaga kerja', en: 'Workers' },
    unit: { id: 'orang', en: 'people' },
  },
  {
    key: 'salesChannels',
    type: 'multi_choice',
    label: { id: 'Saluran penjualan', en: 'Sales channels' },
    options: SALES_CHANNELS,
  },
  {
    key: 'sellsOutsideCity',
    type: 'choice',
    required: true,
    label: { id: 'Menjual ke luar kota?', en: 'Selling outside the city?' },
    options: YES_NO,
  },
  {
    key: 'exporting',
    type: 'choice',
    required: true,
    label: { id: 'Sudah ekspor?', en: 'Exporting?' },
    options: YES_NO,
  },
  {
    key: 'exportCountries',
    type: 'text',
    maxLength: 300,
    label: { id: 'Negara tujuan ekspor', en: 'Export destinations' },
    showIf: { key: 'exporting', equals: 'yes' },
  },
  {
    key: 'problems',
    type: 'text',
    multiline: true,
    maxLength: 2000,
    label: { id: 'Kendala yang dihadapi', en: 'Problems' },
  },
  {
    key: 'observedNeeds',
    type: 'multi_choice',
    label: { id: 'Kebutuhan yang teramati', en: 'Observed needs' },
    options: NEED_CATEGORIES.map((value) => ({ value, label: NEED_LABELS[value] })),
  },
  {
    key: 'needsNote',
    type: 'text',
    multiline: true,
    maxLength: 2000,
    label: { id: 'Keterangan kebutuhan', en: 'About the needs' },
    showIf: { key: 'observedNeeds', anyOf: [...NEED_CATEGORIES] },
  },
  { key: 'photos', type: 'photo', maxCount: 5, label: { id: 'Foto', en: 'Photos' } },
  { key: 'location', type: 'location', label: { id: 'Lokasi (GPS)', en: 'Location (GPS)' } },
];

/** Questions the funnel and the needs inventory read, with the type each must keep. */
export const FUNNEL_KEYS = {
  producing: 'choice',
  salesChannels: 'multi_choice',
  sellsOutsideCity: 'choice',
  exporting: 'choice',
  observedNeeds: 'multi_choice',
} as const;
