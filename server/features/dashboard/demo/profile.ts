import type { NeedCategory } from '#core/domain/monitoring';
import type { Subsector } from '#core/domain/registry';

/*
 * The shape of the demo data (documented in README "Demo data"). Figures follow the office's
 * own descriptions (../shared/domain/ikm.md): micro businesses of one to a few dozen workers,
 * yearly turnover in the tens to hundreds of millions of Rupiah with a long tail, batik/textile
 * and wood the largest subsectors, registrations rising year after year.
 */

export type Scale = 'city' | 'province';

export const SCALES: Record<
  Scale,
  { businesses: number; visits: number; needs: number; events: number; supports: number }
> = {
  city: { businesses: 5_000, visits: 50_000, needs: 20_000, events: 200, supports: 600 },
  province: { businesses: 500_000, visits: 5_000_000, needs: 2_000_000, events: 20_000, supports: 60_000 },
};

/** First month of registrations and data. */
export const START_YEAR = 2019;

/** Share of businesses and the median yearly turnover (Rp) of each subsector. */
export const SUBSECTOR_PROFILE: Record<Subsector, { share: number; turnover: number; piecePrice: number }> = {
  batik_tekstil: { share: 0.2, turnover: 90_000_000, piecePrice: 150_000 },
  kayu: { share: 0.15, turnover: 120_000_000, piecePrice: 250_000 },
  anyaman: { share: 0.1, turnover: 50_000_000, piecePrice: 60_000 },
  kulit: { share: 0.09, turnover: 100_000_000, piecePrice: 200_000 },
  keramik: { share: 0.08, turnover: 70_000_000, piecePrice: 80_000 },
  logam: { share: 0.07, turnover: 150_000_000, piecePrice: 300_000 },
  perhiasan: { share: 0.07, turnover: 180_000_000, piecePrice: 400_000 },
  electroforming: { share: 0.04, turnover: 120_000_000, piecePrice: 350_000 },
  lainnya: { share: 0.2, turnover: 60_000_000, piecePrice: 50_000 },
};

/** Kota Malang's kecamatan by the share of its IKM (larger residential districts hold more). */
export const CITY_DISTRICT_SHARE: Record<string, number> = {
  Kedungkandang: 0.24,
  Sukun: 0.23,
  Lowokwaru: 0.21,
  Blimbing: 0.2,
  Klojen: 0.12,
};

/** How often each need is observed; craft businesses name marketing and capital first. */
export const NEED_WEIGHTS: readonly (readonly [NeedCategory, number])[] = [
  ['marketing', 18],
  ['capital', 16],
  ['packaging', 12],
  ['digital', 11],
  ['equipment', 9],
  ['design', 7],
  ['raw_materials', 6],
  ['licensing', 6],
  ['certification', 5],
  ['skills', 4],
  ['ip', 3],
  ['export', 2],
  ['premises', 1],
];

/** Needs a subsector names more often than average (×2). */
export const SUBSECTOR_NEEDS: Partial<Record<Subsector, NeedCategory[]>> = {
  electroforming: ['equipment', 'skills', 'raw_materials'],
  logam: ['equipment', 'export'],
  kayu: ['raw_materials', 'design'],
  keramik: ['equipment', 'premises'],
  anyaman: ['design', 'packaging'],
  batik_tekstil: ['digital', 'ip'],
  kulit: ['raw_materials', 'certification'],
  perhiasan: ['certification', 'export', 'ip'],
  lainnya: ['licensing', 'capital'],
};

export const NAME_PARTS = {
  kind: ['Kerajinan', 'Batik', 'Anyaman', 'Gerabah', 'Kriya', 'Ukir', 'Perak', 'Kulit', 'Tenun', 'Topeng'],
  word: [
    'Sari',
    'Jaya',
    'Makmur',
    'Indah',
    'Abadi',
    'Lestari',
    'Mulya',
    'Sentosa',
    'Rejeki',
    'Barokah',
    'Sejahtera',
    'Arema',
    'Kencana',
    'Mandiri',
  ],
  first: [
    'Siti',
    'Budi',
    'Rina',
    'Ahmad',
    'Dewi',
    'Eko',
    'Sri',
    'Joko',
    'Nur',
    'Agus',
    'Wahyu',
    'Yuli',
    'Hadi',
    'Endang',
    'Rudi',
    'Ani',
  ],
  last: [
    'Aminah',
    'Santoso',
    'Wati',
    'Fauzi',
    'Lestari',
    'Prasetyo',
    'Susilo',
    'Kartika',
    'Hidayat',
    'Rahayu',
    'Setiawan',
    'Utami',
  ],
};

export const NEEDS_NOTES = [
  'Butuh pelatihan foto produk untuk marketplace.',
  'Kemasan masih plastik polos, perlu desain label.',
  'Modal kerja terbatas untuk membeli bahan baku.',
  'Mesin lama sering rusak, perlu peremajaan.',
  'Belum punya NIB, perlu pendampingan OSS.',
  'Ingin ikut pameran di luar kota.',
  'Perlu sertifikasi halal untuk masuk toko oleh-oleh.',
  'Merek belum didaftarkan ke DJKI.',
];

export const PROBLEMS = [
  'Harga bahan baku naik.',
  'Pesanan turun setelah musim liburan.',
  'Sulit mencari tenaga kerja terampil.',
  'Pembeli meminta kemasan yang lebih baik.',
  '',
];
