import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from '@cantoo/pdf-lib';
import { formatNumber } from '#core/format';
import type { DashboardFilters } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { type ReportData, reportData } from './report-data';
import { type Cell, columnOf, type ReportTable, reportTables, type TableId, tableOf } from './report-tables';

/*
 * The dashboard as an A4 PDF for the head of office: headline figures, charts drawn as vector
 * shapes (bars and lines), the needs matrix. Every number comes from the report tables the
 * spreadsheet writes (report-tables.ts). DejaVu Sans writes Indonesian text as it is.
 */

const A4: [number, number] = [595.28, 841.89];
const M = 40;
const INK = rgb(0.13, 0.15, 0.2);
const GREY = rgb(0.55, 0.57, 0.6);
const BLUE = rgb(0.13, 0.4, 0.75);
const TEAL = rgb(0.05, 0.6, 0.55);
const ORANGE = rgb(0.92, 0.5, 0.1);

const fontFile = (name: string) =>
  readFileSync(
    path.join(
      path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')),
      'ttf',
      name,
    ),
  );

type Fonts = { regular: PDFFont; bold: PDFFont };

class Pages {
  page!: PDFPage;
  y = 0;
  constructor(
    readonly doc: PDFDocument,
    readonly fonts: Fonts,
    readonly locale: 'id' | 'en',
  ) {
    this.next();
  }
  next() {
    this.page = this.doc.addPage(A4);
    this.y = A4[1] - M;
  }
  need(height: number) {
    if (this.y - height < M) this.next();
  }
  text(s: string, x: number, size = 9, bold = false, color = INK) {
    this.page.drawText(s, { x, y: this.y, size, font: bold ? this.fonts.bold : this.fonts.regular, color });
  }
  heading(s: string) {
    this.need(40);
    this.y -= 22;
    this.text(s, M, 12, true);
    this.y -= 8;
  }
  fmt = (n: number | null) => (n === null ? '–' : formatNumber(Math.round(n * 10) / 10, this.locale));
}

/** Horizontal bars with their labels and values. */
function bars(p: Pages, items: { label: string; value: number }[], color = BLUE) {
  const max = Math.max(1, ...items.map((i) => i.value));
  const width = A4[0] - 2 * M - 190;
  for (const item of items) {
    p.need(16);
    p.y -= 14;
    p.text(item.label.slice(0, 34), M, 8);
    p.page.drawRectangle({ x: M + 140, y: p.y - 1, width: (item.value / max) * width, height: 9, color });
    p.text(p.fmt(item.value), M + 145 + (item.value / max) * width, 8, false, GREY);
  }
}

/** A line chart of one or more series over the same months. */
function lines(
  p: Pages,
  labels: string[],
  series: { name: string; values: (number | null)[]; color: typeof BLUE }[],
) {
  const h = 130;
  p.need(h + 40);
  const top = p.y - 8;
  const bottom = top - h;
  const left = M + 40;
  const right = A4[0] - M;
  const all = series.flatMap((s) => s.values.filter((v): v is number => v !== null));
  const max = Math.max(1, ...all);
  p.page.drawLine({
    start: { x: left, y: bottom },
    end: { x: right, y: bottom },
    thickness: 0.5,
    color: GREY,
  });
  p.page.drawLine({ start: { x: left, y: bottom }, end: { x: left, y: top }, thickness: 0.5, color: GREY });
  p.y = top - 4;
  p.text(p.fmt(max), M, 7, false, GREY);
  const step = labels.length > 1 ? (right - left) / (labels.length - 1) : 0;
  for (const s of series) {
    let prev: { x: number; y: number } | null = null;
    s.values.forEach((v, i) => {
      if (v === null) return;
      const pt = { x: left + i * step, y: bottom + (v / max) * h };
      if (prev) p.page.drawLine({ start: prev, end: pt, thickness: 1.5, color: s.color });
      p.page.drawCircle({ x: pt.x, y: pt.y, size: 1.5, color: s.color });
      prev = pt;
    });
  }
  p.y = bottom - 12;
  const every = Math.max(1, Math.ceil(labels.length / 8));
  labels.forEach((l, i) => {
    if (i % every === 0)
      p.page.drawText(l, { x: left + i * step - 12, y: p.y, size: 7, font: p.fonts.regular, color: GREY });
  });
  p.y -= 12;
  let x = left;
  for (const s of series) {
    p.page.drawRectangle({ x, y: p.y, width: 8, height: 6, color: s.color });
    p.text(s.name, x + 11, 7);
    x += 20 + p.fonts.regular.widthOfTextAtSize(s.name, 7) + 10;
  }
}

