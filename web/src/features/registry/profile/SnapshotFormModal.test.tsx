import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import type { Snapshot } from '../shared/types';
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

const SNAPSHOT: Snapshot = {
  id: '0b6c1b1e-7a53-4b5e-9a51-3f0f4c2d9e11',
  businessId: ID,
  dataYear: 2025,
  workersMale: null,
  workersFemale: null,
  workersTotal: 4,
  investmentIdr: 15_000_000,
  capacity: 300,
  capacityUnit: 'buah',
  outputQuantity: null,
  outputValueIdr: null,
  rawMaterials: null,
  turnoverMonthlyIdr: null,
  turnoverYearlyIdr: 24_000_000,
  estimatedFields: ['capacity'],
  source: 'import',
  sourceDetail: null,
  recordedAt: '2026-11-02T03:04:05.678Z',
  recordedBy: null,
};
const THEIRS = { ...SNAPSHOT, capacity: 280, estimatedFields: [], recordedAt: '2026-11-02T04:00:00.000Z' };
const stale = {
  status: 409,
  body: {
    error: {
      code: 'conflict',
      message: 'Data ini sudah diubah orang lain.',
      details: { recordedAt: THEIRS.recordedAt, current: THEIRS },
    },
  },
};
const patchPath = `/api/businesses/${ID}/snapshots/${SNAPSHOT.id}`;

describe('correcting a year’s figures', () => {
  it('sends the version it was filled from, and an emptied box as cleared', async () => {
    const calls = stubApi([stub(registryApi.updateSnapshot, SNAPSHOT)]);
    const { user } = await renderPage(
      <SnapshotFormModal businessId={ID} snapshot={SNAPSHOT} onClose={() => {}} />,
      { session: sessionOf('officer') },
    );
    const capacity = await screen.findByLabelText('Kapasitas produksi');
    expect(capacity).toHaveValue('300');
    await user.clear(screen.getByLabelText('Satuan'));
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH' && c.path === patchPath)?.body).toMatchObject({
        expectedRecordedAt: SNAPSHOT.recordedAt,
        capacity: 300,
        capacityUnit: null,
        workersTotal: 4,
      }),
    );
  });

  it('on a 409 says someone else changed it, and Reload shows their figures', async () => {
    stubApi([
      stub(registryApi.updateSnapshot, () => stale),
      stub(registryApi.getBusiness, { id: ID, snapshots: [THEIRS] } as never),
    ]);
    const { user } = await renderPage(
      <SnapshotFormModal businessId={ID} snapshot={SNAPSHOT} onClose={() => {}} />,
      { session: sessionOf('officer') },
    );
    await user.click(await screen.findByRole('button', { name: 'Simpan' }));
    expect(await screen.findByTestId('stale-edit')).toHaveTextContent(
      'Orang lain mengubah data ini saat Anda sedang menyuntingnya',
    );
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(screen.getByLabelText('Kapasitas produksi')).toHaveValue('280'));
    expect(screen.queryByTestId('stale-edit')).toBeNull();
  });
});
