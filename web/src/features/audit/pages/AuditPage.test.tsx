import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { auditApi } from '#core/api/audit';
import type { AuditEntry } from '#core/schemas/audit';
import { renderPage, sessionOf, setWide, stub, stubApi } from '#web/test/render';
import { AuditPage } from './AuditPage';

const BATCH = '7d2f7c1e-52f4-4d0e-9a53-7f5b8f0c1a11';
const entry = (over: Partial<AuditEntry>): AuditEntry => ({
  id: 1,
  at: '2026-05-02T03:04:05.000Z',
  actorId: null,
  actorEmail: 'pengrajin@contoh.id',
  actorRole: 'ikm_owner',
  action: 'ef_batch.status_done',
  entityType: 'ef_batch',
  entityId: BATCH,
  entityName: 'Batch daun jati Mei',
  before: { status: 'finishing' },
  after: { status: 'done' },
  ip: null,
  ...over,
});

const items = [
  entry({}),
  entry({
    id: 2,
    action: 'user.create',
    entityType: 'user',
    entityId: '00000000-0000-4000-8000-000000000009',
    entityName: 'Petugas Lowokwaru',
    before: null,
    after: { name: 'Petugas Lowokwaru', role: 'officer' },
  }),
];

function api() {
  return stubApi([
    stub(auditApi.actions, {
      actions: ['ef_batch.status_done', 'user.create'],
      entityTypes: ['ef_batch', 'user'],
    }),
    stub(auditApi.list, ({ url }) => ({
      items: items.filter(
        (i) => !url.searchParams.get('entityType') || i.entityType === url.searchParams.get('entityType'),
      ),
      total: 2,
      page: 1,
      pageSize: 30,
    })),
  ]);
}

afterEach(() => setWide(false));

describe('the audit log page', () => {
  it('on a phone: one card per entry, readable actions, the record named and linked', async () => {
    setWide(false);
    api();
    await renderPage(<AuditPage />, { session: sessionOf('admin') });
    const cards = await screen.findByTestId('audit-cards', {}, { timeout: 10_000 });
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(within(cards).getByText('Batch selesai')).toBeInTheDocument();
    expect(within(cards).getByText('Membuat akun')).toBeInTheDocument();
    expect(within(cards).getByRole('link', { name: 'Batch daun jati Mei' })).toHaveAttribute(
      'href',
      `/plating/batches/${BATCH}`,
    );
    expect(document.body.textContent).not.toMatch(/ef_batch|status_done|user\.create/);
  });

  it('on a wide screen: a table with the same words, and what changed by field name', async () => {
    setWide(true);
    api();
    const { user } = await renderPage(<AuditPage />, { session: sessionOf('admin') });
    const table = await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(within(table).getByText('Batch selesai')).toBeInTheDocument();
    await user.click(within(table).getByText('Batch selesai'));
    expect(await screen.findByText('Status')).toBeInTheDocument();
    expect(screen.getByText(/Sesudah: done/)).toBeInTheDocument();
  });

  it('filters by record type picked from a list', async () => {
    setWide(false);
    const calls = api();
    const { user } = await renderPage(<AuditPage />, { session: sessionOf('admin') });
    await screen.findByTestId('audit-cards', {}, { timeout: 10_000 });
    await user.click(screen.getByPlaceholderText('Jenis data'));
    await user.click(await screen.findByRole('option', { name: 'Akun pengguna', hidden: true }));
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/audit' && c.query.get('entityType') === 'user')).toBe(true),
    );
    await waitFor(() =>
      expect(within(screen.getByTestId('audit-cards')).queryByText('Batch selesai')).not.toBeInTheDocument(),
    );
  });

  it('while one record is shown, the record type is held and says how to choose another', async () => {
    api();
    const { user } = await renderPage(<AuditPage />, { session: sessionOf('admin') });
    const cards = await screen.findByTestId('audit-cards', {}, { timeout: 10_000 });
    await user.click(within(cards).getAllByRole('button', { name: 'Semua catatan data ini' })[0]);
    const type = screen.getByPlaceholderText('Jenis data');
    await waitFor(() => expect(type).toBeDisabled());
    expect(type).toHaveAccessibleDescription(
      'Sedang menampilkan satu data saja; hapus saringan itu untuk memilih jenis data.',
    );
  });
});
