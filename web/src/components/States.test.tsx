import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '#web/lib/api';
import { renderPage, sessionOf, stubApi } from '#web/test/render';
import { ErrorState } from './States';

describe('a failed load', () => {
  it('out of scope (404): says what happened and what to do, with no "try again"', async () => {
    stubApi([]);
    await renderPage(
      <ErrorState error={new ApiError(404, 'not_found', 'Data tidak ditemukan.')} onRetry={() => {}} />,
      { session: sessionOf('officer') },
    );
    expect(screen.getByText('Data ini tidak dapat dibuka')).toBeInTheDocument();
    expect(screen.getByText(/di luar wilayah tugas Anda/)).toBeInTheDocument();
    expect(screen.getByText(/minta admin Diskopindag menambahkan kecamatannya/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Coba lagi' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ke beranda' })).toBeInTheDocument();
  });

  it('refused (403): names the refusal and who to ask, with no "try again"', async () => {
    stubApi([]);
    await renderPage(<ErrorState error={new ApiError(403, 'forbidden', 'x')} onRetry={() => {}} />, {
      session: sessionOf('officer'),
      locale: 'en',
    });
    expect(screen.getByText('Your account has no access here')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument();
  });

  it('a server or network failure still offers a retry', async () => {
    stubApi([]);
    await renderPage(
      <ErrorState error={new ApiError(0, 'network', 'Tidak dapat terhubung.')} onRetry={() => {}} />,
      {
        session: sessionOf('officer'),
      },
    );
    expect(screen.getByRole('button', { name: 'Coba lagi' })).toBeInTheDocument();
  });
});
