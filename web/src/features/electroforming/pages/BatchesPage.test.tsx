import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { electroformingApi } from '#core/api/electroforming';
import type { BatchListItem } from '#web/features/electroforming/hooks/records';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { BatchesPage } from './BatchesPage';

function batch(n: number, status: BatchListItem['status']): BatchListItem {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    ownerUserId: '00000000-0000-4000-8000-000000000001',
    ownerName: 'Uji ikm_owner',
    bathId: '00000000-0000-4000-8000-0000000000b1',
    bathName: 'Bak ember 2 L',
    name: `Batch ${n}`,
    status,
    plannedStartAt: null,
    actualStartAt: '2030-01-02T02:00:00.000Z',
    actualStopAt: '2030-01-02T08:00:00.000Z',
    completedAt: '2030-01-03T02:00:00.000Z',
    notes: null,
    pieceCount: 3,
    totalAreaCm2: 60,
    plannedHours: 6,
    qc: { pass: 3, rework: 0, reject: 0 },
    createdAt: '2030-01-01T00:00:00.000Z',
    updatedAt: '2030-01-03T00:00:00.000Z',
  };
}

async function openBatches(items: BatchListItem[]) {
  stubApi([stub(electroformingApi.listBatches, { items, total: items.length, page: 1, pageSize: 100 })]);
  return renderPage(<BatchesPage />, { session: sessionOf('ikm_owner') });
}

describe('the batches list shows where the batches are', () => {
  it('opens on the history when nothing runs but batches are finished', async () => {
    await openBatches([batch(1, 'done'), batch(2, 'done')]);
    expect(await screen.findAllByTestId('batch-row')).toHaveLength(2);
    expect(screen.queryByText('Belum ada batch')).not.toBeInTheDocument();
    expect(screen.getByTestId('batches-filter')).toHaveTextContent('Berjalan (0)');
    expect(screen.getByTestId('batches-filter')).toHaveTextContent('Riwayat (2)');
  });

  it('on "Berjalan" with nothing running, says how many are in Riwayat and leads there', async () => {
    const { user } = await openBatches([batch(1, 'done'), batch(2, 'done'), batch(3, 'done')]);
    await screen.findAllByTestId('batch-row');
    await user.click(within(screen.getByTestId('batches-filter')).getByText(/Berjalan/));
    expect(await screen.findByText('3 batch selesai ada di Riwayat.')).toBeInTheDocument();
    expect(screen.queryByText('Belum ada batch')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('batches-show-history'));
    expect(await screen.findAllByTestId('batch-row')).toHaveLength(3);
  });

  it('opens on "Berjalan" when a batch runs, and invites a first plan when there are none', async () => {
    await openBatches([batch(1, 'running'), batch(2, 'done')]);
    expect(await screen.findAllByTestId('batch-row')).toHaveLength(1);
    expect(screen.getByText('Batch 1')).toBeInTheDocument();
  });

  it('invites a first plan when there are no batches at all', async () => {
    await openBatches([]);
    expect(await screen.findByText('Belum ada batch')).toBeInTheDocument();
  });
});
