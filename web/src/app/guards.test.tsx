import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import { RequirePermission } from './guards';

describe('a page the signed-in role may not open', () => {
  it('says so, names the role and what to do, instead of bouncing home', async () => {
    stubApi([]);
    const { router } = await renderPage(<RequirePermission any={['users.manage']} />, {
      session: sessionOf('officer'),
      route: '/users',
    });
    expect(await screen.findByText('Halaman ini bukan untuk peran Anda')).toBeInTheDocument();
    expect(screen.getByText(/Anda masuk sebagai Petugas lapangan/)).toBeInTheDocument();
    expect(screen.getByText(/minta admin Diskopindag/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke beranda' })).toHaveAttribute('href', '/');
    expect(router.state.location.pathname).toBe('/users');
  });
});
