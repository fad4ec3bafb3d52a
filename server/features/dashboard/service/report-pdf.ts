import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import fontkit from '@cantoo/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from '@cantoo/pdf-lib';
import { formatNumber } from '#core/format';
import type { DashboardFilters } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { type ReportData, reportData } from './report-data';

/*
 * The dashboard as an A4 PDF for the head of office: headline figures, charts drawn as vector
 * shapes (bars and lines), the needs matrix. DejaVu Sans writes Indonesian text as it is.
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

function tableOf(p: Pages, header: string[], rows: (string | number | null)[][], widths: number[]) {
  const row = (cells: (string | number | null)[], bold: boolean) => {
    p.need(14);
    p.y -= 12;
    let x = M;
    cells.forEach((c, i) => {
      const s = typeof c === 'number' ? p.fmt(c) : (c ?? '–');
      p.text(String(s).slice(0, Math.floor(widths[i] / 4.6)), x, 7.5, bold);
      x += widths[i];
    });
  };
  row(header, true);
  for (const r of rows) row(r, false);
}

export async function renderReportPdf(d: ReportData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const fonts = {
    regular: await doc.embedFont(fontFile('DejaVuSans.ttf'), { subset: true }),
    bold: await doc.embedFont(fontFile('DejaVuSans-Bold.ttf'), { subset: true }),
  };
  doc.setTitle(d.title);
  doc.setLanguage(d.locale === 'id' ? 'id-ID' : 'en-GB');
  const { t, summary: s } = d;
  const p = new Pages(doc, fonts, d.locale);
  p.y -= 8;
  p.text(d.title, M, 16, true);
  for (const line of d.subtitle) {
    p.y -= 14;
    p.text(line, M, 9, false, GREY);
  }
  p.heading(t('totals'));
  const totals: [string, number][] = [
    [t('businesses'), s.totals.businesses],
    [t('added'), s.totals.added],
    [t('visits'), s.totals.visits],
    [t('registered'), s.totals.registered],
    [t('certified'), s.totals.certified],
    [t('needs_open'), s.totals.needsOpen],
    [t('needs_met'), s.totals.needsMet],
  ];
  for (const [label, value] of totals) {
    p.y -= 13;
    p.text(label, M, 9);
    p.text(p.fmt(value), M + 220, 9, true);
  }
  p.heading(t('by_district'));
  bars(
    p,
    s.byDistrict.slice(0, 20).map((r) => ({ label: r.name ?? r.code, value: r.businesses })),
  );
  p.heading(t('by_subsector'));
  bars(
    p,
    s.bySubsector.map((r) => ({ label: r.code, value: r.businesses })),
    TEAL,
  );
  p.heading(t('visit_trend'));
  lines(
    p,
    s.visitTrend.map((v) => v.month),
    [{ name: t('visits'), values: s.visitTrend.map((v) => v.visits), color: BLUE }],
  );
  p.heading(t('turnover_avg'));
  lines(
    p,
    s.visitTrend.map((v) => v.month),
    [{ name: t('turnover_avg'), values: s.visitTrend.map((v) => v.turnoverAvg), color: TEAL }],
  );
  p.heading(t('funnel'));
  bars(
    p,
    [
      { label: t('registered'), value: s.funnel.registered },
      { label: t('attended'), value: s.funnel.attended },
      { label: t('certified'), value: s.funnel.certified },
      { label: t('followed_up'), value: s.funnel.followedUp },
    ],
    ORANGE,
  );
  p.heading(t('needs_trend'));
  lines(
    p,
    s.needsTrend.map((n) => n.month),
    [
      { name: t('open'), values: s.needsTrend.map((n) => n.open), color: ORANGE },
      { name: t('identified'), values: s.needsTrend.map((n) => n.identified), color: BLUE },
      { name: t('met'), values: s.needsTrend.map((n) => n.met), color: TEAL },
    ],
  );
  p.heading(t('ranking'));
  bars(
    p,
    d.targeting.overall.map((o) => ({ label: d.category(o.category), value: o.n })),
    ORANGE,
  );
  p.heading(t('matrix'));
  const cats = d.matrix.categories;
  const nameWidth = 80;
  const w = (A4[0] - 2 * M - nameWidth) / cats.length;
  tableOf(
    p,
    [t('name'), ...cats.map((c) => d.category(c).slice(0, 7))],
    d.matrix.rows
      .slice(0, 40)
      .map((r) => [r.districtName ?? r.districtCode, ...cats.map((c) => r.counts[c] ?? 0)]),
    [nameWidth, ...cats.map(() => w)],
  );
  p.heading(t('unattended'));
  p.y -= 12;
  p.text(p.fmt(d.targeting.unattendedHigh.total), M, 10, true);
  p.heading(t('never_supported'));
  p.y -= 12;
  p.text(p.fmt(d.targeting.neverSupported.total), M, 10, true);
  p.heading(t('support'));
  tableOf(
    p,
    [t('type'), t('count'), t('reached'), t('value')],
    s.support.delivered.map((r) => [r.type, r.count, r.businesses, r.valueIdr]),
    [170, 90, 90, 150],
  );
  p.heading(t('outcomes'));
  tableOf(
    p,
    [t('group'), t('businesses'), `${t('turnover')}`, '', t('workers'), '', t('channels'), ''],
    [
      ['', '', t('before'), t('after'), t('before'), t('after'), t('before'), t('after')],
      ...s.support.outcomes.map((o) => [
        t(o.group),
        o.businesses,
        o.turnoverBefore,
        o.turnoverAfter,
        o.workersBefore,
        o.workersAfter,
        o.channelsBefore,
        o.channelsAfter,
      ]),
    ],
    [90, 50, 75, 75, 50, 50, 60, 60],
  );
  return doc.save();
}

export async function reportPdf(ctx: ServiceContext, filters: DashboardFilters) {
  const d = await reportData(ctx, filters);
  return {
    bytes: await renderReportPdf(d),
    fileName: `dasbor-ikm-${d.summary.period.from}-${d.summary.period.to}.pdf`,
  };
}
