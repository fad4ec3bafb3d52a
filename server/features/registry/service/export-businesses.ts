import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { Locale } from '#core/i18n/locales';
import type { MapQuery } from '#core/schemas/registry';
import { recordAudit } from '#server/lib/audit';
import type { ServiceContext } from '#server/lib/context';
import { AppError } from '#server/lib/errors';
import { translate } from '#server/lib/i18n';
import { type ExportCursor, type ExportRow, exportPage } from '../queries/export';

const PAGE = 1000;
const MONEY = '"Rp" #,##0';

type Column = {
  key: string;
  width: number;
  value(r: ExportRow, t: (k: string) => string): unknown;
  money?: boolean;
};

const num = (v: string | number | null) => (v === null ? null : Number(v));
const label = (t: (k: string) => string, group: string, code: string | null) =>
  code ? t(`registry:enum.${group}.${code}`) : null;

// Headers are ones the importer recognizes, so an exported file can be edited and imported back.
const COLUMNS: Column[] = [
  { key: 'name', width: 36, value: (r) => r.name },
  { key: 'brand', width: 18, value: (r) => r.brand },
  { key: 'legalForm', width: 12, value: (r, t) => label(t, 'legal_form', r.legal_form) },
  { key: 'nib', width: 16, value: (r) => r.nib },
  { key: 'npwp', width: 20, value: (r) => r.npwp },
  { key: 'subsector', width: 16, value: (r, t) => label(t, 'subsector', r.subsector) },
  { key: 'products', width: 28, value: (r) => (r.products ?? []).join(', ') || null },
  { key: 'address', width: 36, value: (r) => r.address },
  { key: 'kelurahan', width: 18, value: (r) => r.village },
  { key: 'kecamatan', width: 16, value: (r) => r.district },
  { key: 'yearFounded', width: 10, value: (r) => r.year_founded },
  { key: 'sentra', width: 16, value: (r) => r.sentra },
  { key: 'owner', width: 28, value: (r) => r.owners },
  { key: 'phone', width: 18, value: (r) => r.phones },
  { key: 'dataYear', width: 10, value: (r) => r.data_year },
  { key: 'workersMale', width: 10, value: (r) => r.workers_male },
  { key: 'workersFemale', width: 10, value: (r) => r.workers_female },
  { key: 'workersTotal', width: 10, value: (r) => r.workers_total },
  { key: 'investment', width: 16, value: (r) => num(r.investment_idr), money: true },
  { key: 'turnoverMonthly', width: 16, value: (r) => num(r.turnover_monthly_idr), money: true },
  { key: 'turnoverYearly', width: 16, value: (r) => num(r.turnover_yearly_idr), money: true },
  { key: 'outputValue', width: 16, value: (r) => num(r.output_value_idr), money: true },
  { key: 'capacity', width: 12, value: (r) => num(r.capacity) },
  { key: 'capacityUnit', width: 10, value: (r) => r.capacity_unit },
  {
    key: 'certifications',
    width: 20,
    value: (r, t) => (r.certifications ?? []).map((c) => label(t, 'certification', c)).join(', ') || null,
  },
  { key: 'exportStatus', width: 14, value: (r, t) => label(t, 'export_status', r.export_status) },
  { key: 'exportCountries', width: 18, value: (r) => (r.export_countries ?? []).join(', ') || null },
];

/** Who may take the registry away in a file: the office, and officers for their own kecamatan. */
function authorize(ctx: ServiceContext) {
  const role = ctx.actor?.role;
  if (role !== 'admin' && role !== 'officer') throw new AppError('forbidden');
}

/**
 * The filtered list as a streamed XLSX, one row per business: owner names and phones, the
 * latest (or the chosen year's) figures, certifications. No NIK, in any form. Pages are read
 * one after another while the file is written, so memory stays flat however many rows.
 */
export function exportBusinesses(
  ctx: ServiceContext,
  filter: z.output<typeof MapQuery>,
  locale: Locale,
): Readable {
  authorize(ctx);
  const t = (key: string) => translate(locale, key);
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(t('registry-import:export.sheet'), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = COLUMNS.map((c) => ({
    header: t(`registry-import:export.columns.${c.key}`),
    width: c.width,
    ...(c.money ? { style: { numFmt: MONEY } } : {}),
  }));
  sheet.getRow(1).font = { bold: true };
  (async () => {
    let after: ExportCursor = null;
    let count = 0;
    for (;;) {
      const rows = await exportPage(ctx.db, ctx.actor, filter, after, PAGE);
      for (const r of rows) sheet.addRow(COLUMNS.map((c) => c.value(r, t))).commit();
      count += rows.length;
      if (rows.length < PAGE) break;
      const last = rows[rows.length - 1];
      after = { name: last.sort_name, id: last.id };
    }
    sheet.commit();
    await workbook.commit();
    await recordAudit(ctx.db, ctx, {
      action: 'business.export',
      entityType: 'business',
      after: { filter, rows: count },
    });
  })().catch((error) => out.destroy(error));
  return out;
}
