import ExcelJS from 'exceljs';
import type { DashboardFilters } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { type ReportData, reportData } from './report-data';
import { type Cell, type ReportTable, reportTables } from './report-tables';

function addTable(book: ExcelJS.Workbook, table: ReportTable, title = table.title) {
  // Sheet names: at most 31 characters, none of \ / ? * [ ] :, unique.
  let sheetName = table.title
    .replace(/[\\/?*[\]:]/g, ' ')
    .slice(0, 31)
    .trim();
  while (book.getWorksheet(sheetName)) sheetName = `${sheetName.slice(0, 28)} ${book.worksheets.length}`;
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const header = table.columns.map((c) => c.label);
  sheet.addRow(header).font = { bold: true };
  for (const r of table.rows) sheet.addRow(r);
  if (table.total) sheet.addRow(table.total).font = { bold: true };
  const all: Cell[][] = [...table.rows, ...(table.total ? [table.total] : [])];
  sheet.columns.forEach((c, i) => {
    c.width = Math.min(
      45,
      Math.max(12, ...[header[i] ?? '', ...all.map((r) => String(r[i] ?? ''))].map((v) => v.length + 2)),
    );
  });
  return sheet;
}

/** The tables behind every figure of the dashboard, one sheet each (report-tables.ts). */
export function workbookOf(d: ReportData): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.creator = 'Bina Kriya';
  reportTables(d).forEach((table, i) => {
    // The first sheet carries the report's title, period and area.
    const sheet = addTable(book, table, i === 0 ? d.title : table.title);
    if (i === 0) sheet.insertRow(2, [d.subtitle.join(' · ')]);
  });
  return book;
}

export async function reportXlsx(ctx: ServiceContext, filters: DashboardFilters) {
  const d = await reportData(ctx, filters);
  const bytes = Buffer.from(await workbookOf(d).xlsx.writeBuffer());
  return { bytes, fileName: `dasbor-ikm-${d.summary.period.from}-${d.summary.period.to}.xlsx` };
}
