import { cellText, foldText, parseCount, parseLocaleNumber, parseRupiah } from '#core/domain/registry';
import type { CanonicalField } from '../headers';
import type { FigureData } from '../types';
import { importKey, type RowReader } from './context';

function money(r: RowReader, field: CanonicalField): number | null {
  const value = r.raw(field);
  if (value === undefined) return null;
  return r.take(field, parseRupiah(value, { scale: r.ctx.columns[field]?.scale }));
}

function count(r: RowReader, field: CanonicalField): number | null {
  const value = r.raw(field);
  if (value === undefined) return null;
  return r.take(field, parseCount(value, { max: 1_000_000 }));
}

/** "1.200 pcs", "2,5 ton/bulan", 300: a non-negative quantity and the unit written after it. */
function quantity(r: RowReader, field: CanonicalField): { value: number | null; unit: string | null } {
  const value = r.raw(field);
  if (value === undefined) return { value: null, unit: null };
  if (typeof value === 'number' && Number.isFinite(value) && value >= 0) return { value, unit: null };
  const text = foldText(cellText(value));
  const match = /^(\d[\d.,]*)\s*([a-z][a-z0-9 /.]*)?$/.exec(text);
  const parsed = match ? parseLocaleNumber(match[1]) : null;
  if (!match || !parsed?.ok) {
    r.error(field, { key: importKey('row.quantityInvalid'), params: { value: cellText(value) } });
    return { value: null, unit: null };
  }
  return { value: parsed.value, unit: match[2]?.trim() || null };
}

/**
 * The yearly figures. Numbers that cannot be read reject the row: a wrong figure would skew
 * the office's statistics, and the rejects file lets them be fixed. Omzet without a period is
 * imported only when the uploader said which period it is (`turnoverPeriod`).
 */
export function parseFigures(r: RowReader): FigureData {
  let monthly = money(r, 'turnoverMonthlyIdr');
  let yearly = money(r, 'turnoverYearlyIdr');
  if (r.ctx.turnoverPeriod && r.raw('turnoverIdr') !== undefined) {
    const value = money(r, 'turnoverIdr');
    if (r.ctx.turnoverPeriod === 'month') monthly ??= value;
    else yearly ??= value;
  }
  let male = count(r, 'workersMale');
  let female = count(r, 'workersFemale');
  const total = count(r, 'workersTotal');
  if (total !== null && male !== null && female === null && total >= male) female = total - male;
  if (total !== null && female !== null && male === null && total >= female) male = total - female;
  if (total !== null && male !== null && female !== null && male + female !== total) {
    r.warn('workersTotal', {
      key: importKey('row.workersTotalMismatch'),
      params: { total, male, female },
    });
  }
  const capacity = quantity(r, 'capacity');
  const output = quantity(r, 'outputQuantity');
  return {
    workersMale: male,
    workersFemale: female,
    investmentIdr: money(r, 'investmentIdr'),
    capacity: capacity.value,
    capacityUnit: r.text('capacityUnit') ?? capacity.unit ?? output.unit,
    outputQuantity: output.value,
    outputValueIdr: money(r, 'outputValueIdr'),
    rawMaterials: r.text('rawMaterials'),
    turnoverMonthlyIdr: monthly,
    turnoverYearlyIdr: yearly,
  };
}
