import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { monitoringApi } from '#core/api/monitoring';
import type { Visit } from '#core/schemas/monitoring';
import { type ApiCall, lastQuery, renderPage, sessionOf, setWide, stubApi, stubPage } from '#web/test/render';
import { VisitsPage } from './VisitsPage';

const visit = (n: number): Visit => ({
  id: `00000000-0000-4000-8000-0000000004${String(n).padStart(2, '0')}`,
  businessId: '00000000-0000-4000-8000-000000000200',
  businessName: `Anyaman Bambu ${n}`,
  districtCode: '35.73.05',
  districtName: 'Lowokwaru',
  officerId: '00000000-0000-4000-8000-000000000001',
  officerName: 'Petugas Lowokwaru',
  visitedAt: '2026-05-02T03:04:05.000Z',
  visitedOn: '2026-05-02',
  formId: '00000000-0000-4000-8000-000000000500',
  formVersion: 1,
  answers: {},
  version: 1,
  status: 'approved',
  reviewComment: null,
  reviewedAt: null,
  registrySnapshotId: null,
  createdAt: '2026-05-02T03:04:05.000Z',
  updatedAt: '2026-05-02T03:04:05.000Z',
  permissions: { edit: false, review: false, toRegistry: false },
});

const api = (total = 2) => stubApi([stubPage(monitoringApi.listVisits, [visit(1), visit(2)], total)]);
const lastList = (calls: ApiCall[]) => lastQuery(calls, '/api/visits');

afterEach(() => setWide(false));

describe('the visits list', () => {
  it('on a phone: one card per visit, the business linked, officer and status labelled; no table', async () => {
    api();
    await renderPage(<VisitsPage />, { session: sessionOf('officer') });
    const cards = await screen.findByTestId('visits-cards');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(cards).getByRole('link', { name: 'Anyaman Bambu 2' })).toHaveAttribute(
      'href',
      `/visits/${visit(2).id}`,
    );
    expect(within(cards).getAllByText('Petugas')).toHaveLength(2);
    expect(within(cards).getAllByText('Disetujui')).toHaveLength(2);
  });

  it('on a wide screen: a table', async () => {
    setWide(true);
    api();
    await renderPage(<VisitsPage />, { session: sessionOf('officer') });
    const table = await screen.findByTestId('visits-table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Usaha', 'Tanggal', 'Petugas', 'Status']);
  });

  it('a date filter is sent and goes back to page 1', async () => {
    const calls = api(60);
    const { user } = await renderPage(<VisitsPage />, { session: sessionOf('officer') });
    await screen.findByTestId('visits-cards');
    // The page numbers load after the first paint (Pager.tsx).
    await user.click(await screen.findByRole('button', { name: '2' }));
    await waitFor(() => expect(lastList(calls)?.get('page')).toBe('2'));
    fireEvent.change(screen.getByLabelText('Dari tanggal'), { target: { value: '2026-05-01' } });
    await waitFor(() => expect(lastList(calls)?.get('from')).toBe('2026-05-01'));
    expect(lastList(calls)?.get('page')).toBe('1');
  });

  it('says so when there are none', async () => {
    api(0);
    await renderPage(<VisitsPage />, { session: sessionOf('officer') });
    expect(await screen.findByText('Belum ada kunjungan.')).toBeInTheDocument();
  });
});
