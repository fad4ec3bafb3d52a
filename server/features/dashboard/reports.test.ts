import ExcelJS from 'exceljs';
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatNumber } from '#core/format';
import { officeDate } from '#core/time';
import { BLIMBING, LOWOKWARU } from '#server/features/registry/test-helpers';
import type { Client, TestApp } from '#server/test/app';
import { demoOffice } from './test-helpers';

/* The PDF and XLSX reports: same numbers as the screen, an officer's only their kecamatan. */

let t: TestApp;
let admin: Client;
let officer: Client;

beforeAll(async () => {
  ({ t, admin, officer } = await demoOffice(
    { businesses: 200, visits: 1_500, needs: 500, events: 5 },
    officeDate(),
  ));
});
afterAll(() => t.close());

async function workbook(client: Client, query = '') {
  const res = await client.get(`/api/dashboard/report.xlsx${query}`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return book;
}

/** Data rows of a sheet (after its title, blank line and header). */
const rowsOf = (sheet: ExcelJS.Worksheet) =>
  sheet.getSheetValues().slice(4).filter(Boolean) as unknown as (string | number | null)[][];

async function pdfText(client: Client, query = '') {
  const res = await client.get(`/api/dashboard/report.pdf${query}`);
  expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
  const doc = await getDocumentProxy(new Uint8Array(res.rawPayload));
  return (await extractText(doc, { mergePages: true })).text;
}

const sheetOf = (book: ExcelJS.Workbook, title: string) => {
  const sheet = book.worksheets.find((w) => title.startsWith(w.name));
  expect(sheet, title).toBeDefined();
  return sheet!;
};

describe('dashboard reports', () => {
  it('shows the same support and headline figures on the screen, in the XLSX and in the PDF', async () => {
    const query = `?districtCode=${LOWOKWARU}&from=2019-01-01`;
    const summary = (await admin.get(`/api/dashboard/summary${query}`)).json();
    const book = await workbook(admin, query);
    const text = await pdfText(admin, query);
    const support = rowsOf(sheetOf(book, 'Dukungan yang diberikan'));
    expect(summary.support.delivered.length).toBeGreaterThan(0);
    expect(support.map((r) => r.slice(2))).toEqual(
      summary.support.delivered.map((d: { count: number; businesses: number; valueIdr: number }) => [
        d.count,
        d.businesses,
        d.valueIdr,
      ]),
    );
    // Types are named, not coded, in both files.
    expect(support.map((r) => r[1])).toContain('Pelatihan');
    for (const d of summary.support.delivered) {
      const line = `${formatNumber(d.count)} ${formatNumber(d.businesses)} ${formatNumber(d.valueIdr)}`;
      expect(text, line).toContain(line);
    }
    const total = rowsOf(book.worksheets[0])
      .slice(1)
      .find((r) => r[1] === 'Jumlah IKM');
    expect(total?.[2]).toBe(summary.totals.businesses);
    expect(text).toContain(`Jumlah IKM ${formatNumber(summary.totals.businesses)}`);
    const never = rowsOf(sheetOf(book, 'IKM yang belum pernah dibina'));
    const targeting = (await admin.get(`/api/dashboard/targeting?districtCode=${LOWOKWARU}`)).json();
    expect(never.at(-1)?.slice(2)).toEqual(['Jumlah', targeting.neverSupported.total]);
  });

  it('puts the screen numbers in the spreadsheet', async () => {
    const book = await workbook(admin, '?quarter=2026-Q4');
    const summary = (await admin.get('/api/dashboard/summary?quarter=2026-Q4')).json();
    // The first sheet has the period and area under its title: one row more.
    const totals = rowsOf(book.worksheets[0]).slice(1);
    expect(totals.map((r) => r[2])).toEqual([
      summary.totals.businesses,
      summary.totals.added,
      summary.totals.visits,
      summary.totals.registered,
      summary.totals.certified,
      summary.totals.needsOpen,
      summary.totals.needsMet,
    ]);
    const matrix = (await admin.get('/api/dashboard/needs-matrix')).json();
    const sheet = book.worksheets.find((w) => w.name.startsWith('Kebutuhan terbuka per'));
    expect(sheet).toBeDefined();
    const rows = rowsOf(sheet!);
    expect(rows.map((r) => r[1])).toEqual(matrix.rows.map((r: { districtCode: string }) => r.districtCode));
    expect(rows[0].slice(3)).toEqual(matrix.categories.map((c: string) => matrix.rows[0].counts[c]));
  });

  it("limits an officer's files to their kecamatan and refuses another's", async () => {
    const book = await workbook(officer);
    const districts = rowsOf(book.worksheets[1]).map((r) => r[1]);
    expect(districts).toEqual([LOWOKWARU]);
    const pdf = await officer.get('/api/dashboard/report.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toContain('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    for (const url of [
      `/api/dashboard/report.pdf?districtCode=${BLIMBING}`,
      `/api/dashboard/report.xlsx?districtCode=${BLIMBING}`,
    ])
      expect((await officer.get(url)).statusCode, url).toBe(403);
    const bad = await admin.get('/api/dashboard/report.pdf?quarter=2026-Q9');
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json().error.details)).toContain('quarter');
  });

  it('renders the English PDF with charts', async () => {
    const res = await admin.get('/api/dashboard/report.pdf', {
      headers: { cookie: `${[...admin.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}; bk_lang=en` },
    });
    expect(res.statusCode).toBe(200);
    expect(res.rawPayload.length).toBeGreaterThan(10_000);
  });
});