function drawTable(p: Pages, table: ReportTable, widths: number[], keys?: string[], limit = Infinity) {
  const picked = keys ?? table.columns.map((c) => c.key);
  const index = picked.map((k) => table.columns.findIndex((c) => c.key === k));
  const fits = (i: number) => Math.floor(widths[i] / 4.6);
  const row = (cells: Cell[], bold: boolean) => {
    p.need(14);
    p.y -= 12;
    let x = M;
    index.forEach((at, i) => {
      const c = cells[at];
      const s = typeof c === 'number' ? p.fmt(c) : (c ?? '–');
      p.text(String(s).slice(0, fits(i)), x, 7.5, bold);
      x += widths[i];
    });
  };
  // Column names wrap onto up to three lines (e.g. "Omzet bulanan (Rp) / sebelum").
  const wrapped = index.map((at, i) => {
    const out: string[] = [];
    for (const word of table.columns[at].label.split(' ')) {
      const last = out.length - 1;
      if (last >= 0 && `${out[last]} ${word}`.length <= fits(i)) out[last] = `${out[last]} ${word}`;
      else out.push(word);
    }
    // Past three lines the last word stays (it says before or after).
    return out.length > 3 ? [...out.slice(0, 2), out[out.length - 1]] : out;
  });
  const headerLines = Math.max(...wrapped.map((l) => l.length));
  for (let line = 0; line < headerLines; line++) {
    const cells: Cell[] = [];
    index.forEach((at, i) => {
      cells[at] = wrapped[i][line] ?? '';
    });
    row(cells, true);
  }
  for (const r of table.rows.slice(0, limit)) row(r, false);
  if (table.total) row(table.total, true);
}

const numbers = (table: ReportTable, key: string) =>
  columnOf(table, key).map((v) => (v === null ? null : Number(v)));
const barsOf = (table: ReportTable, label: string, value: string, limit = Infinity) => {
  const labels = columnOf(table, label);
  return numbers(table, value)
    .slice(0, limit)
    .map((v, i) => ({ label: String(labels[i] ?? ''), value: v ?? 0 }));
};

export async function renderReportPdf(d: ReportData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    regular: await doc.embedFont(fontFile('DejaVuSans.ttf'), { subset: true }),
    bold: await doc.embedFont(fontFile('DejaVuSans-Bold.ttf'), { subset: true }),
  };
  doc.setTitle(d.title);
  doc.setLanguage(d.locale === 'id' ? 'id-ID' : 'en-GB');
  const tables = reportTables(d);
  const table = (id: TableId) => tableOf(tables, id);
  const p = new Pages(doc, fonts, d.locale);
  p.y -= 8;
  p.text(d.title, M, 16, true);
  for (const line of d.subtitle) {
    p.y -= 14;
    p.text(line, M, 9, false, GREY);
  }
  const totals = table('totals');
  p.heading(totals.title);
  for (const [label, value] of totals.rows) {
    p.y -= 13;
    p.text(String(label), M, 9);
    p.text(p.fmt(Number(value)), M + 220, 9, true);
  }
  const byDistrict = table('by_district');
  p.heading(byDistrict.title);
  bars(p, barsOf(byDistrict, 'name', 'businesses', 20));
  const bySubsector = table('by_subsector');
  p.heading(bySubsector.title);
  bars(p, barsOf(bySubsector, 'name', 'businesses'), TEAL);
  const visits = table('visit_trend');
  const months = columnOf(visits, 'month').map(String);
  p.heading(visits.title);
  lines(p, months, [{ name: d.t('visits'), values: numbers(visits, 'visits'), color: BLUE }]);
  p.heading(d.t('turnover_avg'));
  lines(p, months, [{ name: d.t('turnover_avg'), values: numbers(visits, 'turnover_avg'), color: TEAL }]);
  const funnel = table('funnel');
  p.heading(funnel.title);
  bars(p, barsOf(funnel, 'stage', 'total'), ORANGE);
  const needs = table('needs_trend');
  p.heading(needs.title);
  lines(p, columnOf(needs, 'month').map(String), [
    { name: d.t('open'), values: numbers(needs, 'open'), color: ORANGE },
    { name: d.t('identified'), values: numbers(needs, 'identified'), color: BLUE },
    { name: d.t('met'), values: numbers(needs, 'met'), color: TEAL },
  ]);
  const ranking = table('ranking');
  p.heading(ranking.title);
  bars(p, barsOf(ranking, 'category', 'open'), ORANGE);
  const matrix = table('matrix');
  p.heading(matrix.title);
  const cats = matrix.columns.slice(2);
  const nameWidth = 80;
  const w = (A4[0] - 2 * M - nameWidth) / cats.length;
  drawTable(
    p,
    {
      ...matrix,
      columns: [
        matrix.columns[0],
        matrix.columns[1],
        ...cats.map((c) => ({ ...c, label: c.label.slice(0, 7) })),
      ],
    },
    [nameWidth, ...cats.map(() => w)],
    ['name', ...cats.map((c) => c.key)],
    40,
  );
  p.heading(d.t('unattended'));
  p.y -= 12;
  p.text(p.fmt(Number(ranking.total?.[3] ?? 0)), M, 10, true);
  const never = table('never_supported');
  p.heading(never.title);
  p.y -= 12;
  p.text(p.fmt(Number(never.total?.[2] ?? 0)), M, 10, true);
  const support = table('support');
  p.heading(support.title);
  drawTable(p, support, [170, 90, 90, 150]);
  const outcomes = table('outcomes');
  p.heading(outcomes.title);
  drawTable(p, outcomes, [90, 50, 75, 75, 50, 50, 60, 60]);
  return doc.save();
}

export async function reportPdf(ctx: ServiceContext, filters: DashboardFilters) {
  const d = await reportData(ctx, filters);
  return {
    bytes: await renderReportPdf(d),
    fileName: `dasbor-ikm-${d.summary.period.from}-${d.summary.period.to}.pdf`,
  };
}
