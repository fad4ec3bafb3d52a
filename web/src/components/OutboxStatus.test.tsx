import { screen, within } from '@testing-library/react';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '#web/lib/api';
import { Outbox } from '#web/lib/outbox';
import { openOutboxDb } from '#web/lib/outbox/db';
import { renderPage, sessionOf } from '#web/test/render';
import { OfflineBadge } from './OfflineBadge';
import { OutboxStatus } from './OutboxStatus';

const USER = '00000000-0000-4000-8000-000000000001';
let n = 0;
const dbs: { close(): void }[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
});

function box(online = true) {
  const db = openOutboxDb(`status-test-${++n}`, { indexedDB, IDBKeyRange });
  dbs.push(db);
  const outbox = new Outbox({ db, isOnline: () => online });
  outbox.setUser(USER);
  return outbox;
}

describe('OutboxStatus', () => {
  it('shows nothing while the outbox is empty', async () => {
    const outbox = box();
    await renderPage(<OutboxStatus box={outbox} />, { session: sessionOf('officer') });
    await new Promise((r) => setTimeout(r, 50));
    expect(screen.queryByTestId('outbox-status')).not.toBeInTheDocument();
  });

  it('counts waiting items and lists them, in Indonesian', async () => {
    const outbox = box(false);
    await outbox.enqueue('probe', { note: 'a' });
    await outbox.enqueue('probe', { note: 'b' });
    const { user } = await renderPage(<OutboxStatus box={outbox} />, { session: sessionOf('officer') });
    const button = await screen.findByRole('button', { name: 'Antrean kirim: 2 menunggu, 0 gagal' });
    await user.click(button);
    const items = await screen.findAllByTestId('outbox-item');
    expect(items).toHaveLength(2);
    expect(within(items[0]).getByText('Uji antrean')).toBeInTheDocument();
    expect(within(items[0]).getByText('Menunggu')).toBeInTheDocument();
  });

  it('shows the server’s reason for a refused item; "send again" and "discard" act on it', async () => {
    const outbox = box();
    let fixed = false;
    outbox.registerSender('probe', async () => {
      if (!fixed)
        throw new ApiError(400, 'validation_failed', 'Beberapa isian belum benar.', {
          fields: [{ path: 'note', message: 'Wajib diisi.' }],
        });
      return { ok: true };
    });
    const first = await outbox.enqueue('probe', { note: '' });
    await outbox.drain();
    await outbox.enqueue('probe', { note: '' });
    await outbox.drain();
    const { user } = await renderPage(<OutboxStatus box={outbox} />, {
      session: sessionOf('officer'),
      locale: 'en',
    });
    await user.click(await screen.findByRole('button', { name: 'Send queue: 0 waiting, 2 failed' }));
    const rows = await screen.findAllByTestId('outbox-item');
    expect(within(rows[0]).getByText('Failed')).toBeInTheDocument();
    expect(within(rows[0]).getByText('Beberapa isian belum benar.')).toBeInTheDocument();
    expect(within(rows[0]).getByText('note: Wajib diisi.')).toBeInTheDocument();

    fixed = true;
    // The newest first: rows[1] is the first item queued.
    // Mantine's popover is still in its opening transition in jsdom (hidden to the a11y tree).
    await user.click(within(rows[1]).getByRole('button', { name: 'Send again', hidden: true }));
    await expect.poll(async () => (await outbox.db.items.get(first))?.state).toBe('sent');

    const left = await screen.findByTestId('outbox-item');
    await user.click(within(left).getByRole('button', { name: 'Discard', hidden: true }));
    await screen.findByText('Discard this item?');
    const dialog = screen
      .getAllByRole('dialog', { hidden: true })
      .find((d) => d.textContent?.includes('Discard this item?')) as HTMLElement;
    await user.click(within(dialog).getByRole('button', { name: 'Discard', hidden: true }));
    await expect.poll(() => outbox.db.items.count()).toBe(1);
    await expect.poll(() => screen.queryByTestId('outbox-status')).toBeNull();
  });
});

describe('OfflineBadge', () => {
  it('appears when the device goes offline and leaves when it is back', async () => {
    await renderPage(<OfflineBadge />, { session: sessionOf('officer') });
    expect(screen.queryByTestId('offline-badge')).not.toBeInTheDocument();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    window.dispatchEvent(new Event('offline'));
    expect(await screen.findByText('Luring')).toBeInTheDocument();
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => true });
    window.dispatchEvent(new Event('online'));
    await expect.poll(() => screen.queryByTestId('offline-badge')).toBeNull();
  });
});
