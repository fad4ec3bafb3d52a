import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { usersApi } from '#core/api/users';
import type { User } from '#core/schemas/users';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { UsersPage } from './UsersPage';

const officer: User = {
  id: '00000000-0000-4000-8000-000000000021',
  email: 'petugas.lowokwaru@malangkota.go.id',
  name: 'Petugas Lowokwaru',
  role: 'officer',
  kecamatanCodes: ['35.73.05'],
  locale: 'id',
  active: true,
  lastLoginAt: null,
  signInLockedUntil: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};

const regions = stub(
  { method: 'GET', path: '/regions' },
  { items: [{ code: '35.73.05', name: 'Lowokwaru', level: 'district', parentCode: '35.73', home: true }] },
);

describe('the users page on a phone', () => {
  it('shows one card per account with its edit button, no table to scroll sideways', async () => {
    stubApi([regions, stub(usersApi.list, { items: [officer], total: 1, page: 1, pageSize: 20 })]);
    const { user } = await renderPage(<UsersPage />, { session: sessionOf('admin') });
    const cards = await screen.findByTestId('user-cards', {}, { timeout: 10_000 });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(cards).getByText('Petugas Lowokwaru')).toBeInTheDocument();
    expect(await within(cards).findByText('Lowokwaru')).toBeInTheDocument();
    await user.click(within(cards).getByRole('button', { name: 'Ubah Petugas Lowokwaru' }));
    expect(await screen.findByRole('dialog')).toBeInTheDocument();
  });

  it('opens on the account a link names (/users?q=…)', async () => {
    const calls = stubApi([
      regions,
      stub(usersApi.list, { items: [officer], total: 1, page: 1, pageSize: 20 }),
    ]);
    await renderPage(<UsersPage />, { session: sessionOf('admin'), route: '/users?q=Petugas%20Lowokwaru' });
    await screen.findByTestId('user-cards', {}, { timeout: 10_000 });
    expect(calls.some((c) => c.path === '/api/users' && c.query.get('q') === 'Petugas Lowokwaru')).toBe(true);
  });
});
