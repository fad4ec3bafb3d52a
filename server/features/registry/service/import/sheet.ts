import {
  type CellPrimitive,
  cellText,
  compactKey,
  foldText,
  type Issue,
  isEmptyRow,
  matchRegionName,
  type RegionCandidate,
} from '#core/domain/registry';
import { translate } from '#server/lib/i18n';
import { type CanonicalField, findHeaderRow, type HeaderDetection, type HeaderOverrides } from './headers';
import type { SheetSource, SourceRow } from './read';

const HEADER_SCAN_ROWS = 20;

export type OpenedSheet =
  | {
      ok: true;
      name: string;
      detection: HeaderDetection;
      /** Title and header rows as read, written back on top of a rejects file. */
      preamble: SourceRow[];
      titleYear: number | null;
      titleDistrict: string | null;
      /** Data rows, in order, after the header. */
      rows: AsyncIterable<SourceRow>;
    }
  | { ok: false; name: string; issues: Issue[]; nonEmpty: boolean };

// The reason column of our own rejects file, in either language, is not an unknown column.
const REASON_HEADERS = new Set(
  (['id', 'en'] as const).map((l) => compactKey(translate(l, 'registry-import:rejects.reason'))),
);

function titleYear(texts: string[]): number | null {
  const joined = texts.join(' ');
  const labelled = /\b(?:tahun|thn|th|year)\.?\s*:?\s*((?:19|20)\d{2})\b/i.exec(joined);
  const bare = /\b((?:19|20)\d{2})\b/.exec(joined);
  const year = labelled?.[1] ?? bare?.[1];
  return year ? Number(year) : null;
}

/** "DATA IKM KECAMATAN KLOJEN" or a sheet named "Klojen": the kecamatan of rows that name none. */
function titleDistrict(texts: string[], sheetName: string, districts: RegionCandidate[]): string | null {
  for (const text of texts) {
    const match = /\bkec(?:amatan)?\b\.?\s*([a-z][a-z .-]*)/.exec(foldText(text));
    if (!match) continue;
    const words = match[1].trim().split(/\s+/);
    for (let n = Math.min(words.length, 3); n >= 1; n--) {
      const found = matchRegionName(words.slice(0, n).join(' '), districts);
      if (found.kind === 'exact') return found.candidate.code;
    }
  }
  const bySheet = matchRegionName(sheetName, districts);
  return bySheet.kind === 'exact' ? bySheet.candidate.code : null;
}

async function* chain(head: SourceRow[], rest: AsyncIterator<SourceRow>): AsyncGenerator<SourceRow> {
  yield* head;
  while (true) {
    const next = await rest.next();
    if (next.done) return;
    yield next.value;
  }
}

/** Reads a sheet's first rows to find its header under any title rows. */
export async function openSheet(
  source: SheetSource,
  districts: RegionCandidate[],
  overrides: HeaderOverrides = new Map(),
): Promise<OpenedSheet> {
  const iterator = source.rows[Symbol.asyncIterator]();
  const head: SourceRow[] = [];
  while (head.length < HEADER_SCAN_ROWS) {
    const next = await iterator.next();
    if (next.done) break;
    head.push(next.value);
  }
  const found = findHeaderRow(
    head.map((r) => r.cells),
    HEADER_SCAN_ROWS,
    overrides,
  );
  if (!found.ok) {
    // Drain so the next sheet of the workbook can be read.
    let nonEmpty = head.some((r) => !isEmptyRow(r.cells));
    for (let next = await iterator.next(); !next.done; next = await iterator.next())
      nonEmpty ||= !isEmptyRow(next.value.cells);
    return { ok: false, name: source.name, issues: found.issues, nonEmpty };
  }
  const detection = found.value;
  const reasonColumns = detection.unrecognized.filter((u) => REASON_HEADERS.has(compactKey(u.header)));
  if (reasonColumns.length > 0) {
    detection.unrecognized = detection.unrecognized.filter((u) => !reasonColumns.includes(u));
    detection.all = detection.all.filter((c) => !reasonColumns.some((u) => u.index === c.index));
    detection.ignoredColumns.push(...reasonColumns.map((u) => u.index));
    detection.warnings = detection.warnings.filter(
      (w) => !reasonColumns.some((u) => w.params?.header === u.header),
    );
  }
  const titles = head
    .slice(0, detection.headerRowIndex)
    .flatMap((r) => r.cells.map((c) => cellText(c)).filter((t) => t !== ''));
  return {
    ok: true,
    name: source.name,
    detection,
    preamble: head.slice(0, detection.dataStartIndex),
    titleYear: titleYear(titles),
    titleDistrict: titleDistrict(titles, source.name, districts),
    rows: chain(head.slice(detection.dataStartIndex), iterator),
  };
}

