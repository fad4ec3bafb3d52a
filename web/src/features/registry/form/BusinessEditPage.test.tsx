import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import type { Business } from '../shared/types';
import BusinessFormPage from './BusinessFormPage';

/* Editing a business that someone else saves meanwhile: the save carries the loaded version. */

const ID = '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f';
const LOADED = '2026-11-02T03:04:05.678Z';
const THEIRS = '2026-11-02T04:00:00.000Z';

const BUSINESS: Business = {
  id: ID,
  name: 'Anyaman Bambu Sejahtera',
  brand: null,
  legalForm: null,
  nib: null,
  npwp: null,
  kbli: [],
  subsector: 'kayu',
  address: null,
  regencyCode: '35.73',
  districtCode: '35.73.05',
  districtName: 'Lowokwaru',
  villageCode: null,
  villageName: null,
  lat: null,
  lng: null,
  yearFounded: null,
  sentra: null,
  links: [],
  exportStatus: 'belum',
  exportCountries: [],
  notes: null,
  products: [],
  source: 'manual',
  sourceDetail: null,
  owners: [],
  latestSnapshot: null,
  snapshots: [],
  certifications: [],
  mergedFromIds: [],
  permissions: {
    edit: true,
    delete: false,
    merge: false,
    changeDistrict: true,
    manageOwners: true,
    revealNik: false,
  },
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: LOADED,
};
const THEIR_COPY: Business = { ...BUSINESS, name: 'Anyaman Bambu Sejahtera Abadi', updatedAt: THEIRS };

const LOWOKWARU = { code: '35.73.05', name: 'Lowokwaru', level: 'district', parentCode: '35.73', home: true };
const regions = stub(registryApi.listRegions, ({ url }) =>
  url.searchParams.get('level') === 'regency'
    ? { items: [{ code: '35.73', name: 'Kota Malang', level: 'regency', parentCode: '35', home: true }] }
    : { items: url.searchParams.get('parent') === '35.73' ? [LOWOKWARU] : [] },
);
const stale = {
  status: 409,
  body: {
    error: {
      code: 'conflict',
      message: 'Data ini sudah diubah orang lain.',
      details: { updatedAt: THEIRS, current: THEIR_COPY },
    },
  },
};
const open = { session: sessionOf('admin'), route: `/registry/${ID}/edit`, path: '/registry/:id/edit' };

describe('editing a business', () => {
  it('sends the version it was filled from', async () => {
    const calls = stubApi([
      regions,
      stub(registryApi.getBusiness, BUSINESS),
      stub(registryApi.updateBusiness, { ...BUSINESS, warnings: [] }),
    ]);
    const { user } = await renderPage(<BusinessFormPage />, open);
    await user.click(await screen.findByTestId('save-business'));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'PATCH')?.body).toMatchObject({
        expectedUpdatedAt: LOADED,
        name: 'Anyaman Bambu Sejahtera',
      }),
    );
  });

  it('on a 409 says someone else changed it, and Reload shows their version and saves against it', async () => {
    let loads = 0;
    let saves = 0;
    const calls = stubApi([
      regions,
      stub(registryApi.getBusiness, () => (++loads === 1 ? BUSINESS : THEIR_COPY)),
      stub(registryApi.updateBusiness, () => (++saves === 1 ? stale : { ...THEIR_COPY, warnings: [] })),
    ]);
    const { user } = await renderPage(<BusinessFormPage />, open);
    await user.click(await screen.findByTestId('save-business'));
    expect(await screen.findByTestId('stale-edit')).toHaveTextContent(
      'Orang lain mengubah data ini saat Anda sedang menyuntingnya',
    );
    expect(screen.queryByTestId('form-failure')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Muat ulang' }));
    await waitFor(() =>
      expect(screen.getByTestId('field-name')).toHaveValue('Anyaman Bambu Sejahtera Abadi'),
    );
    expect(screen.queryByTestId('stale-edit')).toBeNull();
    await user.click(screen.getByTestId('save-business'));
    await waitFor(() =>
      expect(calls.filter((c) => c.method === 'PATCH').at(-1)?.body).toMatchObject({
        expectedUpdatedAt: THEIRS,
      }),
    );
  });

  it('a kecamatan the person may not change is held and says who can change it', async () => {
    stubApi([
      regions,
      stub(registryApi.getBusiness, {
        ...BUSINESS,
        permissions: { ...BUSINESS.permissions, changeDistrict: false },
      }),
    ]);
    await renderPage(<BusinessFormPage />, { ...open, session: sessionOf('ikm_owner') });
    const kecamatan = await screen.findByTestId('field-kecamatan');
    expect(kecamatan).toBeDisabled();
    expect(kecamatan).toHaveAccessibleDescription(
      'Kecamatan usaha hanya dapat dipindah oleh petugas Diskopindag.',
    );
  });
});
