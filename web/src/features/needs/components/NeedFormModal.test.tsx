import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { needsApi } from '#core/api/needs';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { NeedFormModal } from './NeedFormModal';

const BUSINESS = '00000000-0000-4000-8000-0000000000b1';

describe('the add-need dialog', () => {
  it('names what is missing when sent empty, and sends nothing', async () => {
    const calls = stubApi([]);
    const { user } = await renderPage(<NeedFormModal businessId={BUSINESS} opened onClose={() => {}} />, {
      session: sessionOf('officer'),
    });
    await user.click(await screen.findByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Kategori wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Deskripsi wajib diisi.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Input tidak valid|diharapkan|diterima/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('sends the contract body and shows a refusal no field of the form holds above it', {
    timeout: 60_000,
  }, async () => {
    const calls = stubApi([
      stub(
        needsApi.createNeed,
        apiError(400, 'validation_failed', 'Periksa isian', [
          { path: 'businessId', message: 'Usaha tidak ditemukan.' },
        ]),
      ),
    ]);
    const { user } = await renderPage(<NeedFormModal businessId={BUSINESS} opened onClose={() => {}} />, {
      session: sessionOf('officer'),
    });
    await user.click(await screen.findByRole('combobox', { name: /Kategori/ }));
    await user.click(await screen.findByRole('option', { name: 'Kemasan', hidden: true }));
    await user.type(screen.getByLabelText(/Deskripsi/), 'Perlu kotak berlabel');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'POST')).toBe(true));
    expect(calls.find((c) => c.method === 'POST')?.body).toEqual({
      businessId: BUSINESS,
      category: 'packaging',
      priority: 'medium',
      description: 'Perlu kotak berlabel',
    });
    expect(await screen.findByText('Usaha tidak ditemukan.')).toBeInTheDocument();
  });
});
