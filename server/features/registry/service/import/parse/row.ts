import { type CellPrimitive, parseYear, splitProductWords } from '#core/domain/registry';
import type { RowOutcome } from '../types';
import { parseIdentity } from './business';
import { importKey, type RowContext, RowReader } from './context';
import { parseFigures } from './figures';
import { parseLocation } from './location';
import { parseMarket } from './market';
import { parseOwner } from './person';

function noteLines(r: RowReader): string[] {
  const lines: string[] = [];
  const add = (field: Parameters<RowReader['text']>[0], labelKey: string) => {
    const text = r.text(field);
    if (text) lines.push(`${r.ctx.dataText(importKey(labelKey))}: ${text}`);
  };
  add('marketArea', 'notes.marketArea');
  add('rawMaterialOrigin', 'notes.rawMaterialOrigin');
  const notes = r.text('notes');
  if (notes) lines.push(notes);
  return lines;
}

/**
 * One data row → a normalized record, or every reason it cannot be imported. All fields are
 * read even after a first error so the office can fix the row in one go.
 */
export function parseRow(
  sheet: string,
  row: number,
  cells: readonly CellPrimitive[],
  ctx: RowContext,
): RowOutcome {
  const r = new RowReader(cells, ctx);
  const identity = parseIdentity(r);
  const location = parseLocation(r);
  let dataYear = ctx.dataYear;
  const yearCell = r.raw('dataYear');
  if (yearCell !== undefined) {
    const max = ctx.referenceDate.getUTCFullYear() + 1;
    dataYear = r.take('dataYear', parseYear(yearCell, { min: 1990, max })) ?? dataYear;
  }
  // An owner's age is relative to the row's own data year.
  if (dataYear !== ctx.dataYear) r.ctx = { ...ctx, dataYear };
  const owner = parseOwner(r);
  const { figures, estimated } = parseFigures(r);
  const notes = noteLines(r);
  const market = parseMarket(r, notes);
  let nib = identity.nib;
  if (market.legalityNib && nib && market.legalityNib !== nib) {
    r.warn('certifications', {
      key: importKey('row.nibConflict'),
      params: { value: market.legalityNib, nib },
    });
  }
  nib ??= market.legalityNib;
  if (r.errors.length > 0 || !identity.name || !location) {
    return { ok: false, sheet, row, errors: r.errors, warnings: r.warnings };
  }
  return {
    ok: true,
    record: {
      sheet,
      row,
      dataYear,
      business: {
        ...identity,
        name: identity.name,
        nib,
        products: splitProductWords(r.raw('products') ?? null),
        districtCode: location.districtCode,
        villageCode: location.villageCode,
        links: market.links,
        exportStatus: market.exportStatus,
        exportCountries: market.exportCountries,
        noteLines: notes,
      },
      owner,
      figures,
      estimated,
      certifications: market.certifications,
      warnings: r.warnings,
    },
  };
}
