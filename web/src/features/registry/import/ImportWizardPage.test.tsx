import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registryApi } from '#core/api/registry';
import type { ImportColumn, ImportResult } from '#core/schemas/registry';
import { ApiError } from '#web/lib/api';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import ImportWizardPage from './ImportWizardPage';

// The upload goes through XMLHttpRequest (for its progress); the wizard's calls to it are recorded.
const started = vi.hoisted(
  () => [] as { file: File; dryRun: boolean; options: { mapping?: Record<string, string> } }[],
);
const refuseNext = vi.hoisted(() => ({ error: null as Error | null }));
// A started check can be held open, to see the wizard while it runs.
const holdNext = vi.hoisted(() => ({ until: null as Promise<void> | null }));
vi.mock('../hooks/imports', async (original) => ({
  ...(await original<typeof import('../hooks/imports')>()),
  startImport: async (file: File, dryRun: boolean, options: { mapping?: Record<string, string> }) => {
    started.push({ file, dryRun, options });
    if (holdNext.until) await holdNext.until;
    if (refuseNext.error) throw refuseNext.error;
    return { importId: '00000000-0000-4000-8000-0000000000aa', status: 'running', statusUrl: '' };
  },
}));

const report = (over: Partial<ImportResult> = {}): ImportResult => ({
  importId: '00000000-0000-4000-8000-0000000000aa',
  fileName: 'ikm-2024.xlsx',
  dryRun: true,
  status: 'done',
  phase: 'done',
  processedRows: 3,
  totalRows: 3,
  progress: 1,
  dataYear: 2024,
  total: 3,
  created: 2,
  updated: 1,
  duplicates: 0,
  rejected: 0,
  failure: null,
  rejectsUrl: null,
  createdBy: null,
  createdAt: '2026-01-05T03:00:00.000Z',
  finishedAt: '2026-01-05T03:00:05.000Z',
  errors: [],
  warnings: [],
  unrecognizedColumns: [],
  columns: [],
  ...over,
});

const xlsx = () =>
  new File(['PK'], 'ikm-2024.xlsx', {
    type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });

beforeEach(() => {
  started.length = 0;
  refuseNext.error = null;
  holdNext.until = null;
  localStorage.clear();
});

const column = (over: Partial<ImportColumn>): ImportColumn => ({
  sheet: 'Data',
  letter: 'A',
  header: 'Nama IKM',
  field: 'businessName',
  status: 'recognized',
  sample: 'Batik Tulis Arjuno',
  ...over,
});

/** A file with a name column, a recognized phone, and a "Jenis Kerajinan" column left unread. */
const mixed = () => [
  column({}),
  column({ letter: 'B', header: 'No. HP', field: 'phone', sample: '0812••••••78' }),
  column({
    letter: 'C',
    header: 'Jenis Kerajinan',
    field: null,
    status: 'unrecognized',
    sample: 'Anyaman bambu',
  }),
];

async function check(report: ImportResult) {
  stubApi([stub(registryApi.getImport, report)]);
  const view = await renderPage(<ImportWizardPage />, { session: sessionOf('admin') });
  await view.user.upload(view.container.querySelector('input[type=file]') as HTMLInputElement, xlsx());
  await view.user.click(await screen.findByTestId('import-check'));
  await screen.findByTestId('import-preview');
  return view;
}

describe('the import wizard', () => {
  it('checks nothing until a file is chosen, then previews it as a dry run', async () => {
    const calls = stubApi([stub(registryApi.getImport, report())]);
    const { user, container } = await renderPage(<ImportWizardPage />, { session: sessionOf('officer') });
    expect(await screen.findByTestId('import-check')).toBeDisabled();
    // The disabled check says why, to the eye and to a screen reader.
    expect(screen.getByTestId('import-check')).toHaveAccessibleDescription(
      'Pilih atau seret berkas Excel/CSV dulu.',
    );
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, xlsx());
    await waitFor(() => expect(screen.getByTestId('import-check')).toBeEnabled());
    expect(screen.queryByText('Pilih atau seret berkas Excel/CSV dulu.')).not.toBeInTheDocument();
    await user.click(screen.getByTestId('import-check'));
    await waitFor(() => expect(started).toHaveLength(1));
    expect(started[0]).toMatchObject({ dryRun: true });
    expect(started[0].file.name).toBe('ikm-2024.xlsx');
    await waitFor(() =>
      expect(calls.some((c) => c.path === '/api/imports/00000000-0000-4000-8000-0000000000aa')).toBe(true),
    );
    expect(screen.queryByTestId('import-error')).not.toBeInTheDocument();
  });

  it('shows why a dry run failed and stays on the upload step', async () => {
    stubApi([
      stub(registryApi.getImport, report({ status: 'failed', failure: 'Berkas tidak bisa dibaca.' })),
    ]);
    const { user, container } = await renderPage(<ImportWizardPage />, { session: sessionOf('admin') });
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, xlsx());
    await user.click(await screen.findByTestId('import-check'));
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Berkas tidak bisa dibaca.');
    expect(screen.getByTestId('import-check')).toBeInTheDocument();
  });
});

