import type { CellPrimitive } from '#core/domain/registry';

export type SourceRow = { number: number; cells: CellPrimitive[] };

/** One sheet of the upload; a CSV file is a single sheet. Rows must be consumed in order. */
export type SheetSource = { name: string; hidden: boolean; rows: AsyncIterable<SourceRow> };

export type FileKind = 'xlsx' | 'csv';
