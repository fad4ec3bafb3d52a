import { type CellPrimitive, cellText } from '#core/domain/registry';
import type { ImportColumnRecord, ImportIssueRecord, StoredCell } from '#server/db/schema';
import { AppError } from '#server/lib/errors';
import { type CanonicalField, columnLetter, type HeaderDetection, type HeaderOverrides } from './headers';
import { maskDigitRuns } from './mask';
import { columnsOf, importKey, type RegionIndex, type RowContext } from './parse/context';
import { parseRow } from './parse/row';
import { type FileKind, readSheets, type SourceRow } from './read';
import { classifyRow, openSheet } from './sheet';
import type { ImportRecord, RowIssue } from './types';

export type CollectOptions = {
  regions: RegionIndex;
  dataYear: number | null;
  turnoverPeriod: 'month' | 'year' | null;
  scope: string[] | null;
  hashNik(nik: string): string;
  referenceDate: Date;
  dataText(key: string): string;
  maxRows: number;
  /** The uploader's column choices (mapping step). */
  overrides: HeaderOverrides;
  onRow(): void;
  onBytes(bytes: number): void;
};

export type RejectSheet = {
  name: string;
  header: StoredCell[][];
  headerRows: number;
  rows: { row: number; cells: StoredCell[] }[];
};

export type Collected = {
  records: ImportRecord[];
  rejected: number;
  errors: ImportIssueRecord[];
  warnings: ImportIssueRecord[];
  unrecognizedColumns: string[];
  /** Every column of every data sheet, with what it was read as and a sample. */
  columns: ImportColumnRecord[];
  rejects: RejectSheet[];
  dataYear: number;
  /** NIK column per sheet, blanked in stored rows. */
  nikColumns: Map<string, number>;
};

export function storeCells(cells: readonly CellPrimitive[], blank: readonly number[] = []): StoredCell[] {
  return cells.map((c, i) => {
    if (blank.includes(i)) return null;
    if (c instanceof Date) return { date: c.toISOString() };
    return c;
  });
}

/** Title and header rows at their own row numbers, so a rejects file keeps the sheet's layout. */
function preambleByNumber(rows: SourceRow[]): StoredCell[][] {
  const out: StoredCell[][] = [];
  for (const r of rows) {
    while (out.length < r.number - 1) out.push([]);
    out.push(storeCells(r.cells));
  }
  return out;
}

const fileIssue = (
  key: string,
  params?: Record<string, string | number>,
  sheet?: string,
): ImportIssueRecord => ({
  row: null,
  column: null,
  key: importKey(key),
  ...(params ? { params } : {}),
  ...(sheet ? { sheet } : {}),
});

const atRow = (sheet: string, row: number, issues: RowIssue[], name: string | null): ImportIssueRecord[] =>
  issues.map((i) => ({ row, sheet, ...i, ...(name ? { name } : {}) }));

// Columns whose sample would show a person's data in the import report.
const PERSONAL: ReadonlySet<CanonicalField> = new Set([
  'nik',
  'phone',
  'email',
  'ownerAddress',
  'birthDate',
  'birthPlaceDate',
]);

/** A sample value for the mapping step: short, personal data masked, long digit runs masked. */
export function sampleOf(cell: CellPrimitive, field: CanonicalField | null): string | null {
  const text = cellText(cell).replace(/\s+/g, ' ').trim().slice(0, 60);
  if (text === '') return null;
  if (field && PERSONAL.has(field)) {
    // A value of one or two characters would be shown whole: mask it all.
    if (text.length <= 2) return '••';
    return `${text.slice(0, 2)}${'•'.repeat(Math.min(8, text.length - 2))}`;
  }
  return maskDigitRuns(text);
}

function headerNotes(detection: HeaderDetection, sheet: string) {
  const notes: ImportIssueRecord[] = detection.warnings.map((w) => ({
    row: null,
    sheet,
    column: typeof w.params?.header === 'string' ? w.params.header : null,
    key: w.key,
    ...(w.params ? { params: w.params } : {}),
  }));
  return notes;
}

/**
 * Reads every sheet of the upload and parses its data rows. Nothing touches the database
 * here, so this (the slow part) runs outside any transaction.
 */