describe('the column-mapping step', () => {
  it('lists every column with its sample and what it was read as, open when one is unread', async () => {
    await check(report({ columns: mixed(), unrecognizedColumns: ['Jenis Kerajinan'] }));
    const panel = screen.getByTestId('import-columns');
    expect(panel).toHaveTextContent('1 kolom tidak dibaca');
    const unread = within(panel).getByTestId('import-column-C');
    expect(unread).toBeVisible();
    expect(unread).toHaveTextContent('Jenis Kerajinan');
    expect(unread).toHaveTextContent('Anyaman bambu');
    expect(unread).toHaveTextContent('Judulnya tidak dikenali');
    expect(within(panel).getByTestId('import-column-B')).toHaveTextContent('0812••••••78');
    expect(within(panel).getByTestId('import-column-choice-B')).toHaveValue('Telepon');
    expect(within(panel).getByTestId('import-column-choice-C')).toHaveValue('');
  });

  it('stays closed when every column was read', async () => {
    const { user } = await check(report({ columns: [column({})] }));
    expect(screen.getByTestId('import-columns')).toHaveTextContent('1 dari 1 kolom dibaca');
    const closed = screen.queryByTestId('import-column-A');
    if (closed) expect(closed).not.toBeVisible();
    await user.click(screen.getByTestId('import-columns-toggle'));
    // The list opens with a transition: wait for it rather than catch it half-way on a busy machine.
    await waitFor(() => expect(screen.getByTestId('import-column-A')).toBeVisible());
  });

  it('checks again with the chosen field sent as the mapping, and remembers it', async () => {
    const { user } = await check(report({ columns: mixed(), unrecognizedColumns: ['Jenis Kerajinan'] }));
    expect(started).toHaveLength(1);
    expect(started[0].options.mapping ?? {}).toEqual({});
    expect(screen.getByTestId('import-columns-apply')).toBeDisabled();
    expect(screen.getByTestId('import-columns-apply')).toHaveAccessibleDescription(
      'Ubah pilihan salah satu kolom dulu, lalu periksa lagi.',
    );
    const choice = screen.getByTestId('import-column-choice-C');
    await user.click(choice);
    const list = document.getElementById(choice.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(within(list).getByRole('option', { name: 'Produk / komoditas', hidden: true }));
    await user.click(screen.getByTestId('import-columns-apply'));
    await waitFor(() => expect(started).toHaveLength(2));
    expect(started[1]).toMatchObject({
      dryRun: true,
      options: { mapping: { 'Jenis Kerajinan': 'products' } },
    });
    expect(Object.values({ ...localStorage })).toContain(JSON.stringify({ 'Jenis Kerajinan': 'products' }));
    // The import itself is made with the same choices.
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    await user.click(screen.getByTestId('import-confirm'));
    await waitFor(() => expect(started).toHaveLength(3));
    expect(started[2]).toMatchObject({
      dryRun: false,
      options: { mapping: { 'Jenis Kerajinan': 'products' } },
    });
  });

  it('holds the import while the file is checked again, and says why', async () => {
    const { user } = await check(report({ columns: mixed(), unrecognizedColumns: ['Jenis Kerajinan'] }));
    expect(screen.getByTestId('import-confirm')).toBeEnabled();
    let release = () => {};
    holdNext.until = new Promise<void>((resolve) => {
      release = resolve;
    });
    const choice = screen.getByTestId('import-column-choice-C');
    await user.click(choice);
    const list = document.getElementById(choice.getAttribute('aria-controls') ?? '') as HTMLElement;
    await user.click(within(list).getByRole('option', { name: 'Produk / komoditas', hidden: true }));
    await user.click(screen.getByTestId('import-columns-apply'));
    // The counts on screen are the old check's: importing now would use stale figures.
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeDisabled());
    expect(screen.getByTestId('import-confirm')).toHaveAccessibleDescription(
      'Memeriksa ulang berkas dengan pilihan kolom Anda…',
    );
    expect(screen.getByText('Memeriksa ulang berkas dengan pilihan kolom Anda…')).toBeVisible();
    release();
    await waitFor(() => expect(screen.getByTestId('import-confirm')).toBeEnabled());
    expect(screen.queryByText('Memeriksa ulang berkas dengan pilihan kolom Anda…')).not.toBeInTheDocument();
  });

  it('pre-fills and sends the choices remembered for a file with the same headers', async () => {
    const headers = ['Jenis Kerajinan', 'Nama IKM', 'No. HP'];
    localStorage.setItem(
      `bk_import_mapping:${JSON.stringify(headers)}`,
      JSON.stringify({ 'Jenis Kerajinan': 'ignore' }),
    );
    await check(report({ columns: mixed(), unrecognizedColumns: ['Jenis Kerajinan'] }));
    await waitFor(() => expect(started).toHaveLength(2));
    expect(started[1].options.mapping).toEqual({ 'Jenis Kerajinan': 'ignore' });
    await waitFor(() => expect(screen.getByTestId('import-columns-remembered')).toBeVisible());
    expect(screen.getByTestId('import-column-choice-C')).toHaveValue('Abaikan kolom ini');
  });

  it("says why a second column for the same field is not read, in the server's words", async () => {
    const note = 'Kolom D (“Telp”) berisi data yang sama dengan kolom B; yang dipakai kolom B.';
    await check(
      report({
        columns: [...mixed(), column({ letter: 'D', header: 'Telp', field: null, status: 'duplicate' })],
        warnings: [{ row: null, column: 'D', message: note, code: 'registry-validation:header.duplicate' }],
      }),
    );
    expect(screen.getByTestId('import-column-D')).toHaveTextContent(note);
  });
});

