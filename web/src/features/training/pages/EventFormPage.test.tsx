import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { trainingApi } from '#core/api/training';
import { renderPage, sessionOf, stub, stubApi } from '#web/test/render';
import { EventFormPage } from './EventFormPage';

describe('the event form', () => {
  it('while the trainers load, their picker is held and says so', async () => {
    stubApi([stub(trainingApi.listPrograms, { items: [] } as never)]);
    const answered = globalThis.fetch;
    // The trainers never answer in this test: the picker stays in its loading state.
    vi.stubGlobal('fetch', (input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('/api/training/trainers') ? new Promise(() => {}) : answered(input, init),
    );
    await renderPage(<EventFormPage />, { session: sessionOf('admin') });
    const trainers = await screen.findByLabelText('Pelatih', { selector: 'input:not([type=hidden])' });
    expect(trainers).toBeDisabled();
    expect(trainers).toHaveAccessibleDescription('Memuat daftar pelatih…');
  });

  it('the one session left cannot be removed, and says so under the sessions', async () => {
    stubApi([
      stub(trainingApi.listPrograms, { items: [] } as never),
      stub(trainingApi.listTrainers, { items: [] } as never),
    ]);
    await renderPage(<EventFormPage />, { session: sessionOf('admin') });
    const remove = await screen.findByRole('button', { name: 'Hapus sesi' });
    expect(remove).toBeDisabled();
    // Written on the page, not only in a hover title a phone never shows.
    const why = screen.getByTestId('disabled-reason');
    expect(why).toHaveTextContent('Acara perlu paling sedikit satu sesi.');
    expect(remove).toHaveAttribute('aria-describedby', why.id);
  });
});
