import { screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authApi } from '#core/api/auth';
import { apiError, renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { rememberedSession, useMe } from './session';

function Who() {
  const me = useMe();
  if (me.isPending) return <p>loading</p>;
  if (me.error) return <p>error</p>;
  return <p>{me.data ? `signed in: ${me.data.name}` : 'nobody'}</p>;
}

const offline = () =>
  vi.stubGlobal('fetch', async () => {
    throw new TypeError('Failed to fetch');
  });

afterEach(() => localStorage.clear());

describe('session offline', () => {
  it('remembers the last session answer and uses it when the network is gone', async () => {
    const answer = sessionOf('officer', { name: 'Budi Petugas' });
    stubApi([stub(authApi.me, answer)]);
    const first = await renderPage(<Who />);
    expect(await screen.findByText('signed in: Budi Petugas')).toBeInTheDocument();
    expect(rememberedSession()?.user.name).toBe('Budi Petugas');
    first.unmount();

    offline();
    await renderPage(<Who />);
    expect(await screen.findByText('signed in: Budi Petugas')).toBeInTheDocument();
  });

  it('without a remembered session, offline is an error, not a signed-in user', async () => {
    offline();
    await renderPage(<Who />);
    expect(await screen.findByText('error')).toBeInTheDocument();
  });

  it('forgets the remembered session when the server says it ended (401)', async () => {
    localStorage.setItem('bk_me', JSON.stringify(sessionOf('admin')));
    stubApi([stub(authApi.me, apiError(401, 'unauthenticated', 'Silakan masuk'))]);
    await renderPage(<Who />);
    expect(await screen.findByText('nobody')).toBeInTheDocument();
    expect(rememberedSession()).toBeNull();
  });
});
