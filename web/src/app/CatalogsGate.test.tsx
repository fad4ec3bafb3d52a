import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { authApi } from '#core/api/auth';
import { needsApi } from '#core/api/needs';
import { registryApi } from '#core/api/registry';
import { i18n } from '#web/lib/i18n';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { ROUTES } from './routes';

// The needs catalog arrives when the test says so, or fails (offline after a deploy). The shell
// and the home page need other catalogs, which load as usual.
const needsCatalog = vi.hoisted(() => ({ next: Promise.resolve() }));
vi.mock('#core/i18n/id/needs.json', async (original) => {
  await needsCatalog.next;
  return original();
});

function deferred() {
  let reject: (error: Error) => void = () => {};
  const promise = new Promise<void>((_resolve, no) => {
    reject = no;
  });
  return { promise, reject };
}

describe('a page opened before its catalog is in', () => {
  it('waits with a loading state, says so in words if the catalog fails, and shows the page after a retry', async () => {
    const held = deferred();
    needsCatalog.next = held.promise;
    const session = { ...sessionOf('officer'), permissions: ['needs.view' as const] };
    let askedWithoutWords = false;
    stubApi([
      stub(authApi.setupStatus, { setupRequired: false }),
      stub(authApi.me, session),
      stub(registryApi.listRegions, { items: [] } as never),
      stub(needsApi.listNeeds, () => {
        // The page asks for its data when it first renders: was its catalog in by then?
        askedWithoutWords ||= !i18n.hasResourceBundle('id', 'needs');
        return { items: [], total: 0, page: 1, pageSize: 25 };
      }),
    ]);
    // Landed at home: the shell waited for the home page's catalogs only.
    // The first load of the shell and of the page's code may take a while on a busy machine.
    const slow = { timeout: 10_000 };
    const { router, user } = await renderPage(null, { routes: ROUTES, session, allCatalogs: false });
    await user.click(await screen.findByRole('link', { name: 'Kebutuhan IKM' }, slow));
    await waitFor(
      () =>
        expect(router.state).toMatchObject({
          location: { pathname: '/needs' },
          navigation: { state: 'idle' },
        }),
      slow,
    );

    // Its code is in; the page waits for its words.
    expect(screen.getByText('Memuat…')).toBeInTheDocument();
    expect(screen.queryByText(/ui\.title/)).not.toBeInTheDocument();

    held.reject(new Error('Failed to fetch dynamically imported module'));
    expect(
      await screen.findByText('Tidak dapat terhubung ke server. Periksa koneksi internet Anda.', {}, slow),
    ).toBeInTheDocument();
    expect(screen.queryByText(/ui\.title/)).not.toBeInTheDocument();

    needsCatalog.next = Promise.resolve();
    await user.click(screen.getByRole('button', { name: 'Coba lagi' }));
    expect(await screen.findByRole('heading', { name: 'Inventarisasi kebutuhan' }, slow)).toBeInTheDocument();
    expect(screen.queryByText(/ui\.title/)).not.toBeInTheDocument();
    expect(askedWithoutWords).toBe(false);
  });
});
