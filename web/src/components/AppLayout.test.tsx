import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { authApi } from '#core/api/auth';
import { RequireSession } from '#web/app/guards';
import { ApiError } from '#web/lib/api';
import { cachedRead } from '#web/lib/field-cache';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { AppLayout } from './AppLayout';

/*
 * The field cache keeps copies for use without signal (participants' names and ticket codes at
 * check-in, an officer's businesses): they are personal data and go when the person signs out.
 * (The sign-out never called forgetFieldData, so they stayed on the device.)
 */
const session = sessionOf('officer');
const offline = () => Promise.reject(new ApiError(0, 'network', 'offline'));
const kept = (name: string) =>
  cachedRead(session.user.id, name, offline).then(
    () => true,
    () => false,
  );

describe('signing out', () => {
  it('forgets the field cache of the person signing out', { timeout: 60_000 }, async () => {
    stubApi([
      stub(authApi.setupStatus, { setupRequired: false }),
      stub(authApi.logout, { status: 204, body: undefined }),
    ]);
    await cachedRead(session.user.id, 'check-in-registrations-x', async () => ({
      items: [{ code: 'ABCD234567', name: 'Siti Aminah', status: 'registered' }],
    }));
    await waitFor(async () => expect(await kept('check-in-registrations-x')).toBe(true));
    const { user } = await renderPage(null, {
      session,
      routes: [
        { element: <RequireSession />, children: [{ path: '/', element: <AppLayout>beranda</AppLayout> }] },
        { path: '/login', element: <p>masuk</p> },
      ],
    });
    await user.click(
      await screen.findByTestId('sign-out').catch(async () => {
        await user.click(screen.getByText(session.user.name));
        return screen.findByTestId('sign-out');
      }),
    );
    expect(await screen.findByText('masuk')).toBeInTheDocument();
    expect(await kept('check-in-registrations-x')).toBe(false);
  });
});
