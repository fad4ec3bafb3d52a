import { PassThrough, type Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Locale } from '#core/i18n/locales';
import type { imports, StoredCell } from '#server/db/schema';
import { issueMessage } from '#server/features/registry/present/imports';
import { translate } from '#server/lib/i18n';

type ImportRow = typeof imports.$inferSelect;

const cellValue = (c: StoredCell) => (c !== null && typeof c === 'object' ? new Date(c.date) : c);

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them. */
const sheetName = (name: string) => name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet1';

/**
 * The rejected rows as a workbook to fix and import again: per sheet, the title and header
 * rows as they were, then each rejected row's original cells (NIK cells left empty) and the
 * reasons in an extra column, which a re-import ignores.
 */
export function rejectsWorkbook(row: ImportRow, locale: Locale): Readable {
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const reasonHeader = translate(locale, 'registry-import:rejects.reason');
  const reasons = new Map<string, string[]>();
  for (const e of row.errors) {
    const key = `${e.sheet ?? ''}!${e.row}`;
    const text = e.column ? `${e.column}: ${issueMessage(locale, e)}` : issueMessage(locale, e);
    reasons.set(key, [...(reasons.get(key) ?? []), text]);
  }
  (async () => {
    for (const sheet of row.rejects?.sheets ?? []) {
      const ws = workbook.addWorksheet(sheetName(sheet.name));
      const width = Math.max(
        ...sheet.header.map((r) => r.length),
        ...sheet.rows.map((r) => r.cells.length),
        1,
      );
      const firstHeader = sheet.header.length - (sheet.headerRows ?? 1);
      sheet.header.forEach((cells, i) => {
        const values: unknown[] = cells.map(cellValue);
        // Every row of a two-row header carries the reason title, so it reads as one column.
        if (i >= firstHeader) values[width] = reasonHeader;
        const added = ws.addRow(values);
        if (i >= firstHeader) added.font = { bold: true };
        added.commit();
      });
      for (const r of sheet.rows) {
        const values: unknown[] = r.cells.map(cellValue);
        const texts = reasons.get(`${sheet.name}!${r.row}`) ?? [];
        if (r.nikRemoved) texts.push(translate(locale, 'registry-import:rejects.nikRemoved'));
        values[width] = texts.join('; ');
        ws.addRow(values).commit();
      }
      ws.getColumn(width + 1).width = 60;
      ws.commit();
    }
    await workbook.commit();
  })().catch((error) => out.destroy(error));
  return out;
}

export function rejectsFileName(fileName: string, locale: Locale): string {
  const base = fileName.replace(/\.(xlsx|csv|xls)$/i, '');
  return `${base}-${translate(locale, 'registry-import:rejects.fileSuffix')}.xlsx`;
}
