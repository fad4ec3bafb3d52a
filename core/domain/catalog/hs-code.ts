/*
 * Harmonized System codes as buyers and customs brokers write them: a 4-digit heading, a
 * 6-digit subheading (the international part) and optionally Indonesia's 8-digit tariff line
 * (BTKI), with or without dots. Stored normalized as `7117.19` or `7117.19.00`.
 */

/** HS chapters run from 01 to 97 (77 is reserved and unused). */
const CHAPTER_MIN = 1;
const CHAPTER_MAX = 97;

export type HsCheck = { ok: true; code: string } | { ok: false; reason: 'format' | 'chapter' };

export function checkHsCode(input: string): HsCheck {
  const compact = input.trim().replace(/[.\s-]/g, '');
  if (!/^\d+$/.test(compact) || ![4, 6, 8, 10].includes(compact.length))
    return { ok: false, reason: 'format' };
  const chapter = Number(compact.slice(0, 2));
  if (chapter < CHAPTER_MIN || chapter > CHAPTER_MAX || chapter === 77)
    return { ok: false, reason: 'chapter' };
  const parts = [compact.slice(0, 4), compact.slice(4, 6), compact.slice(6, 8), compact.slice(8, 10)];
  return { ok: true, code: parts.filter(Boolean).join('.') };
}

export const isHsCode = (input: string) => checkHsCode(input).ok;

/** The 4-digit heading of a normalized code. */
export const hsHeading = (code: string) => code.replace(/\./g, '').slice(0, 4);

export type HsHeading = {
  code: string;
  /** Catalog key of the heading's short description. */
  labelKey: string;
  /** Jewellery headings carry the EU REACH limits for nickel, cadmium and lead. */
  jewellery?: boolean;
};

/** Headings a craft IKM most often needs (the helper lists these). */
export const CRAFT_HS_HEADINGS: readonly HsHeading[] = [
  { code: '7117', labelKey: 'catalog:hs.7117', jewellery: true },
  { code: '7113', labelKey: 'catalog:hs.7113', jewellery: true },
  { code: '7114', labelKey: 'catalog:hs.7114' },
  { code: '8306', labelKey: 'catalog:hs.8306' },
  { code: '7419', labelKey: 'catalog:hs.7419' },
  { code: '4420', labelKey: 'catalog:hs.4420' },
  { code: '4414', labelKey: 'catalog:hs.4414' },
  { code: '4602', labelKey: 'catalog:hs.4602' },
  { code: '6913', labelKey: 'catalog:hs.6913' },
  { code: '4202', labelKey: 'catalog:hs.4202' },
  { code: '6304', labelKey: 'catalog:hs.6304' },
  { code: '6702', labelKey: 'catalog:hs.6702' },
  { code: '9601', labelKey: 'catalog:hs.9601' },
];

/** True when the code falls under a jewellery heading (EU nickel/cadmium/lead rules apply). */
export function isJewelleryHs(code: string | null | undefined): boolean {
  if (!code) return false;
  const heading = hsHeading(code);
  return CRAFT_HS_HEADINGS.some((h) => h.jewellery && h.code === heading);
}
