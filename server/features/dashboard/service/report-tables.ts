import type { ReportData } from './report-data';

/*
 * The tables behind the reports, defined once: each table's title, columns and rows from the
 * report data. The spreadsheet writes every table as a sheet; the PDF draws its charts and
 * tables from the same rows, so the two files (and the screen, which reads the same summary)
 * always show the same numbers. Numbers are rounded here, not by either file: Rupiah and counts
 * to whole numbers, averages and percentages to one decimal.
 */

export type Cell = string | number | null;

export type TableId =
  | 'totals'
  | 'by_district'
  | 'by_subsector'
  | 'growth'
  | 'visit_trend'
  | 'snapshot_trend'
  | 'funnel'
  | 'needs_trend'
  | 'matrix'
  | 'ranking'
  | 'never_supported'
  | 'support'
  | 'outcomes';

export type Column = { key: string; label: string };

export type ReportTable = {
  id: TableId;
  title: string;
  columns: Column[];
  rows: Cell[][];
  /** What each row is (a total's or category's code), where rows are looked up by it. */
  rowKeys?: string[];
  /** A last row of sums, shown in both files. */
  total?: Cell[];
};

const one = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);
const whole = (n: number | null) => (n === null ? null : Math.round(n));

export function reportTables(d: ReportData): ReportTable[] {
  const { t, summary: s } = d;
  const col = (key: string, label = t(key)): Column => ({ key, label });
  const table = (id: TableId, columns: Column[], body: Pick<ReportTable, 'rows' | 'rowKeys' | 'total'>) => ({
    id,
    title: t(id),
    columns,
    ...body,
  });
  const keyed = (pairs: [string, Cell[]][]) => ({
    rows: pairs.map((p) => p[1]),
    rowKeys: pairs.map((p) => p[0]),
  });
  const area = (rows: typeof s.byDistrict, label: (code: string, name: string | null) => string) =>
    rows.map((r) => [r.code, label(r.code, r.name), r.businesses, r.atStart, r.added, one(r.growthPct)]);
  const areaColumns = [
    col('code'),
    col('name'),
    col('businesses'),
    col('at_start'),
    col('added'),
    col('growth_pct'),
  ];
  const unattended = new Map(d.targeting.unattendedHigh.byCategory.map((u) => [u.category, u.n]));
  const sum = (rows: Cell[][], i: number) => rows.reduce<number>((a, r) => a + Number(r[i] ?? 0), 0);
  const never = d.targeting.neverSupported.byDistrict.map((r) => [r.code, r.name ?? r.code, r.n]);
  const ranking = d.targeting.overall.map((o) => [
    d.category(o.category),
    o.n,
    o.high,
    unattended.get(o.category) ?? 0,
  ]);
  return [
    table(
      'totals',
      [col('name'), col('total')],
      keyed(
        (
          [
            ['businesses', s.totals.businesses],
            ['added', s.totals.added],
            ['visits', s.totals.visits],
            ['registered', s.totals.registered],
            ['certified', s.totals.certified],
            ['needs_open', s.totals.needsOpen],
            ['needs_met', s.totals.needsMet],
          ] as const
        ).map(([key, n]) => [key, [t(key), n]]),
      ),
    ),
    table('by_district', areaColumns, { rows: area(s.byDistrict, (code, name) => name ?? code) }),
    table('by_subsector', areaColumns, { rows: area(s.bySubsector, (code) => d.subsector(code)) }),
    table('growth', [col('month'), col('added'), col('total')], {
      rows: s.growth.map((g) => [g.month, g.added, g.total]),
    }),
    table(
      'visit_trend',
      [
        col('month'),
        col('visits'),
        col('producing_pct'),
        col('pieces_avg'),
        col('turnover_avg'),
        col('workers_avg'),
        col('online_pct'),
      ],
      {
        rows: s.visitTrend.map((v) => [
          v.month,
          v.visits,
          one(v.producingPct),
          one(v.piecesAvg),
          whole(v.turnoverAvg),
          one(v.workersAvg),
          one(v.onlinePct),
        ]),
      },
    ),
    table(
      'snapshot_trend',
      [
        col('year'),
        col('businesses'),
        col('turnover_total'),
        col('turnover_avg'),
        col('workers_total'),
        col('output_total'),
      ],
      {
        rows: s.snapshotTrend.map((y) => [
          y.year,
          y.businesses,
          y.turnoverTotal,
          whole(y.turnoverAvg),
          y.workersTotal,
          y.outputTotal,
        ]),
      },
    ),
    table(
      'funnel',
      [col('stage'), col('total')],
      keyed(
        (
          [
            ['registered', s.funnel.registered],
            ['attended', s.funnel.attended],
            ['certified', s.funnel.certified],
            ['followed_up', s.funnel.followedUp],
          ] as const
        ).map(([key, n]) => [key, [t(key), n]]),
      ),
    ),
    table('needs_trend', [col('month'), col('identified'), col('met'), col('open')], {
      rows: s.needsTrend.map((n) => [n.month, n.identified, n.met, n.open]),
    }),
    table('matrix', [col('code'), col('name'), ...d.matrix.categories.map((c) => col(c, d.category(c)))], {
      rows: d.matrix.rows.map((r) => [
        r.districtCode,
        r.districtName ?? r.districtCode,
        ...d.matrix.categories.map((c) => r.counts[c] ?? 0),
      ]),
    }),
    table('ranking', [col('category'), col('open'), col('high'), col('unattended')], {
      ...keyed(d.targeting.overall.map((o, i) => [o.category, ranking[i]])),
      total: [t('total'), sum(ranking, 1), sum(ranking, 2), d.targeting.unattendedHigh.total],
    }),
    table('never_supported', [col('code'), col('name'), col('total')], {
      rows: never,
      total: [null, t('total'), d.targeting.neverSupported.total],
    }),
    table(
      'support',
      [col('type'), col('count'), col('reached'), col('value')],
      keyed(
        s.support.delivered.map((r) => [r.type, [d.supportType(r.type), r.count, r.businesses, r.valueIdr]]),
      ),
    ),
    table(
      'outcomes',
      [
        col('group'),
        col('businesses'),
        col('turnover_before', `${t('turnover')} ${t('before')}`),
        col('turnover_after', `${t('turnover')} ${t('after')}`),
        col('workers_before', `${t('workers')} ${t('before')}`),
        col('workers_after', `${t('workers')} ${t('after')}`),
        col('channels_before', `${t('channels')} ${t('before')}`),
        col('channels_after', `${t('channels')} ${t('after')}`),
      ],
      keyed(
        s.support.outcomes.map((o) => [
          o.group,
          [
            t(o.group),
            o.businesses,
            whole(o.turnoverBefore),
            whole(o.turnoverAfter),
            one(o.workersBefore),
            one(o.workersAfter),
            one(o.channelsBefore),
            one(o.channelsAfter),
          ],
        ]),
      ),
    ),
  ];
}

/** One table of the list (every id is always there). */
export const tableOf = (tables: ReportTable[], id: TableId) => tables.find((x) => x.id === id)!;

/** A row's cell, by the row's key and the column's key (null when the row is not there). */
export function cellOf(table: ReportTable, rowKey: string, key: string): Cell {
  const row = table.rowKeys?.indexOf(rowKey) ?? -1;
  return row < 0 ? null : (columnOf(table, key)[row] ?? null);
}

/** A column's values, by its key. */
export function columnOf(table: ReportTable, key: string): Cell[] {
  const i = table.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`report table ${table.id} has no column ${key}`);
  return table.rows.map((r) => r[i]);
}
