import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardApi } from '#core/api/dashboard';
import { registryApi } from '#core/api/registry';
import type { DrillList, NeedsMatrix, Summary, Targeting } from '#core/schemas/dashboard';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { recentQuarters } from '../lib/filters';
import { DashboardPage } from './DashboardPage';

/** The options of a Mantine Select's own dropdown. */
async function optionsOf(select: HTMLElement) {
  const listbox = await waitFor(() => {
    const id = select.getAttribute('aria-controls');
    const el = id ? document.getElementById(id) : null;
    if (!el) throw new Error('dropdown not open');
    return el;
  });
  return within(listbox)
    .getAllByRole('option', { hidden: true })
    .map((o) => o.textContent);
}

const region = (code: string, name: string) => ({
  code,
  name,
  level: 'district',
  parentCode: '35.73',
  parentName: 'Kota Malang',
  home: true,
});
const REGIONS = [
  region('35.73.01', 'Kedungkandang'),
  region('35.73.02', 'Sukun'),
  region('35.73.05', 'Lowokwaru'),
];

const SUMMARY: Summary = {
  period: { from: '2026-01-01', to: '2026-12-04', districtCodes: null },
  totals: {
    businesses: 1234,
    added: 234,
    visits: 560,
    registered: 80,
    certified: 31,
    needsOpen: 47,
    needsMet: 12,
  },
  byDistrict: [
    { code: '35.73.01', name: 'Kedungkandang', businesses: 700, atStart: 600, added: 100, growthPct: 16.7 },
    { code: '35.73.05', name: 'Lowokwaru', businesses: 534, atStart: 400, added: 134, growthPct: 33.5 },
  ],
  bySubsector: [
    { code: 'batik_tekstil', name: null, businesses: 1234, atStart: 1000, added: 234, growthPct: 23.4 },
  ],
  growth: [
    { month: '2026-10', added: 20, total: 1200 },
    { month: '2026-11', added: 34, total: 1234 },
  ],
  visitTrend: [
    {
      month: '2026-11',
      visits: 40,
      producingPct: 90,
      piecesAvg: 120,
      turnoverAvg: 15_000_000,
      workersAvg: 3,
      onlinePct: 40,
    },
  ],
  snapshotTrend: [],
  funnel: { registered: 80, attended: 70, certified: 31, followedUp: 20 },
  needsTrend: [{ month: '2026-11', identified: 10, met: 4, open: 47 }],
  support: {
    delivered: [{ type: 'training', count: 6, valueIdr: 25_000_000, businesses: 60 }],
    outcomes: [
      {
        group: 'supported',
        businesses: 60,
        turnoverBefore: 10_000_000,
        turnoverAfter: 14_000_000,
        workersBefore: 2,
        workersAfter: 3,
        channelsBefore: 1,
        channelsAfter: 2,
      },
    ],
  },
};

const MATRIX: NeedsMatrix = {
  categories: ['capital', 'packaging'],
  rows: [
    { districtCode: '35.73.01', districtName: 'Kedungkandang', counts: { capital: 9, packaging: 2 } },
    { districtCode: '35.73.05', districtName: 'Lowokwaru', counts: { capital: 0, packaging: 5 } },
  ],
};

const TARGETING: Targeting = {
  overall: [{ category: 'capital', n: 9, high: 4 }],
  byDistrict: [{ code: '35.73.01', name: 'Kedungkandang', top: [{ category: 'capital', n: 9 }] }],
  bySubsector: [],
  byCohort: [],
  unattendedHigh: { total: 3, byCategory: [{ category: 'capital', n: 3 }] },
  neverSupported: { total: 17, byDistrict: [{ code: '35.73.01', name: 'Kedungkandang', n: 17 }] },
};

const DRILL: DrillList = {
  items: [
    {
      id: '00000000-0000-4000-8000-0000000000b1',
      name: 'Batik Tulis Bu Sari',
      districtCode: '35.73.05',
      districtName: 'Lowokwaru',
      subsector: 'batik_tekstil',
      latestTurnoverYearlyIdr: 120_000_000,
      latestWorkers: 4,
    },
  ],
  total: 1,
  page: 1,
  pageSize: 25,
};

function api(overrides: { summary?: unknown } = {}) {
  return stubApi([
    stub(registryApi.listRegions, ({ url }) =>
      url.searchParams.get('level') === 'regency'
        ? { items: [{ code: '35.73', name: 'Kota Malang', level: 'regency', parentCode: '35', home: true }] }
        : { items: REGIONS },
    ),
    stub(dashboardApi.summary, overrides.summary ?? SUMMARY),
    stub(dashboardApi.needsMatrix, MATRIX),
    stub(dashboardApi.targeting, TARGETING),
    stub(dashboardApi.drill, DRILL),
  ]);
}

