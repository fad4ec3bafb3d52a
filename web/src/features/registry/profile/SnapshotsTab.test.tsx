import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import type { Business, Snapshot } from '../shared/types';
import SnapshotsTab from './SnapshotsTab';

const snapshot = (over: Partial<Snapshot>): Snapshot => ({
  id: '0b6c1b1e-7a53-4b5e-9a51-3f0f4c2d9e11',
  businessId: '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f',
  dataYear: 2025,
  workersMale: null,
  workersFemale: null,
  workersTotal: 4,
  investmentIdr: 15_000_000,
  capacity: 300,
  capacityUnit: 'buah',
  outputQuantity: null,
  outputValueIdr: 1_000_000,
  rawMaterials: null,
  turnoverMonthlyIdr: 2_000_000,
  turnoverYearlyIdr: null,
  estimatedFields: [],
  source: 'import',
  sourceDetail: null,
  recordedAt: '2026-01-01T00:00:00.000Z',
  recordedBy: null,
  ...over,
});

const business = (snapshots: Snapshot[], edit = false) =>
  ({
    id: '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f',
    snapshots,
    permissions: { edit },
  }) as unknown as Business;

const rows = async () =>
  within(await screen.findByTestId('snapshot-table'))
    .getAllByRole('row')
    .slice(1);

describe('the yearly figures table', () => {
  it('marks each figure recorded as an approximation, and only those', async () => {
    stubApi([]);
    await renderPage(
      <SnapshotsTab
        business={business([
          // The monthly turnover is what the yearly cell shows (× 12).
          snapshot({ estimatedFields: ['workersTotal', 'capacity', 'turnoverMonthlyIdr'] }),
          snapshot({ id: '1b6c1b1e-7a53-4b5e-9a51-3f0f4c2d9e11', dataYear: 2024 }),
        ])}
      />,
      { session: sessionOf('officer') },
    );
    const [latest, older] = await rows();
    const marked = within(latest);
    expect(marked.getByTestId('estimate-workers')).toHaveTextContent('perkiraan');
    expect(marked.getByTestId('estimate-capacity')).toHaveTextContent('perkiraan');
    expect(marked.getByTestId('estimate-turnover')).toHaveTextContent('perkiraan');
    expect(marked.getByTestId('snapshot-capacity')).toHaveTextContent('300 buahperkiraan');
    expect(marked.queryByTestId('estimate-investment')).toBeNull();
    expect(marked.queryByTestId('estimate-output')).toBeNull();
    expect(within(older).queryByText('perkiraan')).toBeNull();
  });

  it('does not mark the yearly turnover when the estimate was the monthly one it does not show', async () => {
    stubApi([]);
    await renderPage(
      <SnapshotsTab
        business={business([
          snapshot({
            turnoverYearlyIdr: 30_000_000,
            estimatedFields: ['turnoverMonthlyIdr', 'outputValueIdr'],
          }),
        ])}
      />,
      { session: sessionOf('officer') },
    );
    const [row] = await rows();
    expect(within(row).queryByTestId('estimate-turnover')).toBeNull();
    expect(within(row).getByTestId('estimate-output')).toBeInTheDocument();
  });

  it('says “estimate” in English', async () => {
    stubApi([]);
    await renderPage(
      <SnapshotsTab business={business([snapshot({ estimatedFields: ['investmentIdr'] })])} />,
      {
        session: sessionOf('officer'),
        locale: 'en',
      },
    );
    const [row] = await rows();
    expect(within(row).getByTestId('estimate-investment')).toHaveTextContent('estimate');
  });

  it('offers a correction of each year to whoever may edit, filled with that year', async () => {
    stubApi([]);
    const { user } = await renderPage(<SnapshotsTab business={business([snapshot({})], true)} />, {
      session: sessionOf('officer'),
    });
    await user.click(await screen.findByRole('button', { name: 'Koreksi 2025' }));
    expect(await screen.findByText('Koreksi data tahun 2025')).toBeInTheDocument();
    expect(screen.getByLabelText('Kapasitas produksi')).toHaveValue('300');
  });

  it('offers no correction to a reader', async () => {
    stubApi([]);
    await renderPage(<SnapshotsTab business={business([snapshot({})])} />, { session: sessionOf('officer') });
    await screen.findByTestId('snapshot-table');
    expect(screen.queryByRole('button', { name: 'Koreksi 2025' })).toBeNull();
  });
});
