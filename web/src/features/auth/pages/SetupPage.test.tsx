import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authApi } from '#core/api/auth';
import { renderPage, stub, stubApi } from '#web/test/render';
import { SetupPage } from './SetupPage';

const setupRequired = () => stub(authApi.setupStatus, { setupRequired: true });

describe('the first-run setup page', () => {
  it('says what each empty field needs, by name, and sends nothing', async () => {
    const calls = stubApi([setupRequired()]);
    const { user } = await renderPage(<SetupPage />, { session: null });
    await user.click(await screen.findByRole('button', { name: 'Buat akun admin' }));
    expect(await screen.findByText('Nama wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Email wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Kata sandi wajib diisi.')).toBeInTheDocument();
    expect(screen.getByText('Ulangi kata sandi wajib diisi.')).toBeInTheDocument();
    expect(document.body.textContent).not.toMatch(/Input tidak valid|diharapkan|diterima|Invalid/);
    expect(calls.filter((c) => c.method === 'POST')).toEqual([]);
  });

  it('refuses a repeated password that differs', async () => {
    stubApi([setupRequired()]);
    const { user } = await renderPage(<SetupPage />, { session: null });
    await user.type(await screen.findByLabelText(/^Kata sandi/), 'kata-sandi-aman');
    await user.type(screen.getByLabelText(/Ulangi kata sandi/), 'kata-sandi-lain');
    await user.click(screen.getByRole('button', { name: 'Buat akun admin' }));
    expect(await screen.findByText('Kedua kata sandi tidak sama.')).toBeInTheDocument();
  });

  it('speaks English when the page is in English', async () => {
    stubApi([setupRequired()]);
    const { user } = await renderPage(<SetupPage />, { session: null, locale: 'en' });
    await user.click(await screen.findByRole('button', { name: 'Create admin account' }));
    expect(await screen.findByText('Email is required.')).toBeInTheDocument();
    expect(screen.getByText('Repeat password is required.')).toBeInTheDocument();
  });
});
