/*
 * Export readiness: a score out of 100 per IKM and per product, from five areas of 20 points
 * each (legality, compliance, capacity and continuity, quality evidence, presentation). Every
 * check that fails is a gap that says what to do and which need category (the needs
 * inventory's bidang) answers it. Pure: the facts are gathered by the server.
 */

export const READINESS_AREAS = ['legality', 'compliance', 'capacity', 'quality', 'presentation'] as const;
export type ReadinessArea = (typeof READINESS_AREAS)[number];

/** Need categories (bidang) of domain/ikm.md a gap maps to. */
export type GapNeedCategory =
  | 'licensing'
  | 'ip'
  | 'certification'
  | 'export'
  | 'equipment'
  | 'skills'
  | 'marketing'
  | 'digital'
  | 'design';

export type Gap = {
  /** Stable key, also the catalog key `catalog:gaps.<key>` of what to do. */
  key: string;
  area: ReadinessArea;
  /** Points this gap costs. */
  points: number;
  needCategory: GapNeedCategory;
  priority: 'high' | 'medium' | 'low';
  /** The product the gap is about, when it is about one. */
  productId?: string;
};

export type ProductFacts = {
  id: string;
  nameEn: string;
  descriptionEn: string;
  photoCount: number;
  hsCode: string | null;
  jewellery: boolean;
  /** A plant species named in the materials (CITES check). */
  species: string | null;
  /** A note on the EU limits for nickel, cadmium and lead (jewellery). */
  euMetalsNote: boolean;
  /** A CITES note for the species. */
  citesNote: boolean;
  moq: number;
  monthlyCapacity: number | null;
  leadTimeDays: number;
  /** Batch QC of a linked electroforming batch. */
  qc: { pieces: number; passed: number } | null;
  certifications: string[];
};

export type BusinessFacts = {
  hasNib: boolean;
  certificationTypes: string[];
  workers: number | null;
  hasStoryEn: boolean;
  trainingCertificates: number;
};

export type AreaScore = { area: ReadinessArea; score: number; max: number };
export type Readiness = { score: number; areas: AreaScore[]; gaps: Gap[] };

const AREA_MAX = 20;
/** A shipment date buyers plan around: beyond this, a lead time counts as a gap. */
export const MAX_LEAD_TIME_DAYS = 60;
/** Share of QC-passed pieces that counts as quality evidence. */
export const QC_PASS_SHARE = 0.8;
/** English text a buyer can judge a product by. */
export const MIN_DESCRIPTION_EN = 80;
export const MIN_PHOTOS = 3;

type Check = Omit<Gap, 'productId'> & { ok: boolean };

/** The checks of one product, each worth its points in its area. */
function productChecks(p: ProductFacts): Check[] {
  const qcOk = p.qc !== null && p.qc.pieces > 0 && p.qc.passed / p.qc.pieces >= QC_PASS_SHARE;
  return [
    {
      key: 'hsCode',
      area: 'compliance',
      points: 8,
      needCategory: 'export',
      priority: 'high',
      ok: !!p.hsCode,
    },
    {
      key: 'euJewellery',
      area: 'compliance',
      points: 6,
      needCategory: 'certification',
      priority: 'high',
      ok: !p.jewellery || p.euMetalsNote,
    },
    {
      key: 'cites',
      area: 'compliance',
      points: 6,
      needCategory: 'certification',
      priority: 'high',
      ok: !p.species || p.citesNote,
    },
    {
      key: 'capacity',
      area: 'capacity',
      points: 7,
      needCategory: 'equipment',
      priority: 'medium',
      ok: p.monthlyCapacity !== null && p.monthlyCapacity >= p.moq,
    },
    {
      key: 'leadTime',
      area: 'capacity',
      points: 5,
      needCategory: 'equipment',
      priority: 'low',
      ok: p.leadTimeDays <= MAX_LEAD_TIME_DAYS,
    },
    {
      key: 'qualityEvidence',
      area: 'quality',
      points: 10,
      needCategory: 'certification',
      priority: 'medium',
      ok: qcOk || p.certifications.length > 0,
    },
    {
      key: 'photos',
      area: 'presentation',
      points: 7,
      needCategory: 'marketing',
      priority: 'medium',
      ok: p.photoCount >= MIN_PHOTOS,
    },
    {
      key: 'englishText',
      area: 'presentation',
      points: 7,
      needCategory: 'digital',
      priority: 'medium',
      ok: p.nameEn.trim().length > 0 && p.descriptionEn.trim().length >= MIN_DESCRIPTION_EN,
    },
  ];
}

