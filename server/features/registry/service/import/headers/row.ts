import { cellText, compactKey, fail, type Issue, issue, ok, type ParseResult } from '#core/domain/registry';
import type { ColumnChoice } from '#core/schemas/registry';
import type { CanonicalField } from './fields';
import { columnLetter, type HeaderMatch, mapHeader } from './map';

export type ColumnMapping = HeaderMatch & { index: number; header: string; field: CanonicalField };

export type HeaderDetection = {
  /** 0-based index of the (first) header row in the rows given. */
  headerRowIndex: number;
  headerRowCount: 1 | 2;
  dataStartIndex: number;
  /** One entry per recognized column, in column order; a field appears once. */
  columns: ColumnMapping[];
  fieldColumns: Partial<Record<CanonicalField, number>>;
  /** The sheet's own row-number columns ("No", "NO URUT"). */
  ignoredColumns: number[];
  unrecognized: { index: number; header: string }[];
  /** Later columns whose header maps to a field an earlier column already took. */
  duplicates: { index: number; header: string; field: CanonicalField }[];
  /** header.unrecognized / header.duplicate, one per column, ready for the import report. */
  warnings: Issue[];
  /** Every non-empty header, in column order, with what became of its column. */
  all: { index: number; header: string; field: CanonicalField | null; status: ColumnStatus }[];
};

export type ColumnStatus = 'recognized' | 'mapped' | 'ignored' | 'rowNumber' | 'unrecognized' | 'duplicate';

/** The uploader's choices by header (see ColumnMapping), keyed by compactKey of the header. */
export type HeaderOverrides = Map<string, ColumnChoice>;

export function headerOverrides(mapping: Record<string, ColumnChoice> | undefined): HeaderOverrides {
  return new Map(Object.entries(mapping ?? {}).map(([header, choice]) => [compactKey(header), choice]));
}

type Match = HeaderMatch & { chosen?: 'mapped' | 'ignored' };

function choose(header: string, auto: () => HeaderMatch | null, overrides: HeaderOverrides): Match | null {
  const choice = overrides.get(compactKey(header));
  if (choice === 'ignore') return { field: 'rowNumber', chosen: 'ignored' };
  if (choice) return { ...(auto() ?? {}), field: choice, chosen: 'mapped' };
  return auto();
}

type Candidate = {
  rowIndex: number;
  rowCount: 1 | 2;
  headers: { index: number; header: string; match: Match | null }[];
};

function singleRow(row: readonly unknown[], rowIndex: number, o: HeaderOverrides): Candidate {
  const headers = [];
  for (let i = 0; i < row.length; i++) {
    const header = cellText(row[i]);
    if (header !== '') headers.push({ index: i, header, match: choose(header, () => mapHeader(header), o) });
  }
  return { rowIndex, rowCount: 1, headers };
}

function resolvePair(group: string, sub: string): HeaderMatch | null {
  return mapHeader(`${group} ${sub}`, false) ?? mapHeader(`${sub} ${group}`, false) ?? mapHeader(sub);
}

/**
 * A merged group header over sub-headers ("Tenaga Kerja" over "L" | "P" | "Jumlah"). The
 * group's text is carried right over empty top cells, but only from a top cell that itself has
 * a sub-header: a vertically merged "Nama IKM" must not leak into the next column.
 */
function twoRows(
  top: readonly unknown[],
  sub: readonly unknown[],
  rowIndex: number,
  o: HeaderOverrides,
): Candidate {
  const headers = [];
  let group = '';
  for (let i = 0; i < Math.max(top.length, sub.length); i++) {
    const t = cellText(top[i]);
    const s = cellText(sub[i]);
    if (t !== '') group = s !== '' ? t : '';
    if (t === '' && s === '') continue;
    if (s === '' || t === s) {
      headers.push({ index: i, header: t, match: choose(t, () => mapHeader(t), o) });
    } else if (t === '' && group === '') {
      headers.push({ index: i, header: s, match: choose(s, () => mapHeader(s), o) });
    } else {
      const owner = t === '' ? group : t;
      const header = `${owner} / ${s}`;
      headers.push({ index: i, header, match: choose(header, () => resolvePair(owner, s), o) });
    }
  }
  return { rowIndex, rowCount: 2, headers };
}

