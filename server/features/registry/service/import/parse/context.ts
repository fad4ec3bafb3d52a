import {
  type CellPrimitive,
  cellText,
  type Issue,
  isBlankCell,
  type RegionCandidate,
} from '#core/domain/registry';
import type { CanonicalField, HeaderDetection } from '../headers';
import type { RowIssue } from '../types';

/** The home city's kecamatan and kelurahan, loaded once per import. */
export type RegionIndex = {
  regencyCode: string;
  regencyName: string;
  districts: RegionCandidate[];
  villagesByDistrict: Map<string, RegionCandidate[]>;
  villages: RegionCandidate[];
  names: Map<string, string>;
};

/** A catalog key and its parameters, before the column is known. */
export type IssueInput = { key: string; params?: Record<string, string | number> };

export type ColumnInfo = { index: number; header: string; scale?: number; year?: number };

/** Everything a row's parser needs besides its cells. */
export type RowContext = {
  sheet: string;
  columns: Partial<Record<CanonicalField, ColumnInfo>>;
  regions: RegionIndex;
  /** From a section row, the title ("KECAMATAN KLOJEN") or the sheet name. */
  defaultDistrict: string | null;
  dataYear: number;
  turnoverPeriod: 'month' | 'year' | null;
  /** An officer's kecamatan; null for admins. */
  scope: string[] | null;
  hashNik(nik: string): string;
  referenceDate: Date;
  /** Translates a catalog key into the data language, for note lines stored in the record. */
  dataText(key: string): string;
};

export function columnsOf(detection: HeaderDetection): Partial<Record<CanonicalField, ColumnInfo>> {
  const columns: Partial<Record<CanonicalField, ColumnInfo>> = {};
  for (const c of detection.columns) {
    columns[c.field] = { index: c.index, header: c.header, scale: c.scale, year: c.year };
  }
  return columns;
}

/** Reads one row's cells by field, collecting errors (reject) and warnings (keep) per column. */
export class RowReader {
  readonly errors: RowIssue[] = [];
  readonly warnings: RowIssue[] = [];
  constructor(
    readonly cells: readonly CellPrimitive[],
    public ctx: RowContext,
  ) {}

  has(field: CanonicalField): boolean {
    return this.ctx.columns[field] !== undefined;
  }

  /** The raw cell, or undefined when the column is absent or the cell blank ("-", "n/a" too). */
  raw(field: CanonicalField): CellPrimitive | undefined {
    const column = this.ctx.columns[field];
    if (!column) return undefined;
    const value = this.cells[column.index] ?? null;
    return isBlankCell(value) ? undefined : value;
  }

  text(field: CanonicalField): string | null {
    const value = this.raw(field);
    if (value === undefined) return null;
    const text = cellText(value).replace(/\s+/g, ' ').trim();
    return text === '' ? null : text;
  }

  column(field: CanonicalField | null): string | null {
    return field ? (this.ctx.columns[field]?.header ?? null) : null;
  }

  error(field: CanonicalField | null, issue: IssueInput) {
    this.errors.push(toRowIssue(this.column(field), issue));
  }

  warn(field: CanonicalField | null, issue: IssueInput) {
    this.warnings.push(toRowIssue(this.column(field), issue));
  }

  /** Parser warnings are kept; parser failures become errors (or warnings when `soft`). */
  take<T>(
    field: CanonicalField,
    result: { ok: true; value: T; warnings: Issue[] } | { ok: false; issues: Issue[] },
    soft = false,
  ): T | null {
    if (result.ok) {
      for (const w of result.warnings) this.warn(field, w);
      return result.value;
    }
    for (const i of result.issues) {
      if (soft) this.warn(field, { ...i, key: i.key, params: { ...(i.params ?? {}), dropped: 1 } });
      else this.error(field, i);
    }
    return null;
  }
}

function toRowIssue(column: string | null, issue: IssueInput): RowIssue {
  return { column, key: issue.key, ...(issue.params ? { params: issue.params } : {}) };
}

export const importKey = (key: string) => `registry-import:${key}`;