describe('files the wizard cannot take', () => {
  it('says so when the dropzone refuses a file instead of clearing silently', async () => {
    stubApi([]);
    const { container } = await renderPage(<ImportWizardPage />, { session: sessionOf('admin') });
    const input = container.querySelector('input[type=file]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [new File(['hi'], 'catatan.txt', { type: 'text/plain' })] } });
    expect(await screen.findByTestId('import-refused')).toHaveTextContent(
      '“catatan.txt” tidak dapat diimpor',
    );
    expect(screen.getByTestId('import-check')).toBeDisabled();
  });

  it("shows the server's message when it refuses the file type (415)", async () => {
    refuseNext.error = new ApiError(415, 'unsupported_media_type', 'Berkas .txt tidak dapat diimpor.');
    stubApi([]);
    const { user, container } = await renderPage(<ImportWizardPage />, { session: sessionOf('admin') });
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, xlsx());
    await user.click(await screen.findByTestId('import-check'));
    expect(await screen.findByTestId('import-error')).toHaveTextContent('Berkas .txt tidak dapat diimpor.');
  });
});

describe('the issue table', () => {
  const issue = (row: number, message: string) => ({
    row,
    column: 'Kecamatan',
    message,
    code: 'registry-import:row.kecamatanUnknown',
    name: `Usaha baris ${row}`,
  });

  it('names the business next to the row number and counts rejected rows as the tile does', async () => {
    await check(
      report({
        rejected: 2,
        errors: [
          issue(5, 'Kecamatan “Atlantis” tidak ada.'),
          issue(5, 'NIK salah.'),
          issue(9, 'Nama kosong.'),
        ],
      }),
    );
    const issues = screen.getByTestId('import-issues');
    expect(issues).toHaveTextContent('Usaha baris 5');
    expect(issues).toHaveTextContent('Usaha baris 9');
    expect(screen.getByTestId('count-rejected')).toHaveTextContent('2');
    expect(screen.getByText('Ditolak: 2 baris (3 alasan)')).toBeInTheDocument();
  });
});