describe('the leadership dashboard', () => {
  it('shows the headline figures, and a heat-map cell opens the businesses behind it', {
    timeout: 60_000,
  }, async () => {
    const calls = api();
    const { user } = await renderPage(<DashboardPage />, { session: sessionOf('admin') });
    const ikm = await screen.findByRole('button', { name: 'IKM: 1.234' });
    expect(ikm).toHaveTextContent('+234 dalam periode (23,4%)');
    expect(screen.getByText('Rp 15.000.000')).toBeInTheDocument();
    expect(screen.getByText('47')).toBeInTheDocument();
    expect(screen.getByText('12 terpenuhi dalam periode')).toBeInTheDocument();
    // The reports carry the same filters as the screen.
    expect(screen.getByRole('link', { name: 'Unduh PDF' })).toHaveAttribute(
      'href',
      '/api/dashboard/report.pdf',
    );

    await user.click(await screen.findByRole('button', { name: 'Lowokwaru, Kemasan: 5' }));
    const drawer = await screen.findByRole('dialog');
    const link = await within(drawer).findByRole('link', { name: 'Batik Tulis Bu Sari' });
    expect(link).toHaveAttribute('href', '/registry/00000000-0000-4000-8000-0000000000b1');
    const drill = calls.find((c) => c.path === '/api/dashboard/businesses');
    expect(Object.fromEntries(drill?.query ?? [])).toMatchObject({
      figure: 'needs',
      category: 'packaging',
      districtCode: '35.73.05',
      status: 'open',
    });
    // An empty cell has nothing behind it: a labelled cell, not a (disabled) button.
    expect(screen.getByLabelText('Lowokwaru, Permodalan: 0')).toHaveTextContent('·');
    expect(screen.queryByRole('button', { name: 'Lowokwaru, Permodalan: 0' })).toBeNull();
  });

  it('choosing a kecamatan asks for it, in the figures and the report links', {
    timeout: 60_000,
  }, async () => {
    const calls = api();
    const { user } = await renderPage(<DashboardPage />, { session: sessionOf('admin') });
    await screen.findByRole('button', { name: 'IKM: 1.234' });
    const select = screen.getByRole('combobox', { name: 'Kecamatan' });
    await user.click(select);
    await waitFor(async () =>
      expect(await optionsOf(select)).toEqual(['Kedungkandang', 'Lowokwaru', 'Sukun']),
    );
    await user.click(screen.getByRole('option', { name: 'Sukun', hidden: true }));
    await waitFor(() =>
      expect(
        calls.some((c) => c.path === '/api/dashboard/summary' && c.query.get('districtCode') === '35.73.02'),
      ).toBe(true),
    );
    expect(screen.getByRole('link', { name: 'Unduh XLSX' })).toHaveAttribute(
      'href',
      '/api/dashboard/report.xlsx?districtCode=35.73.02',
    );
    // A quarter goes with it, to the figures and to the quarterly report.
    const quarter = recentQuarters()[0] as string;
    await user.click(screen.getByRole('combobox', { name: 'Periode' }));
    await user.click(await screen.findByRole('option', { name: quarter.replace('-', ' '), hidden: true }));
    await waitFor(() =>
      expect(
        calls.some((c) => c.path === '/api/dashboard/summary' && c.query.get('quarter') === quarter),
      ).toBe(true),
    );
    expect(screen.getByRole('link', { name: 'Unduh PDF' })).toHaveAttribute(
      'href',
      `/api/dashboard/report.pdf?quarter=${quarter}&districtCode=35.73.02`,
    );
  });

  it('an officer is offered only their kecamatan, and the figures ask for it', {
    timeout: 60_000,
  }, async () => {
    const calls = api();
    const { user } = await renderPage(<DashboardPage />, { session: sessionOf('officer') });
    await screen.findByRole('button', { name: 'IKM: 1.234' });
    expect(await screen.findByText('Hanya kecamatan tugas Anda: Lowokwaru')).toBeInTheDocument();
    const select = screen.getByRole('combobox', { name: 'Kecamatan' });
    await waitFor(() => expect(select).toHaveValue('Lowokwaru'));
    await user.click(select);
    expect(await optionsOf(select)).toEqual(['Lowokwaru']);
    const asked = calls.filter((c) => c.path.startsWith('/api/dashboard/'));
    expect(asked.length).toBeGreaterThan(0);
    for (const c of asked) expect(c.query.get('districtCode')).toBe('35.73.05');
  });

  it('says when the figures could not be loaded', async () => {
    api({ summary: apiError(500, 'internal', 'Terjadi kesalahan') });
    await renderPage(<DashboardPage />, { session: sessionOf('admin') });
    expect(await screen.findByRole('button', { name: /Coba lagi/ })).toBeInTheDocument();
  });
});
