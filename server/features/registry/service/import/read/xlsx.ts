import type { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import { type CellPrimitive, unwrapCell } from '#core/domain/registry';
import { AppError } from '#server/lib/errors';
import { importKey } from '../parse/context';
import { fillDown, type VerticalMerge } from './merges';
import type { SheetSource } from './types';

type SheetMeta = { name?: string; state?: string };

function toCells(values: unknown): CellPrimitive[] {
  // exceljs rows are 1-based sparse arrays.
  if (!Array.isArray(values)) return [];
  const cells: CellPrimitive[] = [];
  for (let i = 1; i < values.length; i++) cells.push(unwrapCell(values[i]));
  return cells;
}

const isEmpty = (cell: CellPrimitive | undefined) =>
  cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');

/**
 * Streams an XLSX workbook sheet by sheet. Styles are cached so date-formatted cells arrive
 * as Date objects; hyperlinks and comments are ignored. A value merged down over several rows
 * (read beforehand, see merges.ts) is given to each of those rows.
 */
export async function* readXlsx(
  input: Readable,
  merges: Map<string, VerticalMerge[]> = new Map(),
): AsyncGenerator<SheetSource> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    entries: 'ignore',
  });
  let index = 0;
  try {
    for await (const worksheet of reader) {
      index++;
      const meta = worksheet as unknown as SheetMeta;
      const name = meta.name ?? `Sheet${index}`;
      const fill = fillDown(merges.get(name) ?? [], isEmpty);
      async function* rows() {
        try {
          for await (const row of worksheet)
            yield { number: row.number, cells: fill(row.number, toCells(row.values)) };
        } catch (error) {
          throw unreadable(error);
        }
      }
      yield {
        name,
        hidden: meta.state === 'hidden' || meta.state === 'veryHidden',
        rows: rows(),
      };
    }
  } catch (error) {
    throw unreadable(error);
  }
}

/** exceljs fails on broken XML with TypeErrors and the like: the user hears the file is damaged. */
function unreadable(error: unknown) {
  if (error instanceof AppError) return error;
  return Object.assign(new AppError('import_failed', importKey('file.damaged'), { status: 422 }), {
    cause: error,
  });
}
