/*
 * Needs categories (bidang) of ../shared/domain/ikm.md. Visits record the needs an officer
 * observes by these codes; the needs inventory takes them over with the same codes.
 */
export const NEED_CATEGORIES = [
  'capital',
  'equipment',
  'raw_materials',
  'skills',
  'design',
  'packaging',
  'marketing',
  'digital',
  'certification',
  'ip',
  'licensing',
  'export',
  'premises',
] as const;
export type NeedCategory = (typeof NEED_CATEGORIES)[number];

export const NEED_LABELS: Record<NeedCategory, { id: string; en: string }> = {
  capital: { id: 'Permodalan', en: 'Capital' },
  equipment: { id: 'Peralatan / mesin', en: 'Equipment / machines' },
  raw_materials: { id: 'Bahan baku', en: 'Raw materials' },
  skills: { id: 'Keterampilan / pelatihan lanjutan', en: 'Skills / further training' },
  design: { id: 'Desain & pengembangan produk', en: 'Design & product development' },
  packaging: { id: 'Kemasan', en: 'Packaging' },
  marketing: { id: 'Pemasaran & promosi', en: 'Marketing & promotion' },
  digital: { id: 'Digitalisasi / e-commerce', en: 'Digital / e-commerce' },
  certification: { id: 'Sertifikasi & standar (halal, SNI)', en: 'Certification & standards (halal, SNI)' },
  ip: { id: 'HKI / merek', en: 'Intellectual property / trademark' },
  licensing: { id: 'Legalitas / perizinan (NIB)', en: 'Legality / licensing (NIB)' },
  export: { id: 'Kesiapan ekspor', en: 'Export readiness' },
  premises: { id: 'Tempat usaha', en: 'Business premises' },
};