export type RowKind =
  | { kind: 'data' }
  | { kind: 'empty' }
  | { kind: 'header' }
  | { kind: 'total'; text: string }
  /** "(1) (2) (3) …" under the header: the columns' numbers, as government tables print them. */
  | { kind: 'numbering' }
  /** A note or signature without a business ("Malang, 15 Januari 2026", "Kepala Bidang …"). */
  | { kind: 'note'; text: string }
  | { kind: 'section'; district: string; text: string };

const TOTAL_WORDS = /^(jumlah|total|grand total|sub ?total|sub ?jumlah|sub ?jml|jml)\b/;

const COLUMN_NUMBER = /^\(?\s*(\d{1,3})\s*\)?\.?$/;

/** Three or more column numbers, increasing from left to right, and nothing else. */
function isNumbering(filled: { text: string }[]): boolean {
  if (filled.length < 3) return false;
  let previous = 0;
  for (const f of filled) {
    const match = COLUMN_NUMBER.exec(f.text.trim());
    if (!match || Number(match[1]) <= previous) return false;
    previous = Number(match[1]);
  }
  return true;
}

/**
 * Columns whose text alone makes a row a business without its name (rejected, so the office
 * adds the name). Text only in other columns, with no name, is a note or a signature.
 */
const IDENTITY_FIELDS: CanonicalField[] = [
  'businessName',
  'brand',
  'nib',
  'npwp',
  'address',
  'kecamatan',
  'kelurahan',
  'villageCode',
  'ownerName',
  'nik',
  'phone',
  'email',
  'products',
];
/** How signature blocks and notes under a table begin, wherever they sit. */
const NOTE_WORDS =
  /^(mengetahui|menyetujui|diketahui|disetujui|dibuat|disusun|kepala|ka\.? ?bid|kabid|sekretaris|camat|lurah|ttd|t\.t\.d|nip\b|a\.n\.?|an\.|plt\b|plh\b|catatan|keterangan|sumber)/;
/** "Place, date" over a signature, in any town: "Surabaya, 15 Januari 2026", "Batu, 15-01-2026". */
const PLACE_DATE = [
  /^[\p{L} .'-]+,\s*\d{1,2}\s+\p{L}+\s+\d{4}\.?$/u,
  /^[\p{L} .'-]+,\s*\d{1,2}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*(?:\d{4}|\d{2})\.?$/u,
];

function isNoteText(text: string): boolean {
  const folded = foldText(text);
  return NOTE_WORDS.test(folded) || PLACE_DATE.some((re) => re.test(folded));
}

function isNote(filled: { index: number; text: string }[], detection: HeaderDetection): boolean {
  if (filled.length === 0 || filled.length > 2) return false;
  const identity = new Set(
    IDENTITY_FIELDS.map((f) => detection.fieldColumns[f]).filter((i): i is number => i !== undefined),
  );
  return filled.every((f) => /\p{L}/u.test(f.text) && (!identity.has(f.index) || isNoteText(f.text)));
}

/** Tells data rows from the other rows offices put between them. */
export function classifyRow(
  cells: readonly CellPrimitive[],
  detection: HeaderDetection,
  header: readonly CellPrimitive[],
  districts: RegionCandidate[],
): RowKind {
  if (isEmptyRow(cells, detection.ignoredColumns)) return { kind: 'empty' };
  const filled: { index: number; text: string }[] = [];
  for (let i = 0; i < cells.length; i++) {
    const text = cellText(cells[i]);
    if (text !== '' && !detection.ignoredColumns.includes(i)) filled.push({ index: i, text });
  }
  const sameAsHeader = filled.filter((f) => compactKey(f.text) === compactKey(cellText(header[f.index])));
  if (sameAsHeader.length >= 2 && sameAsHeader.length === filled.length) return { kind: 'header' };
  if (isNumbering(filled)) return { kind: 'numbering' };
  const first = filled[0];
  const locationColumns = [detection.fieldColumns.kecamatan, detection.fieldColumns.kelurahan];
  if (filled.length === 1 && !locationColumns.includes(first.index)) {
    const match = matchRegionName(first.text, districts);
    if (match.kind === 'exact') return { kind: 'section', district: match.candidate.code, text: first.text };
  }
  const nameIndex = detection.fieldColumns.businessName;
  const nameText = nameIndex === undefined ? '' : cellText(cells[nameIndex]);
  // "JUMLAH" may sit in the name column, in the first filled one, or in the ignored "No" column.
  const leading = cells.map(cellText).find((text) => text !== '') ?? '';
  const label = [nameText, first.text, leading].find((text) => TOTAL_WORDS.test(foldText(text)));
  if (label && (nameText === '' || label === nameText)) return { kind: 'total', text: label };
  if (nameText === '' && isNote(filled, detection))
    return { kind: 'note', text: filled.map((f) => f.text).join(' ') };
  return { kind: 'data' };
}
