import ExcelJS from 'exceljs';
import type { DashboardFilters } from '#core/schemas/dashboard';
import type { ServiceContext } from '#server/lib/context';
import { type ReportData, reportData } from './report-data';

type Cell = string | number | null;

function addTable(book: ExcelJS.Workbook, name: string, title: string, header: string[], rows: Cell[][]) {
  // Sheet names: at most 31 characters, none of \ / ? * [ ] :, unique.
  let sheetName = name
    .replace(/[\\/?*[\]:]/g, ' ')
    .slice(0, 31)
    .trim();
  while (book.getWorksheet(sheetName)) sheetName = `${sheetName.slice(0, 28)} ${book.worksheets.length}`;
  const sheet = book.addWorksheet(sheetName);
  sheet.addRow([title]).font = { bold: true, size: 13 };
  sheet.addRow([]);
  const head = sheet.addRow(header);
  head.font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c, i) => {
    c.width = Math.min(
      45,
      Math.max(12, ...[header[i] ?? '', ...rows.map((r) => String(r[i] ?? ''))].map((v) => v.length + 2)),
    );
  });
  return sheet;
}

/** The tables behind every figure of the dashboard, one sheet each, the same numbers as the screen. */
export function workbookOf(d: ReportData): ExcelJS.Workbook {
  const { t, summary: s } = d;
  const book = new ExcelJS.Workbook();
  book.creator = 'Bina Kriya';
  const info = addTable(
    book,
    t('totals'),
    d.title,
    [t('name'), t('total')],
    [
      [t('businesses'), s.totals.businesses],
      [t('added'), s.totals.added],
      [t('visits'), s.totals.visits],
      [t('registered'), s.totals.registered],
      [t('certified'), s.totals.certified],
      [t('needs_open'), s.totals.needsOpen],
      [t('needs_met'), s.totals.needsMet],
    ],
  );
  info.insertRow(2, [d.subtitle.join(' · ')]);
  const areaHeader = [t('code'), t('name'), t('businesses'), t('at_start'), t('added'), t('growth_pct')];
  const areaRows = (rows: typeof s.byDistrict) =>
    rows.map((r) => [r.code, r.name, r.businesses, r.atStart, r.added, r.growthPct]);
  addTable(book, t('by_district'), t('by_district'), areaHeader, areaRows(s.byDistrict));
  addTable(book, t('by_subsector'), t('by_subsector'), areaHeader, areaRows(s.bySubsector));
  addTable(
    book,
    t('growth'),
    t('growth'),
    [t('month'), t('added'), t('total')],
    s.growth.map((g) => [g.month, g.added, g.total]),
  );
  addTable(
    book,
    t('visit_trend'),
    t('visit_trend'),
    [
      t('month'),
      t('visits'),
      t('producing_pct'),
      t('pieces_avg'),
      t('turnover_avg'),
      t('workers_avg'),
      t('online_pct'),
    ],
    s.visitTrend.map((v) => [
      v.month,
      v.visits,
      v.producingPct,
      v.piecesAvg,
      v.turnoverAvg,
      v.workersAvg,
      v.onlinePct,
    ]),
  );
  addTable(
    book,
    t('snapshot_trend'),
    t('snapshot_trend'),
    [
      t('year'),
      t('businesses'),
      t('turnover_total'),
      t('turnover_avg'),
      t('workers_total'),
      t('output_total'),
    ],
    s.snapshotTrend.map((y) => [
      y.year,
      y.businesses,
      y.turnoverTotal,
      y.turnoverAvg,
      y.workersTotal,
      y.outputTotal,
    ]),
  );
  addTable(
    book,
    t('funnel'),
    t('funnel'),
    [t('stage'), t('total')],
    [
      [t('registered'), s.funnel.registered],
      [t('attended'), s.funnel.attended],
      [t('certified'), s.funnel.certified],
      [t('followed_up'), s.funnel.followedUp],
    ],
  );
  addTable(
    book,
    t('needs_trend'),
    t('needs_trend'),
    [t('month'), t('identified'), t('met'), t('open')],
    s.needsTrend.map((n) => [n.month, n.identified, n.met, n.open]),
  );
  addTable(
    book,
    t('matrix'),
    t('matrix'),
    [t('code'), t('name'), ...d.matrix.categories.map(d.category)],
    d.matrix.rows.map((r) => [
      r.districtCode,
      r.districtName,
      ...d.matrix.categories.map((c) => r.counts[c] ?? 0),
    ]),
  );
  addTable(
    book,
    t('ranking'),
    t('ranking'),
    [t('category'), t('open'), t('high'), t('unattended')],
    d.targeting.overall.map((o) => [
      d.category(o.category),
      o.n,
      o.high,
      d.targeting.unattendedHigh.byCategory.find((u) => u.category === o.category)?.n ?? 0,
    ]),
  );
  addTable(
    book,
    t('never_supported'),
    t('never_supported'),
    [t('code'), t('name'), t('total')],
    d.targeting.neverSupported.byDistrict.map((r) => [r.code, r.name, r.n]),
  );
  addTable(
    book,
    t('support'),
    t('support'),
    [t('type'), t('count'), t('reached'), t('value')],
    s.support.delivered.map((r) => [r.type, r.count, r.businesses, r.valueIdr]),
  );
  addTable(
    book,
    t('outcomes'),
    t('outcomes'),
    [
      t('group'),
      t('businesses'),
      `${t('turnover')} ${t('before')}`,
      `${t('turnover')} ${t('after')}`,
      `${t('workers')} ${t('before')}`,
      `${t('workers')} ${t('after')}`,
      `${t('channels')} ${t('before')}`,
      `${t('channels')} ${t('after')}`,
    ],
    s.support.outcomes.map((o) => [
      t(o.group),
      o.businesses,
      o.turnoverBefore,
      o.turnoverAfter,
      o.workersBefore,
      o.workersAfter,
      o.channelsBefore,
      o.channelsAfter,
    ]),
  );
  return book;
}

export async function reportXlsx(ctx: ServiceContext, filters: DashboardFilters) {
  const d = await reportData(ctx, filters);
  const bytes = Buffer.from(await workbookOf(d).xlsx.writeBuffer());
  return { bytes, fileName: `dasbor-ikm-${d.summary.period.from}-${d.summary.period.to}.xlsx` };
}
