import { cellText, isBlankCell, isExcelError } from './cell';
import { fail, type Issue, issue, ok, type ParseResult } from './issues';
import { compactKey, words } from './text';

export const CERTIFICATION_TYPES = ['pirt', 'halal', 'sni', 'hki', 'lainnya'] as const;
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
  if (compact.includes('pirt')) return 'pirt';
  if (tokens.includes('halal') || compact.startsWith('halal')) return 'halal';
  if (tokens.includes('sni')) return 'sni';
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
