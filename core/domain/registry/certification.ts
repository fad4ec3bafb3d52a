import { parseNib } from './business-ids';
import { cellText, isBlankCell, isExcelError } from './cell';
import { CERTIFICATION_TYPES } from './enums';
import { fail, type Issue, issue, ok, type ParseResult } from './issues';
import { compactKey, foldText, words } from './text';

export { CERTIFICATION_TYPES };
export type CertificationType = (typeof CERTIFICATION_TYPES)[number];

export type CertificationItem = {
  type: CertificationType;
  /** The text as written, kept because "lainnya" needs it (ISO 9001, SVLK, BPOM…). */
  label: string;
  number?: string;
};

const HKI_WORDS = [
  'hki',
  'haki',
  'merek',
  'merk',
  'brand',
  'paten',
  'patent',
  'trademark',
  'copyright',
  'cipta',
];
const HKI_COMPACT = [
  'hakcipta',
  'desainindustri',
  'hakkekayaanintelektual',
  'kekayaanintelektual',
  'hakmerek',
];
const NONE = new Set([
  'belum',
  'belumada',
  'tidak',
  'tidakada',
  'tdkada',
  'belumpunya',
  'tidakpunya',
  'tidakmemiliki',
  'belummemiliki',
  'none',
  'no',
  'nihil',
  'blm',
  'tdk',
]);

export function classifyCertification(label: string): CertificationType | undefined {
  const compact = compactKey(label);
  const tokens = words(label);
  if (compact.includes('pirt') || compact.includes('sppirt')) return 'pirt';
  if (tokens.includes('halal') || compact.startsWith('halal')) return 'halal';
  if (tokens.includes('sni')) return 'sni';
  if (compact.includes('bpom') || tokens.includes('pom') || /^(md|ml)\d{6,}$/.test(compact)) return 'bpom';
  if (tokens.some((t) => HKI_WORDS.includes(t)) || HKI_COMPACT.some((c) => compact.includes(c))) return 'hki';
  return undefined;
}

function extractNumber(label: string): string | undefined {
  const explicit =
    /\b(?:no|nomor|nomer|number|reg)\b\.?\s*[:.]?\s*([a-z0-9][a-z0-9./-]*\d[a-z0-9./-]*)/i.exec(label);
  if (explicit) return explicit[1].replace(/[.]$/, '');
  // PIRT numbers are 15 digits, often "P-IRT 2063573010123-25"; SNI's "8123:2015" is a standard, not a certificate number.
  const trailing = /(\d[\d./-]{5,}\d)\s*$/.exec(label);
  return trailing ? trailing[1] : undefined;
}

export function parseCertificationType(value: unknown): ParseResult<CertificationType> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return fail('common.empty');
  const type = classifyCertification(cellText(value));
  return type ? ok(type) : ok('lainnya', [issue('certification.unknown', { value: cellText(value) })]);
}

/**
 * A certifications cell ("PIRT, Halal MUI", "P-IRT No. 2063573010123-25 / HKI merek") as a
 * list, one item per type. "Belum ada"/"tidak" is an empty list, not an error; unknown names
 * are kept as lainnya with their label and a warning.
 */
export function parseCertifications(value: unknown): ParseResult<CertificationItem[]> {
  if (isExcelError(value)) return fail('common.excelError', { value: cellText(value) });
  if (isBlankCell(value)) return ok([]);
  const text = cellText(value);
  if (NONE.has(compactKey(text))) return ok([]);
  const items: CertificationItem[] = [];
  const warnings: Issue[] = [];
  for (const part of text.split(/[,;\n/&+]|\s+dan\s+|\s+and\s+/i)) {
    const label = part.trim();
    if (label === '' || NONE.has(compactKey(label))) continue;
    const type = classifyCertification(label);
    if (!type) warnings.push(issue('certification.unknown', { value: label }));
    const item: CertificationItem = { type: type ?? 'lainnya', label };
    const number = extractNumber(label);
    if (number) item.number = number;
    // "HKI / Merek" is one certificate written twice; other lainnya items stay distinct.
    if (type && items.some((i) => i.type === type)) continue;
    items.push(item);
  }
  return ok(items, warnings);
}

export type Legality = {
  /** The NIB written in the cell ("NIB 9120001234567"), checked like the NIB column. */
  nib: string | null;
  /** Why a number written as the NIB was not taken, when one was. */
  nibIssue: Issue | null;
  certifications: CertificationItem[];
  /** What is neither: other licences ("SIUP", "IUMK"), kept as written. */
  rest: string[];
};

const NIB_PART =
  /^(?:(?:no\.?|nomor)\s*)?(?:nib|nomor\s+induk\s+berusaha)?\s*(?:oss)?\s*[:.]?\s*(\d[\d .-]*\d)$/;

/**
 * A legality column that mixes things: "NIB 9120001234567 / Halal / PIRT", "SPP-IRT, HKI
 * (merek)", "Belum ada". The NIB is read out of it, the usual certifications (Halal,
 * SPP-IRT/PIRT, SNI, HKI/merek, BPOM) become their types, and what is left stays as text.
 */
export function parseLegality(value: unknown): Legality {
  const out: Legality = { nib: null, nibIssue: null, certifications: [], rest: [] };
  if (isBlankCell(value) || isExcelError(value)) return out;
  if (typeof value === 'number') {
    const nib = parseNib(value);
    if (nib.ok) out.nib = nib.value;
    else out.nibIssue = nib.issues[0] ?? null;
    return out;
  }
  const text = cellText(value);
  if (NONE.has(compactKey(text))) return out;
  for (const part of text.split(/[,;\n/&+|]|\s+dan\s+|\s+and\s+/i)) {
    const label = part.trim().replace(/^[-•*]\s*/, '');
    if (label === '' || NONE.has(compactKey(label))) continue;
    const type = classifyCertification(label);
    if (type) {
      if (out.certifications.some((c) => c.type === type)) continue;
      const item: CertificationItem = { type, label };
      const number = extractNumber(label);
      if (number) item.number = number;
      out.certifications.push(item);
      continue;
    }
    const nibMatch = NIB_PART.exec(foldText(label));
    if (nibMatch && (/nib|induk/.test(foldText(label)) || nibMatch[1].replace(/\D/g, '').length === 13)) {
      const nib = parseNib(nibMatch[1]);
      if (nib.ok && out.nib === null) {
        out.nib = nib.value;
        continue;
      }
      if (!nib.ok) out.nibIssue ??= nib.issues[0] ?? null;
    }
    out.rest.push(label);
  }
  return out;
}
