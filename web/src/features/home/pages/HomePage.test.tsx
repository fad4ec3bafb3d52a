import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboardApi } from '#core/api/dashboard';
import { registryApi } from '#core/api/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { HomePage } from './HomePage';

describe('the home page', () => {
  it('is the leadership dashboard for whoever may see it', { timeout: 60_000 }, async () => {
    const calls = stubApi([
      stub(registryApi.listRegions, { items: [] }),
      stub(dashboardApi.summary, { status: 500, body: { error: { code: 'internal', message: 'x' } } }),
      stub(dashboardApi.needsMatrix, { categories: [], rows: [] }),
      stub(dashboardApi.targeting, {
        overall: [],
        byDistrict: [],
        bySubsector: [],
        byCohort: [],
        unattendedHigh: { total: 0, byCategory: [] },
        neverSupported: { total: 0, byDistrict: [] },
      }),
    ]);
    await renderPage(<HomePage />, { session: { ...sessionOf('admin'), permissions: ['dashboard.view'] } });
    expect(
      await screen.findByRole('heading', { name: 'Dasbor pimpinan' }, { timeout: 20_000 }),
    ).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: /Selamat (pagi|siang|sore|malam), Uji/ })).toBeInTheDocument();
    expect(calls.some((c) => c.path === '/api/dashboard/summary')).toBe(true);
  });

  it('keeps the greeting and shortcuts for everyone else', async () => {
    const calls = stubApi([]);
    await renderPage(<HomePage />, { session: sessionOf('trainer') });
    expect(await screen.findByText('Kehadiran, penilaian dan sertifikat pelatihan.')).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Dasbor pimpinan' })).not.toBeInTheDocument();
    expect(calls.filter((c) => c.path.startsWith('/api/dashboard'))).toEqual([]);
  });
});
