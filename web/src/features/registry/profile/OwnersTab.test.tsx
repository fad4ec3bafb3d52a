import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import type { Business, BusinessOwner } from '../shared/types';
import { OwnersTab } from './OwnersTab';

const OWNER: BusinessOwner = {
  id: '0b6c1b1e-7a53-4b5e-9a51-3f0f4c2d9e11',
  name: 'Siti Aminah',
  nikMasked: '3573••••••••0003',
  nikOutsideHome: false,
  gender: 'P',
  birthYear: 1985,
  birthDate: '1985-08-17',
  phone: null,
  email: null,
  education: null,
  isPrimary: true,
  hasAccount: false,
  erased: false,
};

const business = (owner: BusinessOwner) =>
  ({
    id: '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f',
    owners: [owner],
    permissions: {
      edit: false,
      delete: false,
      merge: false,
      changeDistrict: false,
      manageOwners: false,
      revealNik: false,
    },
  }) as unknown as Business;

const ownerDetail = (owner: BusinessOwner) =>
  stub(registryApi.getOwner, {
    ...owner,
    address: null,
    userId: null,
    consent: null,
    businesses: [],
  } as never);

describe('the owners tab', () => {
  it('shows the birth date decoded from the NIK, in the reader’s language', async () => {
    stubApi([ownerDetail(OWNER)]);
    await renderPage(<OwnersTab business={business(OWNER)} />, { session: sessionOf('officer') });
    expect(await screen.findByTestId('owner-birth-date')).toHaveTextContent('Tanggal lahir17 Agu 1985');
  });

  it('says the same in English', async () => {
    stubApi([ownerDetail(OWNER)]);
    await renderPage(<OwnersTab business={business(OWNER)} />, {
      session: sessionOf('officer'),
      locale: 'en',
    });
    expect(await screen.findByTestId('owner-birth-date')).toHaveTextContent('Date of birth17 Aug 1985');
  });

  it('shows a dash without a known birth date', async () => {
    const owner = { ...OWNER, birthDate: null };
    stubApi([ownerDetail(owner)]);
    await renderPage(<OwnersTab business={business(owner)} />, { session: sessionOf('officer') });
    expect(await screen.findByTestId('owner-birth-date')).toHaveTextContent('Tanggal lahir–');
  });
});
