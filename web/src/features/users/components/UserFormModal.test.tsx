import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usersApi } from '#core/api/users';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { UserFormModal } from './UserFormModal';

// The kecamatan picker's data (the registry's regions endpoint).
const registryApiRegions = () => [
  stub(
    { method: 'GET', path: '/regions' },
    {
      items: [{ code: '35.73.05', name: 'Lowokwaru', level: 'district', parentCode: '35.73', home: true }],
    },
  ),
];

describe('the add-user dialog', () => {
  it('names what each field needs when sent empty, and sends nothing', async () => {
    const calls = stubApi([...registryApiRegions()]);
    const { user } = await renderPage(<UserFormModal user={null} opened onClose={() => {}} />, {
      session: sessionOf('admin'),
    });
    await user.click(await screen.findByRole('button', { name: 'Simpan' }));
    expect(await screen.findByText('Nama wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Email wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Kata sandi wajib diisi.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Input tidak valid|diharapkan|diterima/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('shows the server’s field message next to the field', { timeout: 60_000 }, async () => {
    stubApi([
      ...registryApiRegions(),
      stub(
        usersApi.create,
        apiError(400, 'validation_failed', 'Periksa isian', [
          { path: 'email', message: 'Email sudah dipakai' },
        ]),
      ),
    ]);
    const { user } = await renderPage(<UserFormModal user={null} opened onClose={() => {}} />, {
      session: sessionOf('admin'),
    });
    await user.type(screen.getByLabelText(/Nama/), 'Petugas Baru');
    await user.type(screen.getByLabelText(/Email/), 'petugas@contoh.id');
    await user.type(screen.getByLabelText(/Kata sandi/), 'kata-sandi-aman');
    await user.click(screen.getByRole('button', { name: 'Simpan' }));
    await waitFor(() => expect(screen.getByText('Email sudah dipakai')).toBeInTheDocument());
  });
});