function score(candidate: Candidate): { fields: Set<CanonicalField>; hasName: boolean } {
  const fields = new Set<CanonicalField>();
  for (const h of candidate.headers) if (h.match && h.match.field !== 'rowNumber') fields.add(h.match.field);
  return { fields, hasName: fields.has('businessName') };
}

function detection(candidate: Candidate): HeaderDetection {
  const result: HeaderDetection = {
    headerRowIndex: candidate.rowIndex,
    headerRowCount: candidate.rowCount,
    dataStartIndex: candidate.rowIndex + candidate.rowCount,
    columns: [],
    fieldColumns: {},
    ignoredColumns: [],
    unrecognized: [],
    duplicates: [],
    warnings: [],
    all: [],
  };
  for (const { index, header, match } of candidate.headers) {
    const column = columnLetter(index);
    if (!match) {
      result.unrecognized.push({ index, header });
      result.warnings.push(issue('header.unrecognized', { column, header }));
      result.all.push({ index, header, field: null, status: 'unrecognized' });
    } else if (match.field === 'rowNumber') {
      result.ignoredColumns.push(index);
      const status = match.chosen === 'ignored' ? 'ignored' : 'rowNumber';
      result.all.push({ index, header, field: null, status });
    } else if (result.fieldColumns[match.field] !== undefined) {
      result.duplicates.push({ index, header, field: match.field });
      const first = columnLetter(result.fieldColumns[match.field] as number);
      result.warnings.push(
        issue('header.duplicate', { column, header, field: match.field, firstColumn: first }),
      );
      result.all.push({ index, header, field: null, status: 'duplicate' });
    } else {
      const { chosen: _, ...plain } = match;
      result.fieldColumns[match.field] = index;
      result.columns.push({ ...plain, field: match.field, index, header });
      result.all.push({ index, header, field: match.field, status: match.chosen ?? 'recognized' });
    }
  }
  return result;
}

/**
 * Finds the header under title rows ("DATA IKM KOTA MALANG TAHUN 2021") and empty rows: the
 * row, or pair of rows, among the first `maxScan` that recognizes the most distinct fields,
 * with at least two recognized and a business name among them. Ties prefer a single row, then
 * the earlier one. Unrecognized headers are returned (and warned about), never dropped.
 */
export function findHeaderRow(
  rows: readonly (readonly unknown[] | null | undefined)[],
  maxScan = 20,
  overrides: HeaderOverrides = new Map(),
): ParseResult<HeaderDetection> {
  const limit = Math.min(rows.length, maxScan);
  const candidates: Candidate[] = [];
  for (let r = 0; r < limit; r++) {
    const row = rows[r] ?? [];
    candidates.push(singleRow(row, r, overrides));
    if (r + 1 < limit) candidates.push(twoRows(row, rows[r + 1] ?? [], r, overrides));
  }
  type Scored = { candidate: Candidate; size: number };
  // Candidates come in row order, so on equal scores only a single row may displace a pair.
  const better = (a: Scored, b: Scored | undefined) =>
    !b || a.size > b.size || (a.size === b.size && a.candidate.rowCount < b.candidate.rowCount);
  let best: Scored | undefined;
  let bestAny: Scored | undefined;
  for (const candidate of candidates) {
    const { fields, hasName } = score(candidate);
    const scored = { candidate, size: fields.size };
    if (better(scored, bestAny)) bestAny = scored;
    if (hasName && fields.size >= 2 && better(scored, best)) best = scored;
  }
  if (best) return ok(detection(best.candidate));
  if (bestAny && bestAny.size >= 2)
    return fail('header.noBusinessName', { row: bestAny.candidate.rowIndex + 1 });
  return fail('header.notFound', { rows: limit });
}
