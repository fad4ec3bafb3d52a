import { cellText, foldText } from '#core/domain/registry';
import { CANONICAL_FIELDS, type CanonicalField, MONEY_FIELDS, ROW_NUMBER_HEADERS } from './fields';
import { HEADER_SYNONYMS } from './synonyms';

export type HeaderField = CanonicalField | 'rowNumber';

export type HeaderMatch = {
  field: HeaderField;
  /** Multiplier a money header declares, e.g. 1000 for "Investasi (Rp 000)". */
  scale?: number;
  /** A year written in the header: the KBLI version for "KBLI 2020", else the data year ("Omzet 2021"). */
  year?: number;
};

// Words that never distinguish one column from another: currency and "per" in "Omzet per bulan".
const NOISE = new Set(['rp', 'idr', 'rupiah', 'per']);

/**
 * Office shorthand read as the word it stands for, so every synonym holds in either spelling:
 * "Jml Tenaga Kerja" is "Jumlah Tenaga Kerja", "Omzet Rata2" is "Omzet Rata-rata".
 */
const SHORTHAND: Record<string, string> = { jml: 'jumlah', jmlh: 'jumlah', rata2: 'ratarata' };

export function headerKey(text: string): string {
  return foldText(text)
    .split(/[^a-z0-9]+/)
    .filter((t) => t.length > 0 && !NOISE.has(t))
    .map((t) => SHORTHAND[t] ?? t)
    .join('');
}

function buildIndex(): Map<string, HeaderField> {
  const index = new Map<string, HeaderField>();
  const add = (synonym: string, field: HeaderField) => {
    const key = headerKey(synonym);
    const existing = index.get(key);
    if (existing !== undefined && existing !== field) {
      throw new Error(`Header synonym "${synonym}" maps to both ${existing} and ${field}`);
    }
    index.set(key, field);
  };
  for (const field of CANONICAL_FIELDS) {
    add(field, field);
    for (const synonym of HEADER_SYNONYMS[field]) add(synonym, field);
  }
  for (const synonym of ROW_NUMBER_HEADERS) add(synonym, 'rowNumber');
  return index;
}

const INDEX = buildIndex();

/** The scale a money header states: "(Rp 000)", "(ribu rupiah)" → 1000; "(juta Rp)", "(Rp jt)" → 10^6. */
export function headerScale(header: string): number | undefined {
  const text = foldText(header);
  if (/\b(miliar|milyar)\b/.test(text)) return 1e9;
  if (/\b(juta|jt|jutaan)\b/.test(text) || /\b000[.,]000\b/.test(text)) return 1e6;
  if (/\b(ribu|ribuan|rb)\b/.test(text) || /(^|[^\d.,])000\b/.test(text)) return 1e3;
  return undefined;
}

/**
 * Maps one header text to a canonical field, ignoring case, spacing and punctuation. Falls back
 * to the text without parentheses ("Nilai Investasi (Rp 000)") and without a year ("KBLI 2020"),
 * then, with `parts`, to a header naming one thing and a harmless companion of it ("Nama Usaha/Merk",
 * "No. Telp/Fax", "Alamat/Lokasi"): read as that one. Any other pair ("NIB/NPWP",
 * "Kecamatan/Kelurahan", "Pemilik/Nama Usaha") stays unrecognized for the uploader to assign.
 */
export function mapHeader(header: unknown, parts = true): HeaderMatch | null {
  const text = cellText(header).replace(/\s+/g, ' ').trim();
  if (text === '') return null;
  if (/^#+$/.test(text)) return { field: 'rowNumber' };
  const withoutParens = text.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const yearMatch = /\b(19|20)\d{2}\b/.exec(text);
  const withoutYear = text.replace(/\b(?:19|20)\d{2}\b/g, ' ');
  const candidates = [text, withoutParens, withoutYear, withoutParens.replace(/\b(?:19|20)\d{2}\b/g, ' ')];
  for (const candidate of candidates) {
    const field = INDEX.get(headerKey(candidate));
    if (!field) continue;
    const match: HeaderMatch = { field };
    if (field !== 'rowNumber' && MONEY_FIELDS.has(field)) {
      const scale = headerScale(text);
      if (scale) match.scale = scale;
    }
    if (yearMatch && candidate !== text) match.year = Number(yearMatch[0]);
    return match;
  }
  return parts ? mapHeaderParts(withoutParens) : null;
}

/**
 * The fields a two-part header may be read as, each with what may stand beside it: another header
 * of the same field, one of the companion fields, or one of the companion words (header keys).
 * A value under such a header is still one the field can take: a business name with its brand, a
 * phone number with a fax or WhatsApp number, an address with its location.
 */
const PART_COMPANIONS: ReadonlyMap<HeaderField, { fields: readonly HeaderField[]; keys: readonly string[] }> =
  new Map<HeaderField, { fields: readonly HeaderField[]; keys: readonly string[] }>([
    ['businessName', { fields: ['brand'], keys: ['merk', 'merek', 'merkdagang', 'merekdagang', 'brand'] }],
    [
      'phone',
      { fields: [], keys: ['fax', 'faks', 'nofax', 'nofaks', 'faximile', 'faksimili', 'hp', 'wa', 'telp'] },
    ],
    ['address', { fields: [], keys: ['lokasi', 'lokasiusaha', 'location', 'domisili', 'domisiliusaha'] }],
  ]);

function mapHeaderParts(text: string): HeaderMatch | null {
  const pieces = text.split('/').filter((p) => p.trim() !== '');
  if (pieces.length < 2) return null;
  const parts = pieces.map((p) => ({ key: headerKey(p), match: mapHeader(p, false) }));
  for (const [field, companions] of PART_COMPANIONS) {
    const primary = parts.find((p) => p.match?.field === field)?.match;
    if (!primary) continue;
    const harmless = parts.every(
      (p) =>
        p.match?.field === field ||
        (p.match !== null && companions.fields.includes(p.match.field)) ||
        companions.keys.includes(p.key),
    );
    return harmless ? primary : null;
  }
  return null;
}

/** Spreadsheet column letter for a 0-based index, for messages users can find: 0 → A, 27 → AB. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}
