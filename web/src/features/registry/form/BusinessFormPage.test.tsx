import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import BusinessFormPage from './BusinessFormPage';

const LOWOKWARU = { code: '35.73.05', name: 'Lowokwaru', level: 'district', parentCode: '35.73', home: true };

// The pickers' data and the search before create.
const background = () => [
  stub(registryApi.listRegions, ({ url }) =>
    url.searchParams.get('level') === 'regency'
      ? { items: [{ code: '35.73', name: 'Kota Malang', level: 'regency', parentCode: '35', home: true }] }
      : { items: url.searchParams.get('parent') === '35.73' ? [LOWOKWARU] : [] },
  ),
  stub(registryApi.searchDuplicates, { items: [], elsewhere: { count: 0, reasons: [] } }),
];

describe('the business form', () => {
  it('marks what is missing when sent empty, and sends nothing', async () => {
    const calls = stubApi(background());
    const { user } = await renderPage(<BusinessFormPage />, { session: sessionOf('admin') });
    await user.click(await screen.findByTestId('save-business'));
    expect(await screen.findByTestId('form-failure')).toHaveTextContent('Periksa kembali isian');
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/api/businesses')).toEqual([]);
  });
});
