import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { SnapshotFormModal } from './SnapshotFormModal';

const ID = '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f';
const path = `/api/businesses/${ID}/snapshots`;

describe('the yearly figures form', () => {
  it('shows L + P as a hint while the total is empty, and sends the total typed', async () => {
    const calls = stubApi([stub(registryApi.createSnapshot, apiError(500, 'internal', 'x'))]);
    const { user } = await renderPage(<SnapshotFormModal businessId={ID} onClose={() => {}} />, {
      session: sessionOf('admin'),
    });
    await user.type(await screen.findByLabelText('Tenaga kerja laki-laki'), '3');
    await user.type(screen.getByLabelText('Tenaga kerja perempuan'), '4');
    expect(await screen.findByText(/L \+ P = 7/)).toBeInTheDocument();
    await user.type(screen.getByTestId('field-workers-total'), '7');
    expect(screen.queryByText(/L \+ P = 7/)).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST' && c.path === path)?.body).toMatchObject({
        workersMale: 3,
        workersFemale: 4,
        workersTotal: 7,
      }),
    );
  });

  it('puts the server refusal of the total on the total field', async () => {
    stubApi([
      stub(
        registryApi.createSnapshot,
        apiError(400, 'validation_failed', 'Periksa isian', [
          { path: 'workersTotal', message: 'Jumlah harus sama dengan L + P.' },
        ]),
      ),
    ]);
    const { user } = await renderPage(<SnapshotFormModal businessId={ID} onClose={() => {}} />, {
      session: sessionOf('admin'),
    });
    await user.type(await screen.findByTestId('field-workers-total'), '12');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Jumlah harus sama dengan L + P.')).toBeInTheDocument();
    expect(screen.getByTestId('field-workers-total')).toHaveAttribute('aria-invalid', 'true');
  });

  it('says it in English', async () => {
    stubApi([]);
    const { user } = await renderPage(<SnapshotFormModal businessId={ID} onClose={() => {}} />, {
      session: sessionOf('admin'),
      locale: 'en',
    });
    await user.type(await screen.findByLabelText('Male workers'), '3');
    await user.type(screen.getByLabelText('Female workers'), '4');
    expect(await screen.findByText(/M \+ F = 7/)).toBeInTheDocument();
    expect(screen.getByLabelText('Number of workers (total)')).toBeInTheDocument();
  });
});