export async function collectRows(path: string, kind: FileKind, o: CollectOptions): Promise<Collected> {
  const out: Collected = {
    records: [],
    rejected: 0,
    errors: [],
    warnings: [],
    unrecognizedColumns: [],
    columns: [],
    rejects: [],
    dataYear: o.dataYear ?? o.referenceDate.getUTCFullYear(),
    nikColumns: new Map(),
  };
  let sheetsWithHeader = 0;
  let headerProblem: { key: string; params?: Record<string, string | number> } | null = null;
  let dataRows = 0;
  let firstSheet = true;
  const districts = o.regions.districts;
  for await (const source of readSheets(path, kind, o.onBytes)) {
    if (source.hidden) {
      for await (const _ of source.rows); // drain
      out.warnings.push(fileIssue('file.sheetHidden', { sheet: source.name }));
      continue;
    }
    const sheet = await openSheet(source, districts, o.overrides);
    if (!sheet.ok) {
      headerProblem ??= sheet.nonEmpty ? (sheet.issues[0] ?? null) : null;
      if (sheet.nonEmpty) out.warnings.push(fileIssue('file.sheetNoHeader', { sheet: sheet.name }));
      continue;
    }
    sheetsWithHeader++;
    const { detection, name } = sheet;
    const columns = columnsOf(detection);
    const yearSource = columns.dataYear
      ? 'column'
      : sheet.titleYear
        ? 'title'
        : o.dataYear
          ? 'parameter'
          : 'current';
    const dataYear = sheet.titleYear ?? o.dataYear ?? o.referenceDate.getUTCFullYear();
    if (firstSheet) out.dataYear = dataYear;
    firstSheet = false;
    out.warnings.push(...headerNotes(detection, name));
    out.warnings.push(fileIssue(`file.dataYear.${yearSource}`, { year: dataYear }, name));
    if (columns.turnoverIdr && !o.turnoverPeriod)
      out.warnings.push(fileIssue('file.turnoverPeriod', { column: columns.turnoverIdr.header }, name));
    for (const u of detection.unrecognized)
      if (!out.unrecognizedColumns.includes(u.header)) out.unrecognizedColumns.push(u.header);
    const sheetColumns: ImportColumnRecord[] = detection.all.map((c) => ({
      sheet: name,
      letter: columnLetter(c.index),
      header: c.header,
      field: c.field,
      status: c.status,
      sample: null,
    }));
    out.columns.push(...sheetColumns);
    const unsampled = new Set(detection.all.map((_, i) => i));
    const nameColumn = detection.fieldColumns.businessName;

    const ctx: RowContext = {
      sheet: name,
      columns,
      regions: o.regions,
      defaultDistrict: sheet.titleDistrict,
      dataYear,
      turnoverPeriod: o.turnoverPeriod,
      scope: o.scope,
      hashNik: o.hashNik,
      referenceDate: o.referenceDate,
      dataText: o.dataText,
    };
    const nikColumn = detection.fieldColumns.nik;
    const blank = nikColumn === undefined ? [] : [nikColumn];
    if (nikColumn !== undefined) out.nikColumns.set(name, nikColumn);
    const reject: RejectSheet = {
      name,
      header: preambleByNumber(sheet.preamble),
      headerRows: detection.headerRowCount,
      rows: [],
    };
    const headerCells = sheet.preamble[sheet.preamble.length - 1]?.cells ?? [];
    let pendingEmpty = 0;
    let emptyRows = 0;
    let section: { row: SourceRow; written: boolean } | null = null;
    let lastNumber = sheet.preamble[sheet.preamble.length - 1]?.number ?? 0;
    for await (const row of sheet.rows) {
      // Streamed XLSX leaves blank rows out entirely: a gap in row numbers is empty rows.
      pendingEmpty += Math.max(0, row.number - lastNumber - 1);
      lastNumber = row.number;
      const kind = classifyRow(row.cells, detection, headerCells, districts);
      if (kind.kind === 'empty') {
        pendingEmpty++;
        continue;
      }
      emptyRows += pendingEmpty;
      pendingEmpty = 0;
      if (kind.kind === 'header') {
        out.warnings.push({
          ...fileIssue('file.repeatedHeader', { row: row.number }, name),
          row: row.number,
        });
        continue;
      }
      if (kind.kind === 'numbering') {
        out.warnings.push({
          ...fileIssue('file.numberingRow', { row: row.number }, name),
          row: row.number,
        });
        continue;
      }
      if (kind.kind === 'note') {
        out.warnings.push({
          ...fileIssue(
            'file.noteRow',
            { row: row.number, value: maskDigitRuns(kind.text, { spaced: true }).slice(0, 120) },
            name,
          ),
          row: row.number,
        });
        continue;
      }
      if (kind.kind === 'total') {
        out.warnings.push({
          ...fileIssue('file.totalRow', { row: row.number, value: kind.text }, name),
          row: row.number,
        });
        continue;
      }
      if (kind.kind === 'section') {
        ctx.defaultDistrict = kind.district;
        section = { row, written: false };
        out.warnings.push({
          ...fileIssue('file.sectionRow', { row: row.number, value: kind.text }, name),
          row: row.number,
        });
        continue;
      }
      dataRows++;
      if (dataRows > o.maxRows)
        throw new AppError('payload_too_large', importKey('file.tooManyRows'), {
          params: { max: o.maxRows },
        });
      o.onRow();
      for (const i of unsampled) {
        const c = detection.all[i];
        const sample = sampleOf(row.cells[c.index] ?? null, c.field);
        if (sample === null) continue;
        sheetColumns[i].sample = sample;
        unsampled.delete(i);
      }
      const rowName = nameColumn === undefined ? '' : cellText(row.cells[nameColumn]).trim().slice(0, 200);
      const outcome = parseRow(name, row.number, row.cells, ctx);
      if (outcome.ok) {
        out.records.push(outcome.record);
        out.warnings.push(...atRow(name, row.number, outcome.record.warnings, rowName));
        continue;
      }
      out.rejected++;
      out.errors.push(...atRow(name, row.number, outcome.errors, rowName));
      out.warnings.push(...atRow(name, row.number, outcome.warnings, rowName));
      if (section && !section.written) {
        reject.rows.push({ row: section.row.number, cells: storeCells(section.row.cells) });
        section.written = true;
      }
      const nikRemoved = nikColumn !== undefined && cellText(row.cells[nikColumn]) !== '';
      reject.rows.push({
        row: row.number,
        cells: storeCells(row.cells, blank),
        ...(nikRemoved ? { nikRemoved } : {}),
      });
    }
    if (emptyRows > 0) out.warnings.push(fileIssue('file.emptyRows', { count: emptyRows }, name));
    out.rejects.push(reject);
  }
  if (sheetsWithHeader === 0) {
    // The detector's own reason ("no business name column") says more than a generic one.
    const reason = headerProblem ?? { key: importKey('file.empty') };
    throw new AppError('import_failed', reason.key, { status: 400, params: reason.params });
  }
  return out;
}
