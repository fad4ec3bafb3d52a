import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { registryApi } from '#core/api/registry';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
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

  it('asks to choose a kecamatan from the list, in words, and takes the person to the first bad field', async () => {
    stubApi(background());
    const { user } = await renderPage(<BusinessFormPage />, { session: sessionOf('admin') });
    await user.click(await screen.findByTestId('save-business'));
    const kecamatan = screen.getByTestId('field-kecamatan');
    expect(await screen.findByText('Pilih kecamatan.')).toBeInTheDocument();
    expect(kecamatan).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByText(/35\.73\.05/)).toBeNull();
    // The name comes first on the form: it is the one focused.
    await waitFor(() => expect(screen.getByTestId('field-name')).toHaveFocus());

    await user.type(screen.getByTestId('field-name'), 'Anyaman Bambu Sejahtera');
    await user.click(screen.getByTestId('save-business'));
    await waitFor(() => expect(kecamatan).toHaveFocus());
  });

  it('says the same in English', async () => {
    stubApi(background());
    const { user } = await renderPage(<BusinessFormPage />, { session: sessionOf('admin'), locale: 'en' });
    await user.click(await screen.findByTestId('save-business'));
    expect(await screen.findByText('Choose a kecamatan.')).toBeInTheDocument();
  });

  it('a Save the server refuses focuses the field it names', async () => {
    stubApi([
      ...background(),
      stub(
        registryApi.createBusiness,
        apiError(400, 'validation_failed', 'Periksa isian', [
          { path: 'name', message: 'Nama sudah dipakai.' },
        ]),
      ),
    ]);
    const { user } = await renderPage(<BusinessFormPage />, {
      session: sessionOf('officer', { kecamatanCodes: ['35.73.05'] }),
    });
    await user.type(await screen.findByTestId('field-name'), 'Anyaman Bambu Sejahtera');
    await user.click(screen.getByTestId('save-business'));
    expect(await screen.findByText('Nama sudah dipakai.')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('field-name')).toHaveFocus());
  });

  it('sends the product words typed as tags', async () => {
    const calls = stubApi([
      ...background(),
      stub(registryApi.createBusiness, apiError(400, 'validation_failed', 'Periksa isian', [])),
    ]);
    const { user } = await renderPage(<BusinessFormPage />, {
      session: sessionOf('officer', { kecamatanCodes: ['35.73.05'] }),
    });
    expect(screen.getByText('mis. tas anyaman, kalung daun')).toBeInTheDocument();
    await user.type(await screen.findByTestId('field-name'), 'Anyaman Bambu Sejahtera');
    await user.type(screen.getByTestId('field-products'), 'tas anyaman{Enter}kalung daun,');
    await user.click(screen.getByTestId('save-business'));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST' && c.path === '/api/businesses')?.body).toMatchObject({
        products: ['tas anyaman', 'kalung daun'],
      }),
    );
  });

  it('reads the first year’s workers through the number reader and shows and sends the total', async () => {
    const calls = stubApi([
      ...background(),
      stub(registryApi.createBusiness, apiError(400, 'validation_failed', 'Periksa isian', [])),
    ]);
    const { user } = await renderPage(<BusinessFormPage />, {
      session: sessionOf('officer', { kecamatanCodes: ['35.73.05'] }),
    });
    await user.type(await screen.findByTestId('field-name'), 'Anyaman Bambu Sejahtera');
    await user.type(screen.getByTestId('field-workers-male'), '3');
    await user.type(screen.getByTestId('field-workers-female'), 'dua');
    // Not read, not stripped: said under the field, and nothing is sent. (The text is matched in
    // full: /dua/ alone once passed on the export countries hint, "Kode negara dua huruf".)
    const female = screen.getByTestId('field-workers-female');
    expect(female).toHaveValue('dua');
    await waitFor(() => expect(female).toHaveAccessibleDescription(/Tidak terbaca sebagai angka/));
    await user.click(screen.getByTestId('save-business'));
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/api/businesses')).toEqual([]);

    await user.clear(screen.getByTestId('field-workers-female'));
    await user.type(screen.getByTestId('field-workers-female'), '2');
    expect(await screen.findByText(/L \+ P = 5/)).toBeInTheDocument();
    await user.click(screen.getByTestId('save-business'));
    await waitFor(() =>
      expect(calls.find((c) => c.method === 'POST' && c.path === '/api/businesses')?.body).toMatchObject({
        snapshot: { workersMale: 3, workersFemale: 2 },
      }),
    );
  });

  it('a workers total that is not L + P is refused on the total, before anything is sent', async () => {
    const calls = stubApi(background());
    const { user } = await renderPage(<BusinessFormPage />, {
      session: sessionOf('officer', { kecamatanCodes: ['35.73.05'] }),
    });
    await user.type(await screen.findByTestId('field-name'), 'Anyaman Bambu Sejahtera');
    await user.type(screen.getByTestId('field-workers-male'), '3');
    await user.type(screen.getByTestId('field-workers-female'), '2');
    await user.type(screen.getByTestId('field-workers-total'), '9');
    await user.click(screen.getByTestId('save-business'));
    await waitFor(() =>
      expect(screen.getByTestId('field-workers-total')).toHaveAttribute('aria-invalid', 'true'),
    );
    expect(document.body.textContent).not.toMatch(/Invalid input|diharapkan|expected/);
    expect(calls.filter((c) => c.method === 'POST' && c.path === '/api/businesses')).toEqual([]);
  });

  it('export countries, held while the business does not export, say why under the field', async () => {
    stubApi(background());
    await renderPage(<BusinessFormPage />, { session: sessionOf('admin') });
    const countries = await screen.findByLabelText('Negara tujuan ekspor', {
      selector: 'input:not([type=hidden])',
    });
    expect(countries).toBeDisabled();
    expect(countries).toHaveAccessibleDescription(
      'Tidak diisi selama status ekspor “Belum ekspor”; ubah status ekspor dulu.',
    );
  });
});
