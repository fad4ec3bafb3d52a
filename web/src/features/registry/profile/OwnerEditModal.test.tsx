import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import type { Owner } from '../shared/types';
import { OwnerEditModal } from './OwnerEditModal';

const BUSINESS = '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f';
const LOADED = '2026-11-02T03:04:05.678Z';
const THEIRS = '2026-11-02T04:00:00.000Z';

const OWNER: Owner = {
  id: '0b6c1b1e-7a53-4b5e-9a51-3f0f4c2d9e11',
  name: 'Siti Aminah',
  nikMasked: null,
  nikOutsideHome: false,
  gender: 'female',
  birthYear: 1985,
  birthDate: null,
  phone: null,
  email: null,
  education: null,
  hasAccount: false,
  erased: false,
  address: null,
  userId: null,
  consent: { noticeVersion: '2025-01', at: '2026-01-01T00:00:00.000Z', recordedBy: null },
  erasedAt: null,
  source: 'manual',
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: LOADED,
  businesses: [],
};
const CHANGED: Owner = { ...OWNER, name: 'Siti Aminah Rahayu', updatedAt: THEIRS };

const regions = stub(registryApi.listRegions, { items: [] } as never);
const stale = {
  status: 409,
  body: {
    error: {
      code: 'conflict',
      message: 'Data ini sudah diubah orang lain.',
      details: { updatedAt: THEIRS, current: CHANGED },
    },
  },
};

describe('the owner edit form', () => {
  it('sends the version it was filled from', async () => {
    const calls = stubApi([regions, stub(registryApi.updateOwner, { owner: OWNER, warnings: [] } as never)]);
    const { user } = await renderPage(
      <OwnerEditModal owner={OWNER} businessId={BUSINESS} onClose={() => {}} />,
      { session: sessionOf('officer') },
    );
    await user.type(await screen.findByLabelText(/No. HP/), '081234567890');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        expectedUpdatedAt: LOADED,
        name: 'Siti Aminah',
      }),
    );
  });

  it('on a 409 says someone else changed the person, and Reload fills the form with their version', async () => {
    let saves = 0;
    const calls = stubApi([
      regions,
      stub(registryApi.getOwner, CHANGED as never),
      stub(registryApi.updateOwner, () => (++saves === 1 ? stale : { owner: CHANGED, warnings: [] })),
    ]);
    const { user } = await renderPage(
      <OwnerEditModal owner={OWNER} businessId={BUSINESS} onClose={() => {}} />,
      { session: sessionOf('officer') },
    );
    await user.click(await screen.findByRole('button', { name: 'Simpan' }));
    const notice = await screen.findByTestId('stale-edit');
    expect(notice).toHaveTextContent('Orang lain mengubah data ini saat Anda sedang menyuntingnya');
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() => expect(screen.getByLabelText(/Nama pemilik/)).toHaveValue('Siti Aminah Rahayu'));
    expect(screen.queryByTestId('stale-edit')).toBeNull();
    // The next save starts from their version.
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toMatchObject({
        expectedUpdatedAt: THEIRS,
      }),
    );
  });

  it('says it in English', async () => {
    stubApi([regions, stub(registryApi.updateOwner, () => stale)]);
    const { user } = await renderPage(
      <OwnerEditModal owner={OWNER} businessId={BUSINESS} onClose={() => {}} />,
      { session: sessionOf('officer'), locale: 'en' },
    );
    await user.click(await screen.findByRole('button', { name: 'Save' }));
    expect(await screen.findByTestId('stale-edit')).toHaveTextContent(
      'Someone else changed this record while you were editing',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
