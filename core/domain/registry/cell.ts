/**
 * Spreadsheet cells arrive as whatever the reader produced: exceljs gives rich-text objects,
 * formula objects with a cached result, hyperlink objects and error objects; CSV gives strings.
 * Everything here is structural so core/ stays free of the exceljs dependency.
 */
export type CellPrimitive = string | number | boolean | Date | null;

const EXCEL_ERRORS = new Set([
  '#n/a',
  '#value!',
  '#ref!',
  '#div/0!',
  '#num!',
  '#name?',
  '#null!',
  '#spill!',
  '#calc!',
]);

// Placeholders offices type into a cell meaning "nothing here".
const BLANK_WORDS = new Set([
  '-',
  '--',
  '---',
  '—',
  '–',
  '_',
  '.',
  'n/a',
  'na',
  'nil',
  'null',
  'none',
  'nihil',
]);

// Control characters (NUL and friends, not tab or line breaks) that copy-pastes and old systems
// leave in cells: PostgreSQL text cannot hold NUL, and XML (the rejects file) none of them.
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly what is removed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const withoutControl = (text: string) => text.replace(CONTROL, '');

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !(value instanceof Date) && !Array.isArray(value);
}

export function unwrapCell(value: unknown): CellPrimitive {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return withoutControl(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (isRecord(value)) {
    if (Array.isArray(value.richText)) {
      return withoutControl(
        value.richText
          .map((part) => (isRecord(part) && typeof part.text === 'string' ? part.text : ''))
          .join(''),
      );
    }
    if ('error' in value && typeof value.error === 'string') return value.error;
    if ('result' in value) return unwrapCell(value.result);
    if ('text' in value) return unwrapCell(value.text);
  }
  return null;
}

export function cellText(value: unknown): string {
  const cell = unwrapCell(value);
  if (cell === null) return '';
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? '' : cell.toISOString();
  return String(cell).trim();
}

export function isExcelError(value: unknown): boolean {
  return EXCEL_ERRORS.has(cellText(value).toLowerCase());
}

/** Blank, or a dash-like placeholder. Parsers report `common.empty` for these so callers decide whether the field is required. */
export function isBlankCell(value: unknown): boolean {
  const text = cellText(value).replace(/\s+/g, ' ').toLowerCase();
  return text === '' || BLANK_WORDS.has(text);
}

/**
 * Offices pre-number template rows ("31", "32", … with nothing else), so callers can pass the
 * row-number column to ignore.
 */
export function isEmptyRow(
  row: readonly unknown[] | null | undefined,
  ignoreColumns: Iterable<number> = [],
): boolean {
  if (!row) return true;
  const ignored = new Set(ignoreColumns);
  for (let i = 0; i < row.length; i++) {
    if (ignored.has(i)) continue;
    if (cellText(row[i]) !== '') return false;
  }
  return true;
}
