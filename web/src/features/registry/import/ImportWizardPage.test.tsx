import { screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { registryApi } from '#core/api/registry';
import type { ImportResult } from '#core/schemas/registry';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import ImportWizardPage from './ImportWizardPage';

// The upload goes through XMLHttpRequest (for its progress); the wizard's calls to it are recorded.
const started = vi.hoisted(() => [] as { file: File; dryRun: boolean; options: unknown }[]);
vi.mock('../hooks/imports', async (original) => ({
  ...(await original<typeof import('../hooks/imports')>()),
  startImport: async (file: File, dryRun: boolean, options: unknown) => {
    started.push({ file, dryRun, options });
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
});

describe('the import wizard', () => {
  it('checks nothing until a file is chosen, then previews it as a dry run', async () => {
    const calls = stubApi([stub(registryApi.getImport, report())]);
    const { user, container } = await renderPage(<ImportWizardPage />, { session: sessionOf('officer') });
    expect(await screen.findByTestId('import-check')).toBeDisabled();
    await user.upload(container.querySelector('input[type=file]') as HTMLInputElement, xlsx());
    await waitFor(() => expect(screen.getByTestId('import-check')).toBeEnabled());
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
