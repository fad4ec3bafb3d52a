import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import type { Business } from '../shared/types';
import { ProfileTab } from './ProfileTab';

const business = (products: string[]) =>
  ({
    id: '7d0c3f1e-2b1a-4c5d-9e8f-0a1b2c3d4e5f',
    name: 'Anyaman Bambu Sejahtera',
    brand: null,
    legalForm: null,
    subsector: 'kriya',
    nib: null,
    npwp: null,
    kbli: [],
    yearFounded: null,
    sentra: null,
    owners: [],
    address: null,
    villageName: null,
    districtName: 'Lowokwaru',
    districtCode: '35.73.05',
    lat: null,
    lng: null,
    exportStatus: 'belum',
    exportCountries: [],
    links: [],
    certifications: [],
    products,
    source: 'manual',
    sourceDetail: null,
    notes: null,
    createdAt: '2026-03-14T03:05:00.000Z',
    updatedAt: '2026-03-14T03:05:00.000Z',
    permissions: { revealNik: false },
  }) as unknown as Business;

describe('the business profile', () => {
  it('shows each product word as a badge', async () => {
    stubApi([]);
    await renderPage(<ProfileTab business={business(['tas anyaman', 'kalung daun'])} />, {
      session: sessionOf('officer'),
    });
    const field = await screen.findByTestId('business-products');
    expect(within(field).getByText('Produk')).toBeInTheDocument();
    expect(within(field).getByText('tas anyaman')).toBeInTheDocument();
    expect(within(field).getByText('kalung daun')).toBeInTheDocument();
  });

  it('shows a dash without products', async () => {
    stubApi([]);
    await renderPage(<ProfileTab business={business([])} />, { session: sessionOf('officer') });
    expect(await screen.findByTestId('business-products')).toHaveTextContent('Produk–');
  });
});
