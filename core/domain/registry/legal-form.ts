import { cellText, isBlankCell, isExcelError } from './cell';
import { LEGAL_FORMS } from './enums';
import { fail, ok, type ParseResult } from './issues';
import { createSynonymLookup } from './synonym-lookup';

export { LEGAL_FORMS };
export type LegalForm = (typeof LEGAL_FORMS)[number];

/**
 * UD/PD (usaha/perusahaan dagang) and IRT (industri rumah tangga) are trade names of a sole
 * proprietorship, not legal entities, so they are perorangan. "PT Perorangan" (UU Cipta Kerja)
 * is a real perseroan, so it is pt. Firma and others are refused: they are not in the model.
 */
const lookup = createSynonymLookup<LegalForm>({
  perorangan: [
    'perseorangan',
    'perusahaan perorangan',
    'perusahaan perseorangan',
    'usaha perorangan',
    'usaha perseorangan',
    'pribadi',
    'individu',
    'individual',
    'sole proprietorship',
    'sole proprietor',
    'PO',
    'UD',
    'U.D.',
    'usaha dagang',
    'PD',
    'perusahaan dagang',
    'IRT',
    'industri rumah tangga',
    'home industry',
    'belum berbadan hukum',
    'tidak berbadan hukum',
    'non badan hukum',
    'bukan badan hukum',
    'belum berbadan usaha',
    'tidak berbadan usaha',
  ],
  cv: [
    'C.V.',
    'commanditaire vennootschap',
    'persekutuan komanditer',
    'perseroan komanditer',
    'limited partnership',
  ],
  pt: [
    'P.T.',
    'perseroan terbatas',
    'PT perorangan',
    'PT perseorangan',
    'PT Tbk',
    'Tbk',
    'limited company',
    'Ltd',
    'company limited',
  ],
  koperasi: [
    'kop',
    'KUD',
    'koperasi unit desa',
    'KSU',
    'koperasi serba usaha',
    'kopwan',
    'koperasi wanita',
    'cooperative',
    'co-op',
    'coop',
    'koperasi produsen',
  ],
});

export function parseLegalForm(value: unknown): ParseResult<LegalForm> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const found = lookup(cellText(value));
  return found ? ok(found) : fail('legalForm.unknown', { value: cellText(value) });
}

const NAME_PREFIX = /^(p\.?\s?t\.?|c\.?\s?v\.?|u\.?\s?d\.?|p\.?\s?d\.?|koperasi|kop\.|kud)\s+(.+)$/i;
const NAME_SUFFIX = /^(.+?)[\s,]+\(?(p\.?\s?t\.?|c\.?\s?v\.?|u\.?\s?d\.?|tbk\.?)\)?$/i;

/**
 * Reads the legal form out of a business name ("CV. Maju Jaya", "Sumber Rejeki, UD") for files
 * without a legal-form column. The bare name is offered; which one to store is the caller's call.
 */
export function legalFormFromName(name: string): { legalForm: LegalForm; bareName: string } | null {
  const text = name.trim().replace(/\s+/g, ' ');
  const prefix = NAME_PREFIX.exec(text);
  if (prefix) {
    const form = lookup(prefix[1]);
    if (form) return { legalForm: form, bareName: prefix[2].trim() };
  }
  const suffix = NAME_SUFFIX.exec(text);
  if (suffix) {
    const form = lookup(suffix[2]);
    if (form) return { legalForm: form, bareName: suffix[1].replace(/[\s,]+$/, '').trim() };
  }
  return null;
}
