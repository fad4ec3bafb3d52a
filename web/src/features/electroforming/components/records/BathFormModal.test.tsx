import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { electroformingApi } from '#core/api/electroforming';
import { CRAFT_WINDOW } from '#core/domain/electroforming/windows';
import type { Bath } from '#core/schemas/electroforming';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { BathFormModal } from './BathFormModal';

const LOADED = '2030-01-02T03:04:05.678Z';
const THEIRS = '2030-01-02T05:00:00.000Z';

const bath: Bath = {
  id: '00000000-0000-4000-8000-0000000000b1',
  ownerUserId: '00000000-0000-4000-8000-000000000001',
  ownerName: 'Uji ikm_owner',
  businessId: null,
  name: 'Bak ember 2 L',
  volumeL: 2,
  composition: {
    copperSulfateGL: 200,
    sulfuricAcidGL: 60,
    chloridePpm: 60,
    temperatureC: 25,
    measuredOn: '2030-01-01',
  },
  anodeType: 'phosphorizedCopper',
  operatingWindowPreset: 'craft',
  operatingWindow: CRAFT_WINDOW,
  efficiency: 0.95,
  efficiencySource: 'default',
  status: 'active',
  notes: null,
  warnings: [],
  lastMaintenanceOn: null,
  createdAt: '2030-01-01T00:00:00.000Z',
  updatedAt: LOADED,
};
const theirs: Bath = { ...bath, name: 'Bak 1 (diganti)', updatedAt: THEIRS };

const stale = {
  status: 409,
  body: {
    error: {
      code: 'conflict',
      message: 'Larutan ini sudah diubah orang lain.',
      details: { updatedAt: THEIRS, current: theirs },
    },
  },
};
const session = { session: sessionOf('ikm_owner') };

describe('the bath edit form', () => {
  it('sends the version it was filled from', async () => {
    const calls = stubApi([stub(electroformingApi.updateBath, bath)]);
    const { user } = await renderPage(<BathFormModal bath={bath} onClose={() => {}} />, session);
    await user.click(await screen.findByTestId('bath-save'));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        expectedUpdatedAt: LOADED,
        name: 'Bak ember 2 L',
      }),
    );
  });

  it('sends no version when creating', async () => {
    const calls = stubApi([stub(electroformingApi.createBath, bath)]);
    const { user } = await renderPage(<BathFormModal bath={null} onClose={() => {}} />, session);
    await user.type(await screen.findByLabelText(/Nama larutan/), 'Bak 2');
    await user.click(screen.getByTestId('bath-save'));
    await waitFor(() => expect(calls.find((c) => c.method === 'POST')?.body).toBeDefined());
    expect(calls.find((c) => c.method === 'POST')?.body).not.toHaveProperty('expectedUpdatedAt');
  });

  it('on a 409 says someone else changed the bath, and Reload fills the form with their version', async () => {
    let saves = 0;
    const calls = stubApi([
      stub(electroformingApi.getBath, theirs),
      stub(electroformingApi.updateBath, () => (++saves === 1 ? stale : theirs)),
    ]);
    const { user } = await renderPage(<BathFormModal bath={bath} onClose={() => {}} />, session);
    await user.click(await screen.findByTestId('bath-save'));
    expect(await screen.findByTestId('stale-edit')).toHaveTextContent(
      'Orang lain mengubah data ini saat Anda sedang menyuntingnya',
    );
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(screen.getByLabelText(/Nama larutan/)).toHaveValue('Bak 1 (diganti)'));
    expect(screen.queryByTestId('stale-edit')).toBeNull();
    await user.click(screen.getByTestId('bath-save'));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toMatchObject({
        expectedUpdatedAt: THEIRS,
      }),
    );
  });
});
