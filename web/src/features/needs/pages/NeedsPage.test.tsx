import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { needsApi } from '#core/api/needs';
import { registryApi } from '#core/api/registry';
import type { Need } from '#core/schemas/needs';
import {
  type ApiCall,
  lastQuery,
  renderPage,
  sessionOf,
  setWide,
  stub,
  stubApi,
  stubPage,
} from '#web/test/render';
import { NeedsPage } from './NeedsPage';

const need = (n: number): Need => ({
  id: `00000000-0000-4000-8000-0000000001${String(n).padStart(2, '0')}`,
  businessId: '00000000-0000-4000-8000-000000000200',
  businessName: `Kerajinan Tembaga ${n}`,
  districtCode: '35.73.05',
  districtName: 'Lowokwaru',
  category: 'packaging',
  priority: 'high',
  description: 'Kemasan untuk ekspor',
  status: 'identified',
  evidenceSource: 'manual',
  evidenceRef: null,
  identifiedOn: '2026-05-02',
  updatedAt: '2026-05-02T03:04:05.000Z',
});

const api = (total = 2) =>
  stubApi([
    stub(registryApi.listRegions, { items: [] } as never),
    stubPage(needsApi.listNeeds, [need(1), need(2)], total),
  ]);
const lastList = (calls: ApiCall[]) => lastQuery(calls, '/api/needs');

afterEach(() => setWide(false));

describe('the needs inventory', () => {
  it('on a phone: one card per need, the business linked, each field labelled; no table', async () => {
    api();
    await renderPage(<NeedsPage />, { session: sessionOf('officer') });
    const cards = await screen.findByTestId('needs-cards');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(cards).getByRole('link', { name: 'Kerajinan Tembaga 1' })).toHaveAttribute(
      'href',
      `/needs/${need(1).id}`,
    );
    expect(within(cards).getAllByText('Prioritas')).toHaveLength(2);
    expect(within(cards).getAllByText('Tinggi')).toHaveLength(2);
  });

  it('on a wide screen: a table with a column per field', async () => {
    setWide(true);
    api();
    await renderPage(<NeedsPage />, { session: sessionOf('officer') });
    const table = await screen.findByTestId('needs-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Usaha', 'Kategori', 'Prioritas', 'Status', 'Teridentifikasi']);
    expect(within(table).getAllByRole('row')).toHaveLength(3);
  });

  it('asks for open needs first; a page number, then a filter, goes back to page 1', async () => {
    const calls = api(60);
    const { user } = await renderPage(<NeedsPage />, { session: sessionOf('officer') });
    await screen.findByTestId('needs-cards');
    expect(lastList(calls)?.get('status')).toBe('open');
    // The page numbers load after the first paint (Pager.tsx).
    await user.click(await screen.findByRole('button', { name: '2' }));
    await waitFor(() => expect(lastList(calls)?.get('page')).toBe('2'));
    await user.click(screen.getByRole('combobox', { name: 'Prioritas' }));
    await user.click(await screen.findByRole('option', { name: 'Tinggi', hidden: true }));
    await waitFor(() => expect(lastList(calls)?.get('priority')).toBe('high'));
    expect(lastList(calls)?.get('page')).toBe('1');
  });

  it('says so when nothing matches', async () => {
    api(0);
    await renderPage(<NeedsPage />, { session: sessionOf('officer') });
    expect(await screen.findByText('Belum ada kebutuhan yang cocok.')).toBeInTheDocument();
  });
});
