import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { needsApi } from '#core/api/needs';
import type { Support } from '#core/schemas/needs';
import { type ApiCall, lastQuery, renderPage, sessionOf, setWide, stubApi, stubPage } from '#web/test/render';
import { SupportListPage } from './SupportListPage';

const support = (n: number): Support => ({
  id: `00000000-0000-4000-8000-0000000003${String(n).padStart(2, '0')}`,
  type: 'exhibition',
  date: '2026-05-02',
  valueIdr: 1_500_000,
  deliveredBy: { kind: 'office', name: 'Disperin Kota Malang' },
  title: `Pameran Kriya ${n}`,
  note: null,
  trainingEventId: null,
  businessCount: 3,
  needCount: 2,
  createdAt: '2026-05-02T03:04:05.000Z',
});

const api = (total = 2) => stubApi([stubPage(needsApi.listSupport, [support(1), support(2)], total)]);
const lastList = (calls: ApiCall[]) => lastQuery(calls, '/api/support');

afterEach(() => setWide(false));

describe('the support-given list', () => {
  it('on a phone: one card per support, titled by its kind, the figures labelled; no table', async () => {
    api();
    await renderPage(<SupportListPage />, { session: sessionOf('officer') });
    const cards = await screen.findByTestId('support-cards');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const first = within(cards).getAllByRole('article')[0];
    expect(first.textContent).toMatch(/^Pameran \/ ekspoPameran Kriya 1/);
    expect(within(first).getByText('Jangkauan')).toBeInTheDocument();
    expect(within(first).getByText('3 usaha · 2 kebutuhan')).toBeInTheDocument();
  });

  it('on a wide screen: a table, the date first', async () => {
    setWide(true);
    api();
    await renderPage(<SupportListPage />, { session: sessionOf('officer') });
    const table = await screen.findByTestId('support-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Tanggal', 'Jenis', 'Pemberi dukungan', 'Nilai (Rp)', 'Jangkauan']);
  });

  it('a kind filter goes back to page 1', async () => {
    const calls = api(60);
    const { user } = await renderPage(<SupportListPage />, { session: sessionOf('officer') });
    await screen.findByTestId('support-cards');
    // The page numbers load after the first paint (Pager.tsx).
    await user.click(await screen.findByRole('button', { name: '2' }));
    await waitFor(() => expect(lastList(calls)?.get('page')).toBe('2'));
    await user.click(screen.getByRole('combobox', { name: 'Jenis' }));
    await user.click(await screen.findByRole('option', { name: 'Pelatihan', hidden: true }));
    await waitFor(() => expect(lastList(calls)?.get('type')).toBe('training'));
    expect(lastList(calls)?.get('page')).toBe('1');
  });

  it('says so when nothing is recorded', async () => {
    api(0);
    await renderPage(<SupportListPage />, { session: sessionOf('officer') });
    expect(await screen.findByText('Belum ada dukungan tercatat.')).toBeInTheDocument();
  });
});