function businessChecks(b: BusinessFacts): Check[] {
  return [
    { key: 'nib', area: 'legality', points: 12, needCategory: 'licensing', priority: 'high', ok: b.hasNib },
    {
      key: 'hki',
      area: 'legality',
      points: 8,
      needCategory: 'ip',
      priority: 'medium',
      ok: b.certificationTypes.includes('hki'),
    },
    {
      key: 'continuity',
      area: 'capacity',
      points: 8,
      needCategory: 'skills',
      priority: 'low',
      ok: (b.workers ?? 0) >= 2,
    },
    {
      key: 'training',
      area: 'quality',
      points: 10,
      needCategory: 'skills',
      priority: 'medium',
      ok: b.trainingCertificates > 0,
    },
    {
      key: 'storyEn',
      area: 'presentation',
      points: 6,
      needCategory: 'marketing',
      priority: 'low',
      ok: b.hasStoryEn,
    },
  ];
}

function tally(checks: { area: ReadinessArea; points: number; earned: number }[]): AreaScore[] {
  return READINESS_AREAS.map((area) => {
    const inArea = checks.filter((c) => c.area === area);
    const max = inArea.reduce((s, c) => s + c.points, 0);
    const earned = inArea.reduce((s, c) => s + c.earned, 0);
    return { area, max: AREA_MAX, score: max === 0 ? 0 : Math.round((earned / max) * AREA_MAX * 10) / 10 };
  });
}

const total = (areas: AreaScore[]) => Math.round(areas.reduce((s, a) => s + a.score, 0));

/** One product's readiness: its own checks only (areas without product checks count from the maker's). */
export function productReadiness(p: ProductFacts, b: BusinessFacts): Readiness {
  const own = businessChecks(b);
  const mine = productChecks(p);
  const areas = tally([...own, ...mine].map((c) => ({ ...c, earned: c.ok ? c.points : 0 })));
  const gaps: Gap[] = [
    ...own.filter((c) => !c.ok).map(({ ok: _ok, ...gap }) => gap),
    ...mine.filter((c) => !c.ok).map(({ ok: _ok, ...gap }) => ({ ...gap, productId: p.id })),
  ];
  return { score: total(areas), areas, gaps };
}

/**
 * The IKM's readiness: business checks plus every product check averaged over its products
 * (a check half the products pass earns half its points). Without products, the product
 * checks all fail with one gap: add a product.
 */
export function businessReadiness(b: BusinessFacts, products: readonly ProductFacts[]): Readiness {
  const own = businessChecks(b);
  const template = productChecks(products[0] ?? EMPTY_PRODUCT);
  const perProduct = products.map(productChecks);
  const averaged = template.map((check, i) => {
    const passing = perProduct.filter((checks) => checks[i]?.ok).length;
    const share = products.length === 0 ? 0 : passing / products.length;
    return { ...check, earned: check.points * share };
  });
  const areas = tally([...own.map((c) => ({ ...c, earned: c.ok ? c.points : 0 })), ...averaged]);
  const gaps: Gap[] = own.filter((c) => !c.ok).map(({ ok: _ok, ...gap }) => gap);
  if (products.length === 0) {
    gaps.push({
      key: 'noProduct',
      area: 'presentation',
      points: 0,
      needCategory: 'marketing',
      priority: 'high',
    });
  }
  for (const [index, product] of products.entries()) {
    for (const check of perProduct[index] ?? []) {
      if (!check.ok) {
        const { ok: _ok, ...gap } = check;
        gaps.push({ ...gap, productId: product.id });
      }
    }
  }
  return { score: total(areas), areas, gaps };
}

const EMPTY_PRODUCT: ProductFacts = {
  id: '',
  nameEn: '',
  descriptionEn: '',
  photoCount: 0,
  hsCode: null,
  jewellery: false,
  species: null,
  euMetalsNote: false,
  citesNote: false,
  moq: 1,
  monthlyCapacity: null,
  leadTimeDays: 0,
  qc: null,
  certifications: [],
};
